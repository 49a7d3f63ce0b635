// SPDX-License-Identifier: EUPL-1.2
#include "terminaltext.h"

#include <QStringList>

namespace Flexwonen::Cli::TerminalText {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// Characters a terminal or a log viewer may act on instead of showing.
bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c) || c == 0x2028 ||
           c == 0x2029;
}

QString hex(char32_t c, int digits)
{
    return QString::number(uint(c), 16).rightJustified(digits, QLatin1Char('0'));
}

QString visible(char32_t c)
{
    switch (c) {
    case U'\t':
        return QStringLiteral("\\t");
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    default:
        // Bytes as \x1b, code points beyond ASCII as \u009b: what a reader would type.
        return c < 0x80 ? QStringLiteral("\\x") + hex(c, 2) : QStringLiteral("\\u") + hex(c, 4);
    }
}

// Calls out(code point) for each character; a lone surrogate becomes U+FFFD.
template <typename Out> void forEachCodePoint(QStringView text, Out out)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else if (c.isSurrogate()) {
            out(char32_t(QChar::ReplacementCharacter));
        } else {
            out(char32_t(c.unicode()));
        }
    }
}

void append(QString &to, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        to += QChar(QChar::highSurrogate(c));
        to += QChar(QChar::lowSurrogate(c));
    } else {
        to += QChar(char16_t(c));
    }
}

} // namespace

QString line(QStringView text, Keep keep)
{
    QString safe;
    safe.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c) {
        if (isControl(c) && !(c == U'\t' && keep == Keep::Tabs))
            safe += visible(c);
        else
            append(safe, c);
    });
    return safe;
}

QString lines(QStringView text)
{
    QStringList safe;
    for (const QStringView part : text.split(u'\n'))
        safe.append(line(part, Keep::Tabs));
    return safe.join(QLatin1Char('\n'));
}

QString message(QStringView text)
{
    QString oneLine = text.toString();
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line(oneLine, Keep::Nothing);
}

QByteArray json(const QByteArray &utf8Json)
{
    QString safe;
    forEachCodePoint(QString::fromUtf8(utf8Json), [&](char32_t c) {
        // QJsonDocument already escapes everything below U+0020; the rest can only stand inside
        // a string, where \uXXXX means the same character.
        if (c >= 0x20 && isControl(c))
            safe += QStringLiteral("\\u") + hex(c, 4);
        else
            append(safe, c);
    });
    return safe.toUtf8();
}

} // namespace Flexwonen::Cli::TerminalText
