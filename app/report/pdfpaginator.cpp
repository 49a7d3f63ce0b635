// SPDX-License-Identifier: EUPL-1.2
#include "pdfpaginator.h"

namespace Flexwonen::Report::Pdf {

namespace {

constexpr qreal Tolerance = 0.01; // rounding of Pango units

qreal headerHeight(const Flow &flow, const Slice &s)
{
    if (s.table < 0)
        return 0;
    qreal height = 0;
    for (const Slice &h : flow.tables[s.table].headerRows)
        height += h.height;
    return height;
}

} // namespace

QList<PageBoxes> Paginator::paginate(Flow &flow) const
{
    QList<PageBoxes> pages(1);
    QList<int> pageOfSlice(flow.slices.size(), 1);
    qreal y = 0; // used height of the current page's body
    const auto place = [&](const Slice &s, qreal gap) {
        pages.last().slices.append(PlacedSlice{&s, Page::MarginTop + y + gap});
        y += gap + s.height;
    };
    const auto newPage = [&] {
        pages.append(PageBoxes{});
        y = 0;
    };
    const qsizetype n = flow.slices.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Slice &s = flow.slices[i];
        bool empty = pages.last().slices.isEmpty();
        if (s.pageBreakBefore && !empty) {
            newPage();
            empty = true;
        }
        if (!empty) {
            const qreal gap = s.spaceBefore;
            qreal chain = s.height;
            for (qsizetype j = i;
                 flow.slices[j].keepWithNext && j + 1 < n && !flow.slices[j + 1].pageBreakBefore;
                 ++j)
                chain += flow.slices[j + 1].spaceBefore + flow.slices[j + 1].height;
            const bool chainFitsHere = y + gap + chain <= Page::BodyHeight + Tolerance;
            const bool sliceFitsHere = y + gap + s.height <= Page::BodyHeight + Tolerance;
            const bool chainFitsFresh =
                headerHeight(flow, s) + chain <= Page::BodyHeight + Tolerance;
            if (!sliceFitsHere || (!chainFitsHere && chainFitsFresh)) {
                newPage();
                empty = true;
            }
        }
        if (empty && s.table >= 0) {
            for (const Slice &header : std::as_const(flow.tables[s.table].headerRows))
                place(header, 0);
        }
        place(s, empty ? 0 : s.spaceBefore);
        pageOfSlice[i] = int(pages.size());
    }
    for (Heading &h : flow.headings)
        h.page = h.slice >= 0 ? pageOfSlice.value(h.slice, 1) : 1;
    return pages;
}

} // namespace Flexwonen::Report::Pdf
