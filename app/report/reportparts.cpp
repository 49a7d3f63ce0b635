// SPDX-License-Identifier: EUPL-1.2
#include "reportparts.h"

#include "reportblocks.h"

#include "kb/itemmarkdown.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

TextRun plain(const QString &text)
{
    return TextRun{text, false, false, {}};
}

TextRun bold(const QString &text)
{
    return TextRun{text, true, false, {}};
}

TextRun italic(const QString &text)
{
    return TextRun{text, false, true, {}};
}

TextRun linkRun(const QString &text, const QString &url)
{
    return TextRun{text, false, false, isPrintableLink(url) ? url : QString()};
}

Paragraph paragraphOf(std::initializer_list<TextRun> runs)
{
    Paragraph p;
    for (const TextRun &run : runs) {
        if (!run.text.isEmpty())
            p.runs.append(run);
    }
    return p;
}

TableCell cellOf(const QString &text)
{
    return cellOf(paragraphOf({plain(text)}));
}

TableCell cellOf(Paragraph paragraph)
{
    TableCell cell;
    if (!paragraph.isEmpty())
        cell.paragraphs.append(std::move(paragraph));
    return cell;
}

QString countOf(qsizetype n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

Table headedTable(const QStringList &headers, const QList<qreal> &weights)
{
    Table t;
    QList<TableCell> row;
    for (const QString &header : headers)
        row.append(cellOf(header));
    t.rows.append(row);
    t.headerRows = 1;
    t.columnWeights = weights;
    return t;
}

QString accessedSuffix(const QDate &accessed)
{
    return Kb::ItemMarkdown::accessedSuffix(accessed, Kb::Labels::Dutch);
}

Block sourceBlock(const Kb::Source &source)
{
    Paragraph p = paragraphOf({linkRun(source.title, source.url)});
    if (!source.url.isEmpty())
        p.runs.append(linkRun(u" — "_s + source.url, source.url));
    if (source.accessed.isValid())
        p.runs.append(plain(accessedSuffix(source.accessed)));
    return Block::paragraph(std::move(p), TextRole::Small);
}

QList<Block> sourceBlocks(const QList<Kb::Source> &sources)
{
    QList<Block> blocks;
    for (const Kb::Source &s : sources)
        blocks.append(sourceBlock(s));
    return blocks;
}

Block itemHeading(int level, const QString &text, const QString &itemId)
{
    return Block::heading(level, text, u"item-"_s + itemId);
}

namespace {

void assign(QList<Block> &blocks, QSet<QString> &used, int &counter)
{
    for (Block &b : blocks) {
        if (b.kind == Block::Kind::Columns) {
            for (QList<Block> &column : b.columns->columns)
                assign(column, used, counter);
            continue;
        }
        if (b.kind != Block::Kind::Heading)
            continue;
        if (b.anchor.isEmpty() || used.contains(b.anchor)) {
            do
                b.anchor = u"kop-%1"_s.arg(++counter);
            while (used.contains(b.anchor));
        }
        used.insert(b.anchor);
    }
}

} // namespace

void assignAnchors(QList<Block> &blocks)
{
    QSet<QString> used;
    int counter = 0;
    assign(blocks, used, counter);
}

} // namespace Flexwonen::Report
