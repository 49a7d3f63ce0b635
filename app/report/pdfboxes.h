// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdftext.h"
#include "reportblocks.h"

#include <memory>
#include <QByteArray>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace Flexwonen::Report::Pdf {

// A4 in PDF points and the report's margins: the header sits in the top
// margin, the footer in the bottom one.
namespace Page {
constexpr qreal Width = 595.2756;
constexpr qreal Height = 841.8898;
constexpr qreal Mm = 72.0 / 25.4;
constexpr qreal MarginLeft = 18 * Mm;
constexpr qreal MarginRight = 18 * Mm;
constexpr qreal MarginTop = 20 * Mm;
constexpr qreal MarginBottom = 15 * Mm;
constexpr qreal BodyWidth = Width - MarginLeft - MarginRight;
constexpr qreal BodyHeight = Height - MarginTop - MarginBottom;
// No unbreakable box (figure, columns, table row) is taller than this, so the tallest heading
// still fits above it on a fresh page: a heading then never has to end a page.
constexpr qreal MaxUnbreakable = BodyHeight - 120;
} // namespace Page

// One element of the PDF structure tree. Elements are made in reading order and a parent before
// its children; the painter opens them with cairo_tag_begin as their content comes.
struct StructElement
{
    QByteArray tag; // "Document", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TD", …
    int parent = -1;
    // Holds content (a marked-content sequence) and no child elements. cairo 1.16 writes the
    // content of an element with children nowhere, so text sits only in leaves.
    bool leaf = false;
    QByteArray attributes; // cairo's tag attributes: a Link's uri='…' or dest='…'
};

// Something drawn at a position in a slice.
struct Piece
{
    enum class Kind {
        Line,       // line `line` of text, baseline origin at pos
        Rule,       // a stroked rectangle (cell borders), width wide
        Fill,       // a filled rectangle (header cell background)
        Figure,     // figure painted into rect
        Dest,       // a link target (a heading) at pos, named dest
        PageNumber, // the page of heading `heading`, right-aligned in rect (contents entries)
        Mark,       // opens element without drawing (an empty table cell keeps its place)
    };
    Kind kind = Kind::Line;
    // The structure element the piece belongs to; -1: an artifact (frame, borders, a header row
    // repeated on a later page), drawn outside every marked-content sequence.
    int element = -1;
    QPointF pos;
    QRectF rect;
    TextBoxPtr text;
    int line = 0;
    QColor color;
    qreal width = 0;
    std::shared_ptr<const Figure> figure;
    QByteArray dest;
    int heading = -1;
};

// An unbreakable strip of the flow: one line of a paragraph, a table row, a heading, a figure.
// Positions of its pieces are relative to its top-left corner (the body's left edge).
struct Slice
{
    qreal height = 0;
    qreal spaceBefore = 0;     // dropped at the top of a page
    bool keepWithNext = false; // never the last slice of a page (headings, first/last lines)
    bool pageBreakBefore = false;
    int table = -1; // a body row of this table: its header rows repeat above it
    QList<Piece> pieces;

    void shift(qreal dy); // moves every piece down by dy
};

struct Heading
{
    int level = 1;
    QString title;
    QByteArray dest; // "h1", "h2", … (never content: cairo writes names unescaped)
    int slice = -1;  // index in Flow::slices (top-level headings only; -1 inside columns)
    int page = 0;    // filled in by pagination, 1-based
};

struct FigureInfo
{
    QString altText;
};

struct TableInfo
{
    QString summary;
    QList<Slice> headerRows; // the header rows as artifacts, repeated on continuation pages
};

// The whole document laid out in one column, before pagination.
struct Flow
{
    QList<StructElement> elements; // [0] is the Document
    QList<Slice> slices;
    QList<Heading> headings;   // every heading, in order: outline, link targets, contents
    QList<FigureInfo> figures; // in reading order (the post-processor sets /Alt in that order)
    QList<TableInfo> tables;   // in reading order
};

struct PlacedSlice
{
    const Slice *slice = nullptr;
    qreal top = 0; // page coordinates (points from the top edge)
};

struct PageBoxes
{
    QList<PlacedSlice> slices;
};

} // namespace Flexwonen::Report::Pdf
