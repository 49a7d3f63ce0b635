// SPDX-License-Identifier: EUPL-1.2
// check-content: every problem of a content folder at once, for the centre's editors.
#include "cliverbs.h"

#include "kb/contentreview.h"
#include "kb/contentrules.h"
#include "kb/contentsource.h"
#include "kb/kberror.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Flexwonen::Cli {

namespace {

// grep's and diff's convention, which editors' scripts and CI know: 0 clean, 1 problems found,
// 2 the check could not run (docs/decisions.md 109).
enum CheckExit { Clean = 0, Found = 1, CannotCheck = 2 };

QJsonObject toJson(const Kb::ContentProblem &p)
{
    return {{QStringLiteral("file"), p.file},
            {QStringLiteral("line"), p.line},
            {QStringLiteral("check"), Kb::checkName(p.check)},
            {QStringLiteral("review"), Kb::isReview(p.check)},
            {QStringLiteral("message"), p.message}};
}

QString located(const Kb::ContentProblem &p)
{
    if (p.line > 0)
        return QStringLiteral("%1:%2: %3").arg(field(p.file)).arg(p.line).arg(field(p.message));
    return QStringLiteral("%1: %2").arg(field(p.file), field(p.message));
}

int checkContent(const Invocation &inv)
{
    const QString dir = inv.arguments.value(0);
    const QString baseDir = inv.option(QStringLiteral("review-against"));
    for (const QString &folder : {dir, baseDir}) {
        if (!folder.isEmpty() && !QFileInfo(folder).isDir())
            return fail(QStringLiteral("check-content: %1 is geen map").arg(folder), CannotCheck);
    }
    Kb::ContentProblems problems;
    QList<Kb::ContentFile> files;
    try {
        files = Kb::ContentSource::readFolder(dir, problems);
        Kb::ContentRules::check(files, QDate::currentDate(), problems);
        if (!baseDir.isEmpty()) {
            Kb::ContentProblems ignored; // the base's own problems are not this change's
            Kb::ContentReview::compare(files, Kb::ContentSource::readFolder(baseDir, ignored),
                                       problems);
        }
    } catch (const Kb::Error &e) {
        return fail(QStringLiteral("check-content: %1").arg(e.message()), CannotCheck);
    }
    const QList<Kb::ContentProblem> sorted = problems.sorted();
    if (inv.json) {
        QJsonArray list;
        for (const Kb::ContentProblem &p : sorted)
            list.append(toJson(p));
        printJson(QJsonObject{{QStringLiteral("files"), files.size()},
                              {QStringLiteral("problems"), list}});
        return sorted.isEmpty() ? Clean : Found;
    }
    QSet<QString> withProblems;
    qsizetype review = 0;
    for (const Kb::ContentProblem &p : sorted) {
        printLine(located(p));
        withProblems.insert(p.file);
        review += Kb::isReview(p.check) ? 1 : 0;
    }
    if (sorted.isEmpty()) {
        printLine(QStringLiteral("Geen problemen gevonden in %1 bestanden.").arg(files.size()));
        return Clean;
    }
    QString summary = QStringLiteral("%1 problemen in %2 van de %3 bestanden")
                          .arg(sorted.size())
                          .arg(withProblems.size())
                          .arg(files.size());
    if (!baseDir.isEmpty())
        summary += QStringLiteral(" (waarvan %1 uit de controle van wat nieuw is)").arg(review);
    printLine(summary + QLatin1Char('.'));
    return Found;
}

} // namespace

const QList<Verb> &contentVerbs()
{
    static const QList<Verb> verbs = {
        {QStringLiteral("check-content"),
         QStringLiteral("check-content MAP [--review-against MAP] [--json]   alle problemen van "
                        "een map met inhoud, met bestand en regel"),
         {QStringLiteral("review-against")},
         1,
         1,
         nullptr,
         &checkContent,
         QStringLiteral(
             "Controleert elk .md-bestand onder MAP (bijvoorbeeld data/content) en meldt alle\n"
             "problemen tegelijk, gesorteerd op bestand en regel, als BESTAND:REGEL: melding:\n"
             "  - de front matter: '---'-regels, geldige JSON, geen veld twee keer;\n"
             "  - de velden: verplichte velden, soorten, datums, id gelijk aan de bestandsnaam;\n"
             "  - de samenhang: verwijzingen, regio's en dossiers die bestaan, ids die één keer\n"
             "    voorkomen, een gemeente in één regio;\n"
             "  - de inhoudsregels: elke bron heeft een datum van raadplegen (\"accessed\") die\n"
             "    niet na vandaag ligt; geen adres op een spiegelsite (data/mirror-domains.txt);\n"
             "    geen bron die alleen de startpagina https://flexwonen.nl/ is; een item dat\n"
             "    alleen op de aankondiging van 2012 steunt, zegt \"volgens de aankondiging van\n"
             "    29 maart 2012\".\n"
             "\n"
             "Met --review-against BASISMAP ook wat nieuw is ten opzichte van BASISMAP (de\n"
             "controle in CI): nieuwe kengetallen met een ontbrekende, ongedateerde of\n"
             "gespiegelde bron; nieuwe alinea's met een getal (een percentage, een bedrag in\n"
             "euro, een aantal van 100 of meer) of een citaat (4 of meer woorden tussen\n"
             "aanhalingstekens, of een regel die met '>' begint) zonder bron in dezelfde alinea\n"
             "(een link, of 'volgens' of 'bron'); nieuwe adressen op een spiegelsite.\n"
             "\n"
             "--json geeft {\"files\": N, \"problems\": [{\"file\", \"line\", \"check\", "
             "\"review\",\n"
             "\"message\"}]}; \"line\" 0 betekent het bestand als geheel. \"check\" is een van:\n"
             "bestand, veld, samenhang, bron-datum, spiegelsite, startpagina, voorbehoud\n"
             "(\"review\": false) en nieuw-kengetal, nieuw-getal, nieuw-citaat,\n"
             "nieuw-spiegeladres (\"review\": true).\n"
             "\n"
             "Afsluitcode: 0 geen problemen, 1 problemen gevonden, 2 de controle kon niet\n"
             "draaien (een map die niet bestaat, een verkeerde optie).\n"
             "Uitleg voor redacteuren: docs/redactie.md.\n"),
         CannotCheck},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
