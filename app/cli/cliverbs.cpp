// SPDX-License-Identifier: EUPL-1.2
#include "cliverbs.h"

#include "clilog.h"
#include "context/appcontext.h"
#include "kb/kberror.h"
#include "settings/preferences.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Flexwonen::Cli {

namespace {

const QList<Verb> &allVerbs()
{
    static const QList<Verb> verbs = [] {
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
    return verbs;
}

const QStringList &globalOptions()
{
    static const QStringList names = {QStringLiteral("profile"), QStringLiteral("kb"),
                                      QStringLiteral("json"), QStringLiteral("help"),
                                      QStringLiteral("version")};
    return names;
}

} // namespace

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
    QString text =
        QStringLiteral("Gebruik: flexwonen [--profile MAP] [--kb BESTAND] [WERKWOORD] [OPTIES]\n\n"
                       "Zonder werkwoord opent het venster. Werkwoorden:\n");
    for (const Verb &verb : allVerbs())
        text += QStringLiteral("  %1\n").arg(verb.synopsis);
    text += QStringLiteral(
        "\nAlgemene opties:\n"
        "  --profile MAP   andere gegevensmap (ook: FLEXWONEN_PROFILE)\n"
        "  --kb BESTAND    open deze kennisbank alleen-lezen in plaats van die van het profiel\n"
        "  --content MAP   open het venster op een inhoudsmap (data/content) als voorbeeld; "
        "het venster volgt elke wijziging in de map\n"
        "  --lang nl|en    taal van het venster (ook: FLEXWONEN_LANG); de opdrachtregel blijft "
        "Nederlands\n"
        "  --json          machineleesbare uitvoer\n"
        "  --version       versie tonen\n"
        "  -style, -reverse, -platform, … de standaardopties van Qt, voor het venster; "
        "werkwoorden negeren ze\n");
    return text;
}

QString verbHelpText(const QString &name)
{
    for (const Verb &verb : allVerbs()) {
        if (verb.name == name && !verb.help.isEmpty())
            return QStringLiteral("Gebruik: flexwonen %1\n\n%2").arg(verb.synopsis, verb.help);
    }
    return {};
}

int usageCodeOf(const QString &name)
{
    for (const Verb &verb : allVerbs()) {
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
    for (const Verb &candidate : allVerbs()) {
        if (candidate.name == inv.verb)
            verb = &candidate;
    }
    if (!verb)
        return fail(QStringLiteral("Onbekend werkwoord '%1' (zie flexwonen --help)").arg(inv.verb),
                    Usage);
    for (auto it = inv.options.cbegin(); it != inv.options.cend(); ++it) {
        if (!globalOptions().contains(it.key()) && !verb->options.contains(it.key()))
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
