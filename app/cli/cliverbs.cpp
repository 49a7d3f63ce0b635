// SPDX-License-Identifier: EUPL-1.2
#include "cliverbs.h"

#include "clilog.h"
#include "context/appcontext.h"
#include "kb/kberror.h"
#include "settings/preferences.h"
#include "terminaltext.h"
#include "verbhelp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Flexwonen::Cli {

const QList<Verb> &verbs()
{
    static const QList<Verb> all = [] {
        QList<Verb> list;
        list += kbVerbs();
        list += searchVerbs();
        list += reportVerbs();
        list += calendarVerbs();
        list += syncVerbs();
        list += personalVerbs();
        list += contentVerbs();
        return list;
    }();
    return all;
}

QStringList acceptedOptions(const QString &name)
{
    if (name.isEmpty())
        return {QStringLiteral("profile"), QStringLiteral("kb"),   QStringLiteral("content"),
                QStringLiteral("lang"),    QStringLiteral("help"), QStringLiteral("version")};
    for (const Verb &verb : verbs()) {
        if (verb.name == name)
            return verb.options + QStringList{QStringLiteral("help")};
    }
    return {QStringLiteral("help")};
}

void printJson(const QJsonValue &value)
{
    QByteArray text;
    if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    QTextStream out(stdout);
    out << QString::fromUtf8(TerminalText::json(text));
}

void printLine(const QString &line)
{
    QTextStream(stdout) << TerminalText::line(line) << '\n';
}

void printText(const QString &text)
{
    QTextStream(stdout) << TerminalText::lines(text) << '\n';
}

QString field(const QString &text)
{
    return TerminalText::line(text, TerminalText::Keep::Nothing);
}

void printNotice(const QString &message)
{
    // One line: callers and tests read the first line of stderr.
    QTextStream(stderr) << "flexwonen: " << TerminalText::message(message) << '\n';
}

int fail(const QString &message, int code)
{
    printNotice(message);
    return code;
}

std::optional<Kb::ItemType> typeOption(const QString &text)
{
    if (const std::optional<Kb::ItemType> type = Kb::typeFromName(text))
        return type;
    return Kb::typeFromPlural(text);
}

QString usageText()
{
    return helpText(programManual());
}

QString verbHelpText(const QString &name)
{
    const VerbHelp *help = verbManual(name);
    return help ? helpText(*help) : QString();
}

int usageCodeOf(const QString &name)
{
    for (const Verb &verb : verbs()) {
        if (verb.name == name)
            return verb.usageCode;
    }
    return Usage;
}

namespace {

int runChecked(const Verb &verb, const Invocation &inv)
{
    try {
        if (verb.runWithoutProfile)
            return verb.runWithoutProfile(inv);
        Settings::Preferences preferences;
        AppContext context(
            {inv.option(QStringLiteral("profile")), inv.option(QStringLiteral("kb")), {}},
            preferences);
        for (const QString &notice : context.notices())
            printNotice(notice);
        return verb.run(context, inv);
    } catch (const Kb::Error &e) {
        qCWarning(lcCli).noquote() << QStringLiteral("%1: %2").arg(verb.name, e.message());
        return fail(e.message());
    }
}

} // namespace

int runVerb(const Invocation &inv)
{
    const Verb *verb = nullptr;
    for (const Verb &candidate : verbs()) {
        if (candidate.name == inv.verb)
            verb = &candidate;
    }
    if (!verb)
        return fail(QStringLiteral("Onbekend werkwoord '%1' (zie flexwonen --help)").arg(inv.verb),
                    Usage);
    const QStringList accepted = acceptedOptions(verb->name);
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
        if (!accepted.contains(it.key()))
            return fail(QStringLiteral("Optie --%1 hoort niet bij '%2'").arg(it.key(), verb->name),
                        verb->usageCode);
    }
    if (inv.arguments.size() < verb->minArguments || inv.arguments.size() > verb->maxArguments)
        return fail(QStringLiteral("Gebruik: flexwonen %1").arg(verb->synopsis), verb->usageCode);
    qCInfo(lcCli).noquote() << QStringLiteral("%1 begint").arg(verb->name);
    const int code = runChecked(*verb, inv);
    qCInfo(lcCli).noquote() << QStringLiteral("%1 klaar: afsluitcode %2").arg(verb->name).arg(code);
    return code;
}

} // namespace Flexwonen::Cli
