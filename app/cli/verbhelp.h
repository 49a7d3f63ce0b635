// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Flexwonen::Cli {

// One option as documented: "--region ID" and what it means, with its default.
struct OptionHelp
{
    QString name;           // long name without dashes, as the parser knows it
    QString value;          // placeholder ("ID", "BESTAND"); empty for a flag
    QString text;           // one paragraph, wrapped by whoever prints it
    QString shortName = {}; // "o" for -o
};

// A (name, meaning) row: an exit code, an environment variable, a file, an example.
struct HelpRow
{
    QString term;
    QString text;
};

// The manual of one verb (or of the program: name empty). --help and the man page are both
// made from it, so they cannot drift apart.
struct VerbHelp
{
    QString name;
    QString summary; // one line, ASCII: NAME of the man page (whatis) and the line in --help
    QStringList description;   // paragraphs; a line starting with spaces keeps its own line
    QList<OptionHelp> options; // without --help, which every verb has (helpOptions adds it)
    QList<HelpRow> exitCodes;
    QList<HelpRow> environment;
    QList<HelpRow> files;
    QList<HelpRow> examples; // command (without "flexwonen ") and what it does
};

// Every verb's manual, in the order of the verb table; the program's own.
const QList<VerbHelp> &verbManuals();
const VerbHelp &programManual();
const VerbHelp *verbManual(const QString &verb); // nullptr: no such verb

// The options as documented, --help included.
QList<OptionHelp> helpOptions(const VerbHelp &help);

// "flexwonen VERB --help" (or "flexwonen --help" for the program), Dutch, wrapped at 79.
QString helpText(const VerbHelp &help);
// The roff source of flexwonen-VERB.1 (flexwonen.1 for the program); plain ASCII: everything
// else is written as \[uXXXX], so no preprocessor is needed.
QString manPage(const VerbHelp &help, const QString &version, const QString &date);
// The file name of that page: "flexwonen-list.1", "flexwonen.1".
QString manPageName(const VerbHelp &help);
// Roff text for one line of untrusted or arbitrary text (exposed for its test).
QString roffEscape(const QString &text);

} // namespace Flexwonen::Cli
