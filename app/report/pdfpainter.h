// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdfboxes.h"

#include <functional>
#include <QHash>
#include <QSet>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

namespace Flexwonen::Report::Pdf {

// Where a figure ended up: the post-processor gives its structure element a bounding box.
struct FigurePlacement
{
    int page = 0; // 1-based
    QRectF rect;  // page coordinates, points from the top-left corner
};

// Paints the paginated boxes on a cairo PDF surface with the structure tags: every structure
// element is opened (cairo_tag_begin) when its first content comes and stays open while its
// children follow, so the tree matches the blocks. Content sits only in leaf elements; at the
// end of a page the open leaf is closed and on the next page a new one continues it (a
// paragraph split over two pages becomes a P with a Span per page). What is drawn while no leaf
// is open (the page header and footer, rules, repeated table headers) is outside every
// marked-content sequence; the post-processor marks it as an artifact. Also writes the
// link targets of the headings, the link areas and the outline.
class PdfPainter
{
public:
    using Progress = std::function<bool(int page, int pageCount)>;

    PdfPainter(const Flow &flow, const QList<PageBoxes> &pages, const TextBuilder &text);

    // Returns false when progress cancelled; the surface is then incomplete.
    bool paint(cairo_surface_t *surface, const QString &title, const QString &footerNote,
               const Progress &progress);
    // The document outline: every heading, nested by level, each linked to its heading.
    void addOutline(cairo_surface_t *surface) const;
    const QList<FigurePlacement> &figurePlacements() const { return m_figures; }

private:
    struct OpenTag
    {
        int element = -1;
        bool span = false; // the Span of a paragraph that continues on the next page
        bool operator==(const OpenTag &) const = default;
    };

    void findSpanningElements();
    void findLinkAreas(int page);
    void paintFrame(int page, const QString &title, const QString &footerNote);
    void paintPiece(const Piece &piece, QPointF origin, int page);
    void paintLine(const Piece &piece, QPointF origin);
    void paintFigure(const Piece &piece, QPointF origin, int page);
    bool holdsContent(int element) const;
    void open(int element);
    void closeLeaf();
    void closeAll();
    void beginTag(const OpenTag &tag);
    void endTag(const OpenTag &tag);

    const Flow &m_flow;
    const QList<PageBoxes> &m_pages;
    const TextBuilder &m_text;
    cairo_t *m_cr = nullptr;
    QList<OpenTag> m_open;
    QSet<int> m_spanning;                  // leaves with content on more than one page
    QHash<int, QList<QRectF>> m_linkAreas; // this page's areas of each Link
    QList<FigurePlacement> m_figures;
};

} // namespace Flexwonen::Report::Pdf
