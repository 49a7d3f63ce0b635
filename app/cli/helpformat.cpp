// SPDX-License-Identifier: EUPL-1.2
// Two renderings of one VerbHelp: the terminal's --help and a roff man page.
#include "cliverbs.h"
#include "verbhelp.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Cli {

namespace {

constexpr int Width = 79;
constexpr int TermColumn = 24; // where an option's or a row's text starts

QStringList synopsisOf(const VerbHelp &help)
{
    if (help.name.isEmpty())
        return {u"flexwonen [--profile MAP] [--kb BESTAND] [--lang nl|en]"_s,
                u"flexwonen --content MAP [--lang nl|en]"_s,
                u"flexwonen WERKWOORD [OPTIES] [ARGUMENTEN]"_s, u"flexwonen --help | --version"_s};
    for (const Verb &verb : verbs()) {
        if (verb.name == help.name)
            return {u"flexwonen "_s + verb.synopsis};
    }
    return {u"flexwonen "_s + help.name};
}

QString pageName(const VerbHelp &help)
{
    return help.name.isEmpty() ? u"flexwonen"_s : u"flexwonen-"_s + help.name;
}

QString optionTag(const OptionHelp &option)
{
    QString tag = u"--"_s + option.name;
    if (!option.shortName.isEmpty())
        tag = u"-%1, %2"_s.arg(option.shortName, tag);
    if (!option.value.isEmpty())
        tag += u' ' + option.value;
    return tag;
}

// Words of text in lines of at most Width columns; the first line starts after `first`
// characters already written, later lines are indented by `indent`.
QString wrap(const QString &text, int first, int indent)
{
    QString out;
    int column = first;
    bool lineEmpty = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lineEmpty && column + 1 + word.size() > Width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += u' ';
            ++column;
        }
        out += word;
        column += int(word.size());
        lineEmpty = false;
    }
    return out;
}

// "  TERM                  text that wraps", the text on its own line when TERM is long.
QString row(const QString &term, const QString &text)
{
    QString line = u"  "_s + term;
    if (line.size() + 2 > TermColumn)
        line += u'\n' + QString(TermColumn, u' ');
    else
        line += QString(TermColumn - line.size(), u' ');
    return line + wrap(text, TermColumn, TermColumn) + u'\n';
}

// A paragraph line: "  - item" lines hang under their text.
QString paragraphLine(const QString &line)
{
    qsizetype lead = 0;
    while (lead < line.size() && line[lead] == u' ')
        ++lead;
    const QString body = line.mid(lead);
    const int hang = int(lead) + (body.startsWith(u"- "_s) ? 2 : 0);
    return QString(lead, u' ') + wrap(body, int(lead), hang) + u'\n';
}

QString section(const QString &title, const QList<HelpRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QString text = u"\n"_s + title + u":\n"_s;
    for (const HelpRow &r : rows)
        text += row(r.term, r.text);
    return text;
}

QList<HelpRow> verbRows()
{
    QList<HelpRow> rows;
    for (const VerbHelp &verb : verbManuals())
        rows.append({verb.name, verb.summary});
    return rows;
}

QStringList seeAlso(const VerbHelp &help)
{
    QStringList pages;
    if (!help.name.isEmpty())
        return {u"flexwonen(1)"_s};
    for (const VerbHelp &verb : verbManuals())
        pages.append(pageName(verb) + u"(1)"_s);
    return pages;
}

// --- roff ---

// A date or version inside .TH's quotes: only the characters such a value has.
QString macroWord(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c;
        else if (c == u'.' || c == u'-' || c == u'+' || c == u'~')
            out += c;
    }
    return out;
}

QString roffName(const QString &text)
{
    return roffEscape(text);
}

QString bold(const QString &text)
{
    return u"\\fB"_s + roffEscape(text) + u"\\fR"_s;
}

QString roffTag(const OptionHelp &option)
{
    QString tag;
    if (!option.shortName.isEmpty())
        tag = bold(u"-"_s + option.shortName) + u", "_s;
    tag += bold(u"--"_s + option.name);
    if (!option.value.isEmpty())
        tag += u" \\fI"_s + roffEscape(option.value) + u"\\fR"_s;
    return tag;
}

QString roffParagraphs(const QStringList &paragraphs)
{
    QString out;
    for (const QString &paragraph : paragraphs) {
        out += u".PP\n"_s;
        for (const QString &line : paragraph.split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(u"- "_s) && line.startsWith(u' '))
                out += u".IP \\- 4\n"_s + roffEscape(trimmed.mid(2)) + u'\n';
            else if (line.startsWith(u' '))
                out += u".IP \"\" 4\n"_s + roffEscape(trimmed) + u'\n';
            else
                out += roffEscape(trimmed) + u'\n';
        }
    }
    return out;
}

QString roffRows(const QString &title, const QList<HelpRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QString out = u".SH "_s + title + u'\n';
    for (const HelpRow &r : rows)
        out += u".TP\n"_s + bold(r.term) + u'\n' + roffEscape(r.text) + u'\n';
    return out;
}

} // namespace

QString manPageName(const VerbHelp &help)
{
    return pageName(help) + u".1"_s;
}

QString helpText(const VerbHelp &help)
{
    QString text;
    for (const QString &line : synopsisOf(help)) {
        text += text.isEmpty() ? u"Gebruik: "_s : QString(9, u' ');
        text += wrap(line, 9, 11) + u'\n';
    }
    text += u'\n' + wrap(pageName(help) + u" - "_s + help.summary, 0, 4) + u'\n';
    for (const QString &paragraph : help.description) {
        text += u'\n';
        for (const QString &line : paragraph.split(u'\n'))
            text += paragraphLine(line);
    }
    text += u"\nOpties:\n"_s;
    for (const OptionHelp &option : helpOptions(help))
        text += row(optionTag(option), option.text);
    if (help.name.isEmpty())
        text += section(u"Werkwoorden"_s, verbRows());
    text += section(u"Afsluitcodes"_s, help.exitCodes);
    text += section(u"Omgeving"_s, help.environment);
    text += section(u"Bestanden"_s, help.files);
    if (!help.examples.isEmpty()) {
        text += u"\nVoorbeelden:\n"_s;
        for (const HelpRow &example : help.examples)
            text +=
                u"  flexwonen "_s + example.term + u"\n      "_s + wrap(example.text, 6, 6) + u'\n';
    }
    text += u"\nZie ook:\n"_s;
    for (const QString &page : seeAlso(help))
        text += u"  "_s + page + u'\n';
    return text;
}

QString roffEscape(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\')
            out += u"\\e"_s;
        else if (c == U'-')
            out += u"\\-"_s;
        else if (c == U'\n' || c == U'\t')
            out += u' ';
        else if (c < 0x20 || c == 0x7f)
            continue; // no control character reaches the page
        else if (c < 0x80)
            out += QChar(char16_t(c));
        else
            out +=
                u"\\[u"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u']';
    }
    // A line that starts with . or ' would be a request; \& makes it text.
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(u"\\&"_s);
    return out;
}

QString manPage(const VerbHelp &help, const QString &version, const QString &date)
{
    const QString name = pageName(help);
    QString page = u".\\\" Generated by flexwonen-man from app/cli/verbhelp.cpp; do not edit.\n"_s;
    page += u".TH %1 1 \"%2\" \"flexwonen %3\" \"Flexwonen Kennisbank\"\n"_s.arg(
        roffName(name.toUpper()), macroWord(date), macroWord(version));
    // No hyphenation and no stretched spaces: options and commands stay whole.
    page += u".nh\n.ad l\n"_s;
    page += u".SH NAME\n"_s + roffEscape(name) + u" \\- "_s + roffEscape(help.summary) + u'\n';
    page += u".SH SYNOPSIS\n"_s;
    for (const QString &line : synopsisOf(help))
        page += u".PP\n"_s + roffEscape(line) + u'\n';
    page += u".SH DESCRIPTION\n"_s + roffParagraphs(help.description);
    page += u".SH OPTIONS\n"_s;
    for (const OptionHelp &option : helpOptions(help))
        page += u".TP\n"_s + roffTag(option) + u'\n' + roffEscape(option.text) + u'\n';
    if (help.name.isEmpty()) {
        page += u".SH COMMANDS\n"_s;
        for (const HelpRow &r : verbRows())
            page += u".TP\n"_s + bold(r.term) + u'\n' + roffEscape(r.text) + u'\n';
    }
    page += roffRows(u"EXIT STATUS"_s, help.exitCodes);
    page += roffRows(u"ENVIRONMENT"_s, help.environment);
    page += roffRows(u"FILES"_s, help.files);
    if (!help.examples.isEmpty()) {
        page += u".SH EXAMPLES\n"_s;
        for (const HelpRow &example : help.examples)
            page += u".PP\n.nf\n"_s + roffEscape(u"flexwonen "_s + example.term) +
                    u"\n.fi\n.RS 4\n"_s + roffEscape(example.text) + u"\n.RE\n"_s;
    }
    page += u".SH SEE ALSO\n"_s;
    const QStringList pages = seeAlso(help);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString page1 = pages[i];
        const qsizetype paren = page1.indexOf(u'(');
        page += u".BR "_s + roffEscape(page1.left(paren)) + u' ' + page1.mid(paren) +
                (i + 1 < pages.size() ? u","_s : QString()) + u'\n';
    }
    return page;
}

} // namespace Flexwonen::Cli
