// SPDX-License-Identifier: EUPL-1.2
#include "blocktext.h"

namespace Flexwonen::Report {

namespace {

void collect(const QList<Block> &blocks, bool withFigures, QStringList &out)
{
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
        case Block::Kind::Paragraph:
        case Block::Kind::ListItem:
            out.append(b.text.plainText());
            break;
        case Block::Kind::Table:
            for (const QList<TableCell> &row : std::as_const(b.table->rows)) {
                for (const TableCell &cell : row) {
                    for (const Paragraph &p : cell.paragraphs)
                        out.append(p.plainText());
                }
            }
            break;
        case Block::Kind::Figure:
            if (withFigures)
                out.append(b.figure->altText);
            break;
        case Block::Kind::Columns:
            for (const QList<Block> &column : std::as_const(b.columns->columns))
                collect(column, withFigures, out);
            break;
        case Block::Kind::TableOfContents:
        case Block::Kind::PageBreak:
            break;
        }
    }
}

} // namespace

QStringList blockTexts(const QList<Block> &blocks, bool withFigures)
{
    QStringList out;
    collect(blocks, withFigures, out);
    return out;
}

} // namespace Flexwonen::Report
