// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commandline.h"
#include "kb/itemtype.h"

#include <optional>
#include <QJsonValue>

namespace Flexwonen {
class AppContext;
}

namespace Flexwonen::Cli {

// A command-line verb: runs against the services and returns an exit code.
struct Verb
{
    QString name;
    QString synopsis;    // the usage line, without "flexwonen "; the manual is in verbhelp.cpp
    QStringList options; // every option it accepts besides --help (--profile, --json, …)
    int minArguments = 0;
    int maxArguments = 0;
    int (*run)(AppContext &context, const Invocation &invocation) = nullptr;
    // Verbs that work on a feed tree, not on a knowledge base, run without an AppContext: they
    // must not create or seed a profile as a side effect.
    int (*runWithoutProfile)(const Invocation &invocation) = nullptr;
    // The exit code of a usage error (a wrong option, a missing argument); check-content uses
    // 2 as grep and diff do.
    int usageCode = Usage;
};

const QList<Verb> &kbVerbs();       // info, list, show
const QList<Verb> &searchVerbs();   // search
const QList<Verb> &reportVerbs();   // export-pdf
const QList<Verb> &syncVerbs();     // sync, verify-feed, publish
const QList<Verb> &personalVerbs(); // personal-export, personal-import
const QList<Verb> &calendarVerbs(); // export-ics
const QList<Verb> &contentVerbs();  // check-content

// Verbs that paint (fonts, PDF) need a QGuiApplication instead of a QCoreApplication.
bool needsGuiApplication(const Invocation &invocation);

// Every verb, in the order of the manual.
const QList<Verb> &verbs();
// The options verb accepts: its own and --help. The window (verb empty) has its own set.
QStringList acceptedOptions(const QString &verb);

QString usageText();
// "flexwonen VERB --help": the verb's manual (verbhelp.h); empty for an unknown verb.
QString verbHelpText(const QString &verb);
// The exit code of a usage error of verb (Usage unless the verb says otherwise).
int usageCodeOf(const QString &verb);
int runVerb(const Invocation &invocation);

// Output helpers shared by all verbs. Everything for a person goes through TerminalText, so no
// control character from content, a feed or a server reaches the terminal raw.
void printJson(const QJsonValue &value);
void printLine(const QString &line);      // one line; tabs separate columns
void printText(const QString &text);      // several lines (show's Markdown)
QString field(const QString &text);       // a value inside a line: its tabs are shown as \t
void printNotice(const QString &message); // "flexwonen: …" on stderr
int fail(const QString &message, int code = Failure);
// The value of --type: a type's name or its plural ("pilot", "pilots"); nullopt for neither.
std::optional<Kb::ItemType> typeOption(const QString &text);

} // namespace Flexwonen::Cli
