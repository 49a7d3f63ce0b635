// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthtml.h"

#include "kb/itemmarkdown.h"
#include "reportcontent.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::Html {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString date(const QDate &d)
{
    return Kb::ItemMarkdown::formatDate(d);
}

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

QString figureMarker(qsizetype index)
{
    return u"[[figuur:%1]]"_s.arg(index);
}

namespace {

QString runsHtml(const Paragraph &paragraph)
{
    QString html;
    for (const TextRun &run : paragraph.runs) {
        // A word joiner between two brackets: content never forms a figure or contents marker.
        QString text = esc(QString(run.text).replace(u"[["_s, u"[\u2060["_s));
        if (run.bold)
            text = u"<b>%1</b>"_s.arg(text);
        if (run.italic)
            text = u"<i>%1</i>"_s.arg(text);
        // Links are checked by the builders; checked again, as this is markup.
        if (!run.link.isEmpty() && (run.link.startsWith(u'#') || isPrintableLink(run.link)))
            text = u"<a href=\"%1\">%2</a>"_s.arg(esc(run.link), text);
        html += text;
    }
    return html;
}

class Writer
{
public:
    Writer(QList<Figure> &figures)
        : m_figures(figures)
    {}

    QString write(const QList<Block> &blocks, qreal widthMm)
    {
        QString html;
        for (const Block &b : blocks)
            html += block(b, widthMm);
        return html;
    }

private:
    // The style of the block after a page break starts it on a new page.
    QString breakStyle()
    {
        if (!m_pageBreak)
            return {};
        m_pageBreak = false;
        return u" style=\"page-break-before: always\""_s;
    }

    QString block(const Block &b, qreal widthMm)
    {
        switch (b.kind) {
        case Block::Kind::Heading: {
            const int level = std::clamp(b.level, 1, 6);
            const QString anchor =
                b.anchor.isEmpty() ? QString() : u"<a name=\"%1\"></a>"_s.arg(esc(b.anchor));
            return u"<h%1%2>%3%4</h%1>"_s.arg(level).arg(breakStyle(), anchor, runsHtml(b.text));
        }
        case Block::Kind::Paragraph: {
            const QString cls = b.role == TextRole::Small     ? u" class=\"small\""_s
                                : b.role == TextRole::Caption ? u" class=\"caption\""_s
                                                              : QString();
            return u"<p%1%2>%3</p>"_s.arg(cls, breakStyle(), runsHtml(b.text));
        }
        case Block::Kind::ListItem: {
            const QString bullet =
                b.ordered ? u"%1."_s.arg(b.number) : (b.level > 1 ? u"◦"_s : u"•"_s);
            return u"<p%1 style=\"margin-left: %2pt\">%3 %4</p>"_s.arg(breakStyle())
                .arg(b.level * 12)
                .arg(bullet, runsHtml(b.text));
        }
        case Block::Kind::Table:
            return table(*b.table);
        case Block::Kind::Figure: {
            const Figure &f = *b.figure;
            const qreal scale = f.sizeMm.width() > widthMm ? widthMm / f.sizeMm.width() : qreal(1);
            Figure sized = f;
            sized.sizeMm = f.sizeMm * scale;
            m_figures.append(sized);
            return u"<p%1>%2</p>"_s.arg(breakStyle(), figureMarker(m_figures.size() - 1));
        }
        case Block::Kind::Columns: {
            const Columns &c = *b.columns;
            qreal total = 0;
            for (const qreal w : c.weights)
                total += w;
            QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
            for (qsizetype i = 0; i < c.columns.size(); ++i) {
                const qreal share = total > 0 ? c.weights.value(i) / total : 1.0 / c.columns.size();
                html += u"<td width=\"%1%\">"_s.arg(int(share * 100)) +
                        write(c.columns[i], widthMm * share - 4) + u"</td>"_s;
            }
            return html + u"</tr></table>"_s;
        }
        case Block::Kind::TableOfContents:
            return u"<p>%1</p>"_s.arg(ReportContent::tocMarker());
        case Block::Kind::PageBreak:
            m_pageBreak = true;
            return {};
        }
        return {};
    }

    QString table(const Table &t)
    {
        qreal total = 0;
        for (const qreal w : t.columnWeights)
            total += w;
        QString html = gridTable();
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const bool header = r < t.headerRows;
            if (r == 0 && header)
                html += u"<thead>"_s;
            html += u"<tr>"_s;
            const QList<TableCell> &row = t.rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString width =
                    total > 0 && r == 0
                        ? u" width=\"%1%\""_s.arg(int(t.columnWeights.value(c) / total * 100))
                        : QString();
                QStringList paragraphs;
                for (const Paragraph &p : row[c].paragraphs)
                    paragraphs.append(runsHtml(p));
                html += u"<%1%2>%3</%1>"_s.arg(header ? u"th"_s : u"td"_s, width,
                                               paragraphs.join(u"<br/>"_s));
            }
            html += u"</tr>"_s;
            if (header && r + 1 == t.headerRows)
                html += u"</thead>"_s;
        }
        return html + u"</table>"_s;
    }

    QList<Figure> &m_figures;
    bool m_pageBreak = false;
};

} // namespace

QString fromBlocks(const QList<Block> &blocks, QList<Figure> &figures, qreal bodyWidthMm)
{
    return Writer(figures).write(blocks, bodyWidthMm);
}

QString gridTable()
{
    return u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
           "style=\"border-collapse: collapse; border-color: #b4c3cc; border-style: solid\">"_s;
}

QString styleSheet()
{
    return u"body { color: #1a1a1a; }"
           "h1 { font-size: 15pt; font-weight: bold; color: #0b4f6c; margin-bottom: 2pt; }"
           "h2 { font-size: 12.5pt; font-weight: bold; color: #0b4f6c; margin-top: 10pt;"
           "     margin-bottom: 3pt; }"
           "h3 { font-size: 10pt; font-weight: bold; margin-top: 6pt; margin-bottom: 2pt; }"
           "h4, h5, h6 { font-size: 9pt; font-weight: bold; margin-top: 5pt; margin-bottom: 1pt; "
           "}"
           "p { margin-top: 0pt; margin-bottom: 4pt; }"
           "td, th { vertical-align: top; font-size: 8pt; }"
           "th { background-color: #e3eef3; font-weight: bold; text-align: left; }"
           ".small { font-size: 8pt; }"
           ".caption { font-size: 8pt; font-style: italic; color: #555555; }"
           "a { color: #0b4f6c; text-decoration: none; }"_s;
}

QString confidenceLabel(const QString &confidence)
{
    if (confidence == QLatin1String("medium"))
        return u"Niet volledig zeker"_s;
    if (confidence == QLatin1String("low"))
        return u"Onzeker"_s;
    if (confidence == QLatin1String("source-doc-only"))
        return u"Alleen bekend uit de aankondiging"_s;
    return {};
}

} // namespace Flexwonen::Report::Html
