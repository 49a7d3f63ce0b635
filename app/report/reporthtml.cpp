// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthtml.h"

#include "kb/itemmarkdown.h"
#include "offlinedocument.h"

#include <QList>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
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

QString link(const QString &text, const QString &url)
{
    if (!isPrintableLink(url))
        return esc(text);
    return u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(text));
}

QString sourceList(const QList<Kb::Source> &sources)
{
    if (sources.isEmpty())
        return {};
    QString html = u"<ul class=\"sources\">"_s;
    for (const Kb::Source &s : sources)
        html += u"<li>%1 <span class=\"url\">%2</span></li>"_s.arg(esc(s.title), esc(s.url));
    return html + u"</ul>"_s;
}

namespace {

// Content images become a short text, links other than https/http/mailto their plain text.
// Edits run from the end of the document so that the collected positions stay valid.
void makeInert(QTextDocument &doc)
{
    struct Edit
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Edit> edits;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() ||
                (format.isAnchor() && !isPrintableLink(format.anchorHref())))
                edits.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(&doc);
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit) {
        cursor.setPosition(edit->position);
        cursor.setPosition(edit->position + edit->length, QTextCursor::KeepAnchor);
        if (edit->format.isImageFormat()) {
            const QString alt =
                edit->format.stringProperty(QTextFormat::ImageAltText).simplified().left(200);
            QTextCharFormat plain;
            plain.setFontItalic(true);
            const QString label =
                alt.isEmpty() ? u"[afbeelding]"_s : u"[afbeelding: %1]"_s.arg(alt);
            cursor.insertText(label.repeated(edit->length), plain);
        } else {
            QTextCharFormat plain = edit->format;
            plain.setAnchor(false);
            plain.setAnchorHref(QString());
            plain.clearForeground();
            plain.setFontUnderline(false);
            cursor.setCharFormat(plain);
        }
    }
}

} // namespace

QString markdown(const QString &md)
{
    static const QRegularExpression kbLink(u"\\[([^\\]]*)\\]\\(kb:[^)]*\\)"_s);
    static const QRegularExpression heading(u"^(#{1,4}) "_s, QRegularExpression::MultilineOption);
    QString text = md;
    text.replace(kbLink, u"\\1"_s);
    text.replace(heading, u"##\\1 "_s);
    OfflineTextDocument doc;
    constexpr auto features = QTextDocument::MarkdownFeatures(
        int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));
    doc.setMarkdown(text, features);
    makeInert(doc);
    const QString html = doc.toHtml();
    const qsizetype bodyTag = html.indexOf(u"<body"_s);
    const qsizetype start = html.indexOf(QLatin1Char('>'), bodyTag) + 1;
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (bodyTag < 0 || end < start)
        return esc(md);
    return html.mid(start, end - start);
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
           ".meta { color: #555555; }"
           ".small { font-size: 8pt; }"
           ".url { color: #555555; font-size: 7pt; }"
           ".note { color: #7a4b00; }"
           "ul.sources { font-size: 7pt; margin-top: 0pt; }"
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
