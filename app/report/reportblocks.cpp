// SPDX-License-Identifier: EUPL-1.2
#include "reportblocks.h"

#include <QUrl>

namespace Flexwonen::Report {

bool isPrintableLink(const QString &href)
{
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("mailto") && !url.path().isEmpty();
}

QString Paragraph::plainText() const
{
    QString text;
    for (const TextRun &run : runs)
        text += run.text;
    return text;
}

bool Paragraph::isEmpty() const
{
    return plainText().trimmed().isEmpty();
}

Block Block::heading(int level, const QString &text, const QString &anchor)
{
    Block b;
    b.kind = Kind::Heading;
    b.level = level;
    b.text.runs.append(TextRun{text, false, false, {}});
    b.anchor = anchor;
    return b;
}

Block Block::paragraph(Paragraph text, TextRole role)
{
    Block b;
    b.kind = Kind::Paragraph;
    b.text = std::move(text);
    b.role = role;
    return b;
}

Block Block::paragraph(const QString &text, TextRole role)
{
    Paragraph p;
    p.runs.append(TextRun{text, false, false, {}});
    return paragraph(std::move(p), role);
}

Block Block::listItem(Paragraph text, int level, bool ordered, int number)
{
    Block b;
    b.kind = Kind::ListItem;
    b.text = std::move(text);
    b.level = level;
    b.ordered = ordered;
    b.number = number;
    return b;
}

Block Block::tableBlock(Table table)
{
    Block b;
    b.kind = Kind::Table;
    b.table = std::make_shared<Table>(std::move(table));
    return b;
}

Block Block::figureBlock(Figure figure)
{
    Block b;
    b.kind = Kind::Figure;
    b.figure = std::make_shared<Figure>(std::move(figure));
    return b;
}

Block Block::columnsBlock(Columns columns)
{
    Block b;
    b.kind = Kind::Columns;
    b.columns = std::make_shared<Columns>(std::move(columns));
    return b;
}

Block Block::tableOfContents()
{
    Block b;
    b.kind = Kind::TableOfContents;
    return b;
}

Block Block::pageBreak()
{
    Block b;
    b.kind = Kind::PageBreak;
    return b;
}

} // namespace Flexwonen::Report
