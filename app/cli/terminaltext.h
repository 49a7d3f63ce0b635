// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Flexwonen::Cli {

// Every byte the command line prints for a person passes here, so nothing a feed, a server, a
// file or item content says can act on the terminal or a log viewer: no escape sequence (colours,
// clearing, OSC 52 clipboard writes, window titles), no bell, no CR that lets a fake line
// overwrite the real one, no NUL, no bidi override that reorders what is read. Such characters
// are shown as text instead (\x1b, \r, \u202e), so a reader still sees that something was there.
namespace TerminalText {

// What layout a piece of text may keep; everything else that is a control is shown escaped.
enum class Keep {
    Nothing, // one field: a tab or newline in it is shown as \t or \n
    Tabs,    // one line of output whose columns are tab-separated
};

// C0 controls (except the tab Keep allows), DEL, C1 controls, bidi controls, the Unicode line and
// paragraph separators, lone surrogates (U+FFFD). Newlines are controls here: callers split
// multi-line text with lines().
QString line(QStringView text, Keep keep = Keep::Tabs);

// Multi-line text (show's Markdown): every line made safe on its own, joined with '\n'.
QString lines(QStringView text);

// An error or notice: one line, newlines of our own multi-line messages become spaces.
QString message(QStringView text);

// JSON text as QJsonDocument writes it, with the characters it leaves raw but a terminal acts on
// (DEL, C1, bidi controls, U+2028/9) written as \uXXXX escapes: the same JSON values, exactly.
QByteArray json(const QByteArray &utf8Json);

} // namespace TerminalText
} // namespace Flexwonen::Cli
