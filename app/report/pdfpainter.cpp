// SPDX-License-Identifier: EUPL-1.2
// cairo and Pango first: glib's headers use names Qt defines as macros.
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "pdfpainter.h"

#include "cairopaintdevice.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::Pdf {

namespace {

const QColor FrameInk(0x55, 0x55, 0x55);
const QColor FrameRule(0x9a, 0xab, 0xbb);
constexpr qreal FrameTextSize = 7.5;
constexpr qreal UnderlineOffset = 1.3;
constexpr qreal UnderlineWidth = 0.5;
constexpr qreal FigureBleed = 12 * Page::Mm;

void setColor(cairo_t *cr, const QColor &color)
{
    const QColor c = color.toRgb();
    cairo_set_source_rgba(cr, c.redF(), c.greenF(), c.blueF(), c.alphaF());
}

QByteArray number(qreal v)
{
    return QByteArray::number(v, 'f', 2);
}

qreal runWidth(const PangoGlyphItem *run)
{
    return pango_units_to_double(pango_glyph_string_get_width(run->glyphs));
}

} // namespace

PdfPainter::PdfPainter(const Flow &flow, const QList<PageBoxes> &pages, const TextBuilder &text)
    : m_flow(flow)
    , m_pages(pages)
    , m_text(text)
{}

void PdfPainter::findSpanningElements()
{
    QHash<int, int> firstPage;
    for (qsizetype page = 0; page < m_pages.size(); ++page) {
        for (const PlacedSlice &placed : m_pages[page].slices) {
            for (const Piece &piece : placed.slice->pieces) {
                if (piece.element < 0)
                    continue;
                const auto it = firstPage.constFind(piece.element);
                if (it == firstPage.cend())
                    firstPage.insert(piece.element, int(page));
                else if (*it != page)
                    m_spanning.insert(piece.element);
            }
        }
    }
}

void PdfPainter::findLinkAreas(int page)
{
    // Each line a link covers on this page, so that a link broken over two lines is not
    // clickable in the text around it.
    m_linkAreas.clear();
    for (const PlacedSlice &placed : m_pages[page].slices) {
        for (const Piece &piece : placed.slice->pieces) {
            if (piece.kind != Piece::Kind::Line || piece.element < 0)
                continue;
            const TextBox &box = *piece.text;
            const TextBox::Line &metrics = box.lines()[piece.line];
            PangoLayoutLine *line = pango_layout_get_line_readonly(box.layout(), piece.line);
            qreal x = Page::MarginLeft + piece.pos.x();
            const qreal top = placed.top + piece.pos.y() - (metrics.baseline - metrics.top);
            const qreal height = metrics.bottom - metrics.top;
            for (GSList *l = line ? line->runs : nullptr; l; l = l->next) {
                const auto *run = static_cast<const PangoGlyphItem *>(l->data);
                const TextSegment &segment = box.segmentAt(run->item->offset);
                const qreal width = runWidth(run);
                if (segment.link) {
                    QList<QRectF> &areas = m_linkAreas[segment.element];
                    if (!areas.isEmpty() && qAbs(areas.last().top() - top) < 0.01 &&
                        qAbs(areas.last().right() - x) < 0.01)
                        areas.last().setRight(x + width);
                    else
                        areas.append(QRectF(x, top, width, height));
                }
                x += width;
            }
        }
    }
}

void PdfPainter::beginTag(const OpenTag &tag)
{
    if (tag.span) {
        cairo_tag_begin(m_cr, "Span", "");
        return;
    }
    const StructElement &e = m_flow.elements[tag.element];
    QByteArray attributes = e.attributes;
    const auto areas = m_linkAreas.constFind(tag.element);
    if (e.tag == "Link" && areas != m_linkAreas.cend() && !areas->isEmpty()) {
        attributes += " rect=[";
        for (const QRectF &r : *areas)
            attributes += number(r.x()) + ' ' + number(r.y()) + ' ' + number(r.width()) + ' ' +
                          number(r.height()) + ' ';
        attributes += ']';
    }
    cairo_tag_begin(m_cr, e.tag.constData(), attributes.constData());
}

void PdfPainter::endTag(const OpenTag &tag)
{
    cairo_tag_end(m_cr, tag.span ? "Span" : m_flow.elements[tag.element].tag.constData());
}

void PdfPainter::open(int element)
{
    QList<OpenTag> chain;
    for (int e = element; e >= 0; e = m_flow.elements[e].parent)
        chain.prepend({e, false});
    if (m_flow.elements[element].leaf && !holdsContent(element))
        chain.append({element, true});
    qsizetype common = 0;
    while (common < m_open.size() && common < chain.size() && m_open[common] == chain[common])
        ++common;
    while (m_open.size() > common)
        endTag(m_open.takeLast());
    for (qsizetype i = common; i < chain.size(); ++i) {
        beginTag(chain[i]);
        m_open.append(chain[i]);
    }
}

bool PdfPainter::holdsContent(int element) const
{
    // A paragraph on two pages holds a Span per page instead. A Link stays a leaf (cairo
    // writes its annotation only for a leaf): it is continued by a second Link.
    const StructElement &e = m_flow.elements[element];
    return e.leaf && (!m_spanning.contains(element) || e.tag == "Link" || e.tag == "Span");
}

void PdfPainter::closeLeaf()
{
    if (!m_open.isEmpty() && (m_open.last().span || holdsContent(m_open.last().element)))
        endTag(m_open.takeLast());
}

void PdfPainter::closeAll()
{
    while (!m_open.isEmpty())
        endTag(m_open.takeLast());
}

void PdfPainter::paintLine(const Piece &piece, QPointF origin)
{
    const TextBox &box = *piece.text;
    PangoLayoutLine *line = pango_layout_get_line_readonly(box.layout(), piece.line);
    if (!line)
        return;
    const char *text = pango_layout_get_text(box.layout());
    qreal x = origin.x() + piece.pos.x();
    const qreal baseline = origin.y() + piece.pos.y();
    if (piece.element < 0)
        closeLeaf();
    else if (!line->runs && box.segmentAt(line->start_index).element >= 0)
        open(box.segmentAt(line->start_index).element); // an empty item keeps its place
    for (GSList *l = line->runs; l; l = l->next) {
        auto *run = static_cast<PangoGlyphItem *>(l->data);
        const TextSegment &segment = box.segmentAt(run->item->offset);
        if (piece.element >= 0 && segment.element >= 0)
            open(segment.element);
        else
            closeLeaf();
        setColor(m_cr, segment.link ? TextBuilder::linkColor() : box.color());
        cairo_move_to(m_cr, x, baseline);
        pango_cairo_show_glyph_item(m_cr, text, run);
        const qreal width = runWidth(run);
        if (segment.link) {
            cairo_rectangle(m_cr, x, baseline + UnderlineOffset, width, UnderlineWidth);
            cairo_fill(m_cr);
        }
        x += width;
    }
}

void PdfPainter::paintFigure(const Piece &piece, QPointF origin, int page)
{
    open(piece.element);
    const QRectF rect = piece.rect.translated(origin);
    m_figures.append({page + 1, rect});
    if (!piece.figure || !piece.figure->paint)
        return;
    cairo_save(m_cr);
    // A figure stays near its box (a label may stick out into the margin), never on the text
    // above or below it.
    const QRectF clip = rect.adjusted(-FigureBleed, -1, FigureBleed, 1)
                            .intersected(QRectF(0, 0, Page::Width, Page::Height));
    cairo_rectangle(m_cr, clip.x(), clip.y(), clip.width(), clip.height());
    cairo_clip(m_cr);
    {
        CairoPaintDevice device(m_cr, m_text, QSizeF(Page::Width, Page::Height));
        QPainter painter(&device);
        piece.figure->paint(painter, rect);
    }
    cairo_restore(m_cr);
}

void PdfPainter::paintPiece(const Piece &piece, QPointF origin, int page)
{
    switch (piece.kind) {
    case Piece::Kind::Line:
        paintLine(piece, origin);
        break;
    case Piece::Kind::Rule: {
        closeLeaf();
        const QRectF r = piece.rect.translated(origin);
        setColor(m_cr, piece.color);
        cairo_set_line_width(m_cr, piece.width);
        cairo_rectangle(m_cr, r.x(), r.y(), r.width(), r.height());
        cairo_stroke(m_cr);
        break;
    }
    case Piece::Kind::Fill: {
        closeLeaf();
        const QRectF r = piece.rect.translated(origin);
        setColor(m_cr, piece.color);
        cairo_rectangle(m_cr, r.x(), r.y(), r.width(), r.height());
        cairo_fill(m_cr);
        break;
    }
    case Piece::Kind::Figure:
        paintFigure(piece, origin, page);
        break;
    case Piece::Kind::Dest: {
        const QPointF at = origin + piece.pos;
        const QByteArray attributes =
            "name='" + piece.dest + "' x=" + number(at.x()) + " y=" + number(at.y());
        cairo_tag_begin(m_cr, CAIRO_TAG_DEST, attributes.constData());
        cairo_tag_end(m_cr, CAIRO_TAG_DEST);
        break;
    }
    case Piece::Kind::PageNumber: {
        TextStyle style;
        style.align = TextStyle::Align::Right;
        const int pageOfHeading = m_flow.headings.value(piece.heading).page;
        Piece line;
        line.element = piece.element;
        // The space keeps title and number apart for a screen reader.
        line.text = m_text.plain(u" "_s + QString::number(pageOfHeading), style, piece.rect.width(),
                                 piece.element);
        line.pos = QPointF(piece.rect.x() + line.text->lines().first().x, piece.pos.y());
        paintLine(line, origin);
        break;
    }
    case Piece::Kind::Mark:
        open(piece.element);
        break;
    }
}

void PdfPainter::paintFrame(int page, const QString &title, const QString &footerNote)
{
    closeLeaf();
    TextStyle style;
    style.size = FrameTextSize;
    style.color = FrameInk;
    style.singleLine = true;
    const auto paintText = [this](const TextBoxPtr &box, qreal x, qreal baseline) {
        Piece p;
        p.text = box;
        p.pos = QPointF(x + box->lines().first().x, baseline);
        paintLine(p, QPointF());
    };
    if (!title.isEmpty()) {
        const TextBoxPtr box = m_text.plain(title, style, Page::BodyWidth, -1);
        const TextBox::Line &line = box->lines().first();
        paintText(box, Page::MarginLeft, 12 * Page::Mm - (line.bottom - line.baseline));
    }
    setColor(m_cr, FrameRule);
    cairo_set_line_width(m_cr, 0.2 * Page::Mm);
    const qreal headerRule = 13.5 * Page::Mm;
    const qreal footerRule = Page::MarginTop + Page::BodyHeight + 4 * Page::Mm;
    for (const qreal y : {headerRule, footerRule}) {
        cairo_move_to(m_cr, Page::MarginLeft, y);
        cairo_line_to(m_cr, Page::MarginLeft + Page::BodyWidth, y);
        cairo_stroke(m_cr);
    }
    TextStyle right = style;
    right.align = TextStyle::Align::Right;
    const TextBoxPtr pageText = m_text.plain(
        u"Pagina %1 van %2"_s.arg(page + 1).arg(m_pages.size()), right, Page::BodyWidth, -1);
    const TextBox::Line &line = pageText->lines().first();
    const qreal baseline = footerRule + 1 * Page::Mm + (line.baseline - line.top);
    paintText(pageText, Page::MarginLeft, baseline);
    const qreal noteWidth = line.x - 5 * Page::Mm;
    if (!footerNote.isEmpty() && noteWidth > 0)
        paintText(m_text.plain(footerNote, style, noteWidth, -1), Page::MarginLeft, baseline);
}

bool PdfPainter::paint(cairo_surface_t *surface, const QString &title, const QString &footerNote,
                       const Progress &progress)
{
    findSpanningElements();
    m_cr = cairo_create(surface);
    bool finished = true;
    for (int page = 0; page < m_pages.size(); ++page) {
        findLinkAreas(page);
        paintFrame(page, title, footerNote);
        for (const PlacedSlice &placed : m_pages[page].slices) {
            const QPointF origin(Page::MarginLeft, placed.top);
            for (const Piece &piece : placed.slice->pieces)
                paintPiece(piece, origin, page);
        }
        closeLeaf();
        cairo_show_page(m_cr);
        if (progress && !progress(page + 1, int(m_pages.size()))) {
            finished = false;
            break;
        }
    }
    closeAll();
    cairo_destroy(m_cr);
    m_cr = nullptr;
    return finished;
}

void PdfPainter::addOutline(cairo_surface_t *surface) const
{
    int parents[4] = {CAIRO_PDF_OUTLINE_ROOT, -1, -1, -1};
    for (const Heading &h : m_flow.headings) {
        int parent = CAIRO_PDF_OUTLINE_ROOT;
        for (int level = h.level - 1; level >= 1; --level) {
            if (parents[level] >= 0) {
                parent = parents[level];
                break;
            }
        }
        const QByteArray link = "dest='" + h.dest + '\'';
        const int id = cairo_pdf_surface_add_outline(
            surface, parent, h.title.toUtf8().constData(), link.constData(),
            h.level < 3 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0));
        parents[h.level] = id;
        for (int level = h.level + 1; level <= 3; ++level)
            parents[level] = -1;
    }
}

} // namespace Flexwonen::Report::Pdf
