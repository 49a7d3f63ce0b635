// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdfboxes.h"

#include <QHash>

namespace Flexwonen::Report::Pdf {

struct CellContent; // a table cell laid out, before it is cut into bands (pdfflow.cpp)

// Lays the blocks out in the body's width with Pango and cuts them into unbreakable slices:
// a line of a paragraph or list item, a heading, a table row (with its borders), a figure, a
// columns block, an entry of the contents. Makes the structure elements as it goes, in reading
// order. Knows nothing of pages: the Paginator places the slices.
class FlowBuilder
{
public:
    explicit FlowBuilder(const TextBuilder &text)
        : m_text(text)
    {}

    Flow build(const QList<Block> &blocks);

    // "uri='…'" for a link that may be printed (isPrintableLink), "dest='h3'" for "#anchor"
    // of a heading of this report, empty otherwise (the text is then plain text).
    QByteArray linkAttributes(const QString &link) const;

private:
    struct Frame
    {
        qreal x = 0;
        qreal width = Page::BodyWidth;
        int parent = 0;
    };
    // How much of the flow there was, to undo what came after (addColumns() falling back).
    struct Checkpoint
    {
        qsizetype elements = 0;
        qsizetype figures = 0;
        qsizetype tables = 0;
        int heading = 0;
    };
    // An open list level while list items follow each other.
    struct OpenList
    {
        int level = 1;
        int element = -1;
        int nestParent = -1; // where a deeper list goes: the LBody of the last item
        int count = 0;
    };

    void collectHeadings(const QList<Block> &blocks);
    void addBlocks(const QList<Block> &blocks, const Frame &frame, QList<Slice> &out);
    void addHeading(const Block &block, const Frame &frame, QList<Slice> &out);
    void addParagraph(const Block &block, const Frame &frame, QList<Slice> &out);
    void addListItem(const Block &block, bool nestedFollows, QList<OpenList> &lists,
                     const Frame &frame, QList<Slice> &out);
    void addTable(const Table &table, const Frame &frame, QList<Slice> &out);
    // A cell's paragraphs laid out in its width (source null: a cell the row lacks), their
    // elements made under the row's element.
    CellContent tableCell(const TableCell *source, bool header, int row, qreal x, qreal width);
    void addFigure(const std::shared_ptr<Figure> &figure, const Frame &frame, QList<Slice> &out);
    void addColumns(const Columns &columns, const Frame &frame, QList<Slice> &out);
    // The columns side by side from the top of frame; returns the height of the tallest.
    qreal addColumnPieces(const Columns &columns, const Frame &frame, QList<Piece> &pieces);
    void addContents(const Frame &frame, QList<Slice> &out);

    Checkpoint checkpoint() const;
    void rollBack(const Checkpoint &to);
    int addElement(const QByteArray &tag, int parent, bool leaf, const QByteArray &attributes = {});
    // The element for a paragraph's text: a leaf when it holds no link, else a container of
    // Span and Link leaves. Returns the element and the runs for the TextBuilder.
    int textElement(const QByteArray &tag, int parent, const Paragraph &text,
                    QList<TextBuilder::Run> &runs);
    // One slice per line; orphan and widow lines kept with their neighbour.
    void addLines(const TextBoxPtr &box, int element, qreal x, QList<Slice> &out,
                  const Piece *label = nullptr);
    Slice &newSlice(QList<Slice> &out, qreal spaceBefore);
    qreal spaceBefore(qreal wanted);

    const TextBuilder &m_text;
    Flow m_flow;
    QHash<QString, QByteArray> m_anchors;
    int m_nextHeading = 0;
    qreal m_spaceAfter = 0; // of the block before, collapsed with the next block's space before
    bool m_breakBefore = false;
};

} // namespace Flexwonen::Report::Pdf
