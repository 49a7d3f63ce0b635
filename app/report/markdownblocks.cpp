// SPDX-License-Identifier: EUPL-1.2
#include "markdownblocks.h"

#include "offlinedocument.h"
#include "reportblocks.h"

#include <algorithm>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

constexpr int MaxHeadingLevel = 3;

bool isOrdered(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDisc:
    case QTextListFormat::ListCircle:
    case QTextListFormat::ListSquare:
    case QTextListFormat::ListStyleUndefined:
        return false;
    default:
        return true;
    }
}

// Adds run to paragraph, joined to the last run when it looks the same (Qt splits fragments on
// format details the report does not keep, such as the font size of a heading).
void append(Paragraph &paragraph, TextRun run)
{
    if (run.text.isEmpty())
        return;
    if (!paragraph.runs.isEmpty()) {
        TextRun &last = paragraph.runs.last();
        if (last.bold == run.bold && last.italic == run.italic && last.link == run.link) {
            last.text += run.text;
            return;
        }
    }
    paragraph.runs.append(std::move(run));
}

// Line and paragraph separators inside one block become spaces: a run is one line of flow text.
QString flowText(QString text)
{
    text.replace(QChar::LineSeparator, u' ');
    text.replace(QChar::ParagraphSeparator, u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

Paragraph paragraphOf(const QTextBlock &block, bool inHeading)
{
    Paragraph paragraph;
    // Qt 6.4 makes one image object per piece of an image's alternative text ("b\\]" gives "b"
    // and "]"): adjacent pieces of the same image are one label again.
    QString imageName;
    QString imageAlt;
    const auto flushImage = [&] {
        if (!imageName.isEmpty())
            append(paragraph, TextRun{imageLabel(imageAlt), false, false, {}});
        imageName.clear();
        imageAlt.clear();
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            const QString name = format.stringProperty(QTextFormat::ImageName);
            if (name != imageName)
                flushImage();
            imageName = name.isEmpty() ? u" "_s : name;
            imageAlt += format.stringProperty(QTextFormat::ImageAltText);
            continue;
        }
        flushImage();
        TextRun run;
        run.bold = !inHeading && format.fontWeight() >= QFont::DemiBold;
        run.italic = format.fontItalic();
        run.text = flowText(fragment.text());
        if (format.isAnchor() && isPrintableLink(format.anchorHref()))
            run.link = format.anchorHref();
        append(paragraph, std::move(run));
    }
    flushImage();
    // Space at the ends (left by an image Qt dropped, or by the source) is no text.
    while (!paragraph.runs.isEmpty()) {
        QString &first = paragraph.runs.first().text;
        while (!first.isEmpty() && first.front().isSpace())
            first.remove(0, 1);
        if (!first.isEmpty())
            break;
        paragraph.runs.removeFirst();
    }
    while (!paragraph.runs.isEmpty()) {
        QString &last = paragraph.runs.last().text;
        while (!last.isEmpty() && last.back().isSpace())
            last.chop(1);
        if (!last.isEmpty())
            break;
        paragraph.runs.removeLast();
    }
    return paragraph;
}

int smallestHeadingLevel(const QTextDocument &doc)
{
    int smallest = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level > 0 && (smallest == 0 || level < smallest))
            smallest = level;
    }
    return smallest;
}

class Walker
{
public:
    Walker(int topLevel, int smallestLevel)
        : m_topLevel(topLevel)
        , m_smallestLevel(smallestLevel)
    {}

    QList<Block> take() { return std::move(m_blocks); }

    void frame(const QTextFrame &frame)
    {
        for (auto it = frame.begin(); !it.atEnd(); ++it) {
            if (const QTextFrame *child = it.currentFrame()) {
                if (const auto *table = qobject_cast<const QTextTable *>(child))
                    m_blocks.append(Block::tableBlock(tableOf(*table)));
                else
                    this->frame(*child);
            } else {
                block(it.currentBlock());
            }
        }
    }

private:
    void block(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const int heading = format.headingLevel();
        Paragraph text = paragraphOf(block, heading > 0);
        if (text.isEmpty()) // blank lines, horizontal rules
            return;
        if (heading > 0) {
            const int level =
                std::clamp(m_topLevel + heading - m_smallestLevel, 1, MaxHeadingLevel);
            Block b;
            b.kind = Block::Kind::Heading;
            b.level = level;
            b.text = std::move(text);
            m_blocks.append(std::move(b));
            return;
        }
        if (const QTextList *list = block.textList()) {
            // Qt leaves a task marker on the blocks after a task list; only items carry one.
            const auto marker = format.marker();
            if (marker != QTextBlockFormat::MarkerType::NoMarker)
                text.runs.prepend(
                    TextRun{marker == QTextBlockFormat::MarkerType::Checked ? u"☑ "_s : u"☐ "_s,
                            false,
                            false,
                            {}});
            const QTextListFormat listFormat = list->format();
            const bool ordered = isOrdered(listFormat.style());
            m_blocks.append(Block::listItem(std::move(text), std::max(1, listFormat.indent()),
                                            ordered, ordered ? list->itemNumber(block) + 1 : 0));
            return;
        }
        m_blocks.append(Block::paragraph(std::move(text)));
    }

    static void cellParagraphs(const QTextFrame &frame, QList<Paragraph> &out)
    {
        for (auto it = frame.begin(); !it.atEnd(); ++it) {
            if (const QTextFrame *child = it.currentFrame()) {
                cellParagraphs(*child, out);
                continue;
            }
            Paragraph p = paragraphOf(it.currentBlock(), false);
            if (!p.isEmpty())
                out.append(std::move(p));
        }
    }

    static Table tableOf(const QTextTable &table)
    {
        Table t;
        const int columns = table.columns();
        QList<qsizetype> longest(columns, 0);
        for (int r = 0; r < table.rows(); ++r) {
            QList<TableCell> row;
            for (int c = 0; c < columns; ++c) {
                TableCell cell;
                const QTextTableCell source = table.cellAt(r, c);
                // A cell spanned over by another is empty here (GitHub tables have no spans).
                if (source.isValid() && source.row() == r && source.column() == c) {
                    for (auto it = source.begin(); !it.atEnd(); ++it) {
                        if (const QTextFrame *child = it.currentFrame()) {
                            cellParagraphs(*child, cell.paragraphs);
                            continue;
                        }
                        Paragraph p = paragraphOf(it.currentBlock(), false);
                        if (!p.isEmpty())
                            cell.paragraphs.append(std::move(p));
                    }
                }
                for (const Paragraph &p : std::as_const(cell.paragraphs))
                    longest[c] = std::max(longest[c], p.plainText().size());
                row.append(std::move(cell));
            }
            t.rows.append(std::move(row));
        }
        t.headerRows = t.rows.isEmpty() ? 0 : 1; // the Markdown header row
        for (const qsizetype n : std::as_const(longest))
            t.columnWeights.append(qreal(std::clamp<qsizetype>(n, 4, 40)));
        return t;
    }

    QList<Block> m_blocks;
    int m_topLevel;
    int m_smallestLevel;
};

} // namespace

QString imageLabel(const QString &altText)
{
    // The alternative text is the content's: kept short, and no bracket closes the label early.
    QString alt = altText.simplified().left(200);
    alt.replace(u']', u')');
    return alt.isEmpty() ? u"[afbeelding]"_s : u"[afbeelding: %1]"_s.arg(alt);
}

QList<Block> markdownBlocks(const QString &markdown, int topHeadingLevel)
{
    if (markdown.trimmed().isEmpty())
        return {};
    // Never laid out or painted, and resolving no resource even if it were: no image of the
    // content is loaded from disk or network.
    OfflineTextDocument doc;
    constexpr auto features = QTextDocument::MarkdownFeatures(
        int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));
    doc.setMarkdown(markdown, features);
    Walker walker(std::clamp(topHeadingLevel, 1, MaxHeadingLevel), smallestHeadingLevel(doc));
    walker.frame(*doc.rootFrame());
    return walker.take();
}

} // namespace Flexwonen::Report
