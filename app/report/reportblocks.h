// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>
#include <memory>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace Flexwonen::Report {

// The report's content as structure, before any layout: what the PDF renderer tags (H1–H3, P,
// L/LI, Table/TR/TH/TD, Figure), what the ODT writer styles, and what the completeness test
// reads. Every writer works from these blocks, so a paragraph is in all outputs or in none.

// A piece of text with one style.
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    // "https://…", "http://…" or "mailto:…" (already checked with isPrintableLink), or
    // "#anchor" for a heading of the same report. Empty: not a link.
    QString link;
};

// One paragraph of runs: a body paragraph, a heading's text, a list item, a table cell line.
struct Paragraph
{
    QList<TextRun> runs;

    QString plainText() const;
    bool isEmpty() const;
};

// How big and how prominent a paragraph is printed.
enum class TextRole {
    Body,    // 10 pt
    Small,   // 8 pt: sources, notes, credits
    Caption, // 8 pt italic under a figure
};

struct TableCell
{
    QList<Paragraph> paragraphs;
};

struct Table
{
    QList<QList<TableCell>> rows; // every row has columnWeights.size() cells
    int headerRows = 0;           // the first rows are header cells (TH), repeated on each page
    QList<qreal> columnWeights;   // relative widths, one per column
    QString summary;              // optional, for the Table's /Summary and the ODT
};

// A vector drawing (map, chart): painted with QPainter onto whatever the writer targets.
struct Figure
{
    QSizeF sizeMm;   // wanted size; scaled down to fit the column, aspect kept
    QString altText; // what a screen reader says instead of the picture; never empty
    std::function<void(QPainter &, const QRectF &)> paint;
};

struct Block;

// Blocks set side by side (the region overview's map beside its key facts); never split over a
// page, read in column order.
struct Columns
{
    QList<qreal> weights;
    QList<QList<Block>> columns;
};

struct Block
{
    enum class Kind {
        Heading,         // level 1–3, text; anchor is its link target
        Paragraph,       // text, role
        ListItem,        // text, level (nesting, 1 = outer), ordered/number
        Table,           // table
        Figure,          // figure
        Columns,         // columns
        TableOfContents, // the level-2 headings after it, with page numbers, linked
        PageBreak,
    };

    Kind kind = Kind::Paragraph;
    int level = 0;
    TextRole role = TextRole::Body;
    Paragraph text;
    bool ordered = false;
    int number = 0;
    QString anchor;
    std::shared_ptr<Table> table;
    std::shared_ptr<Figure> figure;
    std::shared_ptr<Columns> columns;

    static Block heading(int level, const QString &text, const QString &anchor = {});
    static Block paragraph(Paragraph text, TextRole role = TextRole::Body);
    static Block paragraph(const QString &text, TextRole role = TextRole::Body);
    static Block listItem(Paragraph text, int level = 1, bool ordered = false, int number = 0);
    static Block tableBlock(Table table);
    static Block figureBlock(Figure figure);
    static Block columnsBlock(Columns columns);
    static Block tableOfContents();
    static Block pageBreak();
};

// Who made the report and how final it is: printed on the cover line and in the metadata.
struct ReportMetadata
{
    enum class Status { Concept, Final };

    QString author;
    QString organisation;
    QString department;
    Status status = Status::Concept;
};

// Only https and http (with a host) and mailto links are printed as links: anything else
// (javascript:, file:, data:, smb:, relative names) would become a live link in a shared file.
bool isPrintableLink(const QString &url);

} // namespace Flexwonen::Report
