// SPDX-License-Identifier: EUPL-1.2
// Issue 17 point 7: the editors' check of a content folder (every problem at once, with file and
// line), the content rules, the review of what is new, and `flexwonen check-content` itself.
// Every expected line is found by searching the fixture text, not by the scanner under test.
#include "kb/contentreview.h"
#include "kb/contentrules.h"
#include "kb/contentsource.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Kb::ContentCheck;

namespace {

const QDate Today(2026, 11, 30);

// The line (1-based) of the first occurrence of needle in text; 0 when absent.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

const QByteArray RegionA = R"(---
{
  "id": "regio-a",
  "type": "region",
  "title": "Regio A",
  "summary": "Een regio.",
  "municipalities": [
    {
      "name": "Zundert",
      "code": "GM0879",
      "year": 2012
    }
  ],
  "sources": [
    {
      "title": "Kamerbrief",
      "url": "https://www.rijksoverheid.nl/a",
      "accessed": "2026-11-28"
    }
  ],
  "figures": [
    {
      "label": "Arbeidsmigranten",
      "value": 1000,
      "unit": "personen",
      "year": 2012,
      "definition": "Geschat aantal.",
      "source": {
        "title": "Onderzoek",
        "url": "https://www.rijksoverheid.nl/b",
        "accessed": "2026-11-28"
      }
    }
  ]
}
---
De regio telt volgens [het onderzoek](https://www.rijksoverheid.nl/b) ongeveer 1.000 arbeidsmigranten.

Een tweede alinea zonder getallen.
)";

const QByteArray DossierA = R"(---
{
  "id": "dossier-a",
  "type": "dossier",
  "title": "Dossier A",
  "summary": "Een dossier.",
  "sources": [
    {
      "title": "Wet",
      "url": "https://wetten.overheid.nl/x",
      "accessed": "2026-11-28"
    }
  ]
}
---
De tekst van het dossier.
)";

const QByteArray PageA = R"(---
{
  "id": "pagina-a",
  "type": "page",
  "title": "Pagina A",
  "summary": "Een pagina.",
  "region": "regio-a",
  "dossier": "dossier-a",
  "sources": [
    {
      "title": "Rijksoverheid",
      "url": "https://www.rijksoverheid.nl/c",
      "accessed": "2026-11-29"
    }
  ],
  "links": [
    "regio-a",
    "dossier-a"
  ]
}
---
Een pagina over de regio.
)";

// A page with the given front matter lines between "summary" and "sources" and this body.
QByteArray page(const QByteArray &id, const QByteArray &extra, const QByteArray &sources,
                const QByteArray &body)
{
    return "---\n{\n  \"id\": \"" + id +
           "\",\n  \"type\": \"page\",\n  \"title\": \"Titel\",\n  \"summary\": \"Kort.\",\n" +
           extra + "  \"sources\": [\n" + sources + "\n  ]\n}\n---\n" + body;
}

QByteArray source(const QByteArray &title, const QByteArray &url, const QByteArray &accessedLine)
{
    return "    {\n      \"title\": \"" + title + "\",\n      \"url\": \"" + url + "\"" +
           (accessedLine.isEmpty() ? QByteArray() : ",\n      " + accessedLine) + "\n    }";
}

struct Expected
{
    QString file;
    int line;
    ContentCheck check;
};

QString describe(const QList<Kb::ContentProblem> &problems)
{
    QStringList lines;
    for (const Kb::ContentProblem &p : problems)
        lines.append(QStringLiteral("%1:%2 [%3] %4")
                         .arg(p.file)
                         .arg(p.line)
                         .arg(Kb::checkName(p.check), p.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestContentCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;

    // A new folder with files (relative path -> text).
    QString folder(const QMap<QString, QByteArray> &files)
    {
        const QString root = m_dir.filePath(QStringLiteral("map%1").arg(++m_folders));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = root + QLatin1Char('/') + it.key();
            QDir().mkpath(QFileInfo(path).path());
            Test::writeFile(path, it.value());
        }
        QDir().mkpath(root);
        return root;
    }

    static QMap<QString, QByteArray> cleanFiles()
    {
        return {{QStringLiteral("regions/regio-a.md"), RegionA},
                {QStringLiteral("dossiers/dossier-a.md"), DossierA},
                {QStringLiteral("pages/pagina-a.md"), PageA}};
    }

    static QList<Kb::ContentProblem> check(const QString &dir, const QString &base = {})
    {
        Kb::ContentProblems problems;
        const QList<Kb::ContentFile> files = Kb::ContentSource::readFolder(dir, problems);
        Kb::ContentRules::check(files, Today, problems);
        if (!base.isEmpty()) {
            Kb::ContentProblems ignored;
            Kb::ContentReview::compare(files, Kb::ContentSource::readFolder(base, ignored),
                                       problems);
        }
        return problems.sorted();
    }

    static void compareProblems(const QList<Kb::ContentProblem> &actual, QList<Expected> expected)
    {
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Expected &a, const Expected &b) {
                             return a.file != b.file ? a.file < b.file : a.line < b.line;
                         });
        QStringList want;
        for (const Expected &e : expected)
            want.append(
                QStringLiteral("%1:%2 [%3]").arg(e.file).arg(e.line).arg(Kb::checkName(e.check)));
        QStringList got;
        for (const Kb::ContentProblem &p : actual) {
            got.append(
                QStringLiteral("%1:%2 [%3]").arg(p.file).arg(p.line).arg(Kb::checkName(p.check)));
            QVERIFY2(!p.message.isEmpty(), qPrintable(got.last()));
        }
        QVERIFY2(got == want, qPrintable(QStringLiteral("got:\n%1\n\nwanted:\n%2\n\nmessages:\n%3")
                                             .arg(got.join(QLatin1Char('\n')),
                                                  want.join(QLatin1Char('\n')), describe(actual))));
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // A program in dir, with extra environment.
    static Run runIn(const QString &dir, const QString &program, const QStringList &args,
                     const QMap<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CONTENT_REVIEW_BASE"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(dir);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static void git(const QString &repo, QStringList args)
    {
        args =
            QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Redactie"),
                        QStringLiteral("-c"), QStringLiteral("user.email=redactie@example.org")} +
            args;
        const Run r = runIn(repo, QStringLiteral("git"), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    static Run flexwonen(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("FLEXWONEN_BIN"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Files with one problem of each structural kind, and the problems they must give.
    QString brokenFolder(QList<Expected> &expected)
    {
        QMap<QString, QByteArray> files = cleanFiles();
        const QByteArray noComma = "---\n{\n  \"id\": \"kapot\",\n  \"type\": \"page\"\n  "
                                   "\"title\": \"Kapot\"\n}\n---\nTekst.\n";
        files.insert(QStringLiteral("pages/kapot.md"), noComma);
        const QByteArray several =
            page("drie-fouten", "  \"order\": \"eerste\",\n  \"date\": \"1-4-2012\",\n",
                 source("B", "https://a.nl/", "\"accessed\": \"2026-11-01\""), "Tekst.\n");
        QByteArray noTitle = several;
        noTitle.replace("  \"title\": \"Titel\",\n", "");
        noTitle.replace("\"type\": \"page\"", "\"type\": \"fiets\"");
        files.insert(QStringLiteral("pages/drie-fouten.md"), noTitle);
        const QByteArray linking =
            page("verwijzer",
                 "  \"region\": \"dossier-a\",\n  \"links\": [\n    \"regio-a\",\n    "
                 "\"bestaat-niet\"\n  ],\n",
                 source("B", "https://a.nl/", "\"accessed\": \"2026-11-01\""), "Tekst.\n");
        files.insert(QStringLiteral("pages/verwijzer.md"), linking);
        QByteArray regionB = RegionA;
        regionB.replace("\"id\": \"regio-a\"", "\"id\": \"regio-b\"");
        files.insert(QStringLiteral("regions/regio-b.md"), regionB);
        QByteArray twice = DossierA;
        twice.replace("\"type\": \"dossier\"", "\"type\": \"page\"");
        files.insert(QStringLiteral("pages/dossier-a.md"), twice);
        const QByteArray noEnd = "---\n{\"id\": \"open\"}\nTekst.\n";
        files.insert(QStringLiteral("pages/open.md"), noEnd);
        QByteArray otherId = DossierA;
        otherId.replace("\"id\": \"dossier-a\"", "\"id\": \"ander-id\"");
        files.insert(QStringLiteral("dossiers/verkeerde-naam.md"), otherId);

        expected = {
            {QStringLiteral("dossiers/verkeerde-naam.md"), lineOf(otherId, "\"id\""),
             ContentCheck::Field},
            {QStringLiteral("pages/dossier-a.md"), lineOf(twice, "\"id\""),
             ContentCheck::CrossCheck},
            {QStringLiteral("pages/drie-fouten.md"), 1, ContentCheck::Field}, // no title
            {QStringLiteral("pages/drie-fouten.md"), lineOf(noTitle, "\"type\""),
             ContentCheck::Field},
            {QStringLiteral("pages/drie-fouten.md"), lineOf(noTitle, "\"date\""),
             ContentCheck::Field},
            {QStringLiteral("pages/drie-fouten.md"), lineOf(noTitle, "\"order\""),
             ContentCheck::Field},
            {QStringLiteral("pages/kapot.md"), lineOf(noComma, "\"title\""), ContentCheck::File},
            {QStringLiteral("pages/open.md"), 1, ContentCheck::File},
            {QStringLiteral("pages/verwijzer.md"), lineOf(linking, "\"region\""),
             ContentCheck::CrossCheck},
            {QStringLiteral("pages/verwijzer.md"), lineOf(linking, "\"bestaat-niet\""),
             ContentCheck::CrossCheck},
            {QStringLiteral("regions/regio-b.md"), lineOf(regionB, "\"code\": \"GM0879\""),
             ContentCheck::CrossCheck},
        };
        // "type" is read before "date" and "order" (the field table's order), but problems are
        // sorted by line: put the expectations in line order as well.
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Expected &a, const Expected &b) {
                             return a.file != b.file ? a.file < b.file : a.line < b.line;
                         });
        return folder(files);
    }

private slots:
    void aCleanFolderHasNoProblems()
    {
        const QList<Kb::ContentProblem> problems = check(folder(cleanFiles()));
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void everyProblemAtOnceWithItsLine()
    {
        QList<Expected> expected;
        const QString dir = brokenFolder(expected);
        compareProblems(check(dir), expected);
    }

    // A field the reader refuses is one problem: not again from the item checks.
    void aRefusedFieldIsOneProblem()
    {
        const QByteArray bad =
            page("Fout_id", "", source("B", "https://a.nl/", "\"accessed\": \"2026-11-01\""),
                 "Tekst.\n");
        QMap<QString, QByteArray> files = cleanFiles();
        files.insert(QStringLiteral("pages/Fout_id.md"), bad);
        compareProblems(check(folder(files)), {{QStringLiteral("pages/Fout_id.md"),
                                                lineOf(bad, "\"id\""), ContentCheck::Field}});
    }

    void eachRuleFiresWhereItShould()
    {
        QByteArray sources;
        sources += source("Zonder datum", "https://a.nl/1", {}) + ",\n";
        sources += source("Fout", "https://a.nl/2", "\"accessed\": \"28-11-2026\"") + ",\n";
        sources += source("Later", "https://a.nl/3", "\"accessed\": \"2026-12-01\"") + ",\n";
        sources += source("Vandaag", "https://a.nl/4", "\"accessed\": \"2026-11-30\"") + ",\n";
        sources +=
            source("Spiegel", "https://nl.5dok.net/doc/1", "\"accessed\": \"2026-11-28\"") + ",\n";
        sources += source("Spiegel twee", "https://www.fdocuments.in/document/x",
                          "\"accessed\": \"2026-11-28\"") +
                   ",\n";
        sources += source("Start", "https://flexwonen.nl/", "\"accessed\": \"2026-11-28\"") + ",\n";
        sources += source("Wikipedia", "https://nl.wikipedia.org/wiki/Arbeidsmigratie",
                          "\"accessed\": \"2026-11-28\"") +
                   ",\n";
        sources +=
            source("Geen spiegel", "https://notfdocuments.nl/x", "\"accessed\": \"2026-11-28\"") +
            ",\n";
        sources +=
            source("Pagina", "https://flexwonen.nl/nieuws/x", "\"accessed\": \"2026-11-28\"");
        const QByteArray extra =
            "  \"website\": \"https://www.wikiwand.com/nl/Arbeidsmigratie\",\n"
            "  \"figures\": [\n    {\n      \"label\": \"Aantal\",\n      \"value\": 5,\n"
            "      \"unit\": \"personen\",\n      \"year\": 2012,\n      \"definition\": \"x\",\n"
            "      \"source\": {\n        \"title\": \"Kengetalbron\",\n        \"url\": "
            "\"https://a.nl/k\"\n      }\n    }\n  ],\n";
        const QByteArray rules = page("regels", extra, sources,
                                      "Eerste regel.\n\nZie [dit](https://docplayer.nl/1-x.html) "
                                      "en https://flexwonen.nl/ zelf.\n");

        const QByteArray archived = source("Aankondiging",
                                           "https://web.archive.org/web/2012/"
                                           "http://www.flexwonenarbeidsmigranten.nl/",
                                           "\"accessed\": \"2026-11-28\"");
        const QByteArray doubtful =
            "  \"confidence\": \"source-doc-only\",\n  \"uncertainty\": \"Alleen de "
            "aankondiging.\",\n";
        const QByteArray without =
            page("zonder-voorbehoud", doubtful, archived, "Er kwamen vijf pilots.\n");
        const QByteArray with = page("met-voorbehoud", doubtful, archived,
                                     "Volgens de aankondiging van 29 maart\n2012 kwamen er vijf "
                                     "pilots.\n");
        const QByteArray direct =
            page("direct", doubtful,
                 source("Aankondiging", "http://www.flexwonenarbeidsmigranten.nl/nieuws",
                        "\"accessed\": \"2026-11-28\""),
                 "Er kwamen vijf pilots.\n");
        const QByteArray sure = page("zeker", {}, archived, "Er kwamen vijf pilots.\n");
        const QByteArray low =
            page("laag", "  \"confidence\": \"low\",\n", archived, "Er kwamen vijf pilots.\n");

        QMap<QString, QByteArray> files = cleanFiles();
        files.insert(QStringLiteral("pages/regels.md"), rules);
        files.insert(QStringLiteral("pages/zonder-voorbehoud.md"), without);
        files.insert(QStringLiteral("pages/met-voorbehoud.md"), with);
        files.insert(QStringLiteral("pages/direct.md"), direct);
        files.insert(QStringLiteral("pages/zeker.md"), sure);
        files.insert(QStringLiteral("pages/laag.md"), low);
        const int body = lineOf(without, "Er kwamen");
        compareProblems(
            check(folder(files)),
            {
                {QStringLiteral("pages/direct.md"), lineOf(direct, "Er kwamen"),
                 ContentCheck::Hedge},
                {QStringLiteral("pages/laag.md"), lineOf(low, "\"confidence\""),
                 ContentCheck::Field},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "\"website\""),
                 ContentCheck::MirrorSite},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "\"source\": {"),
                 ContentCheck::SourceDate},
                // No "accessed": the line of the source object, the one before its title.
                {QStringLiteral("pages/regels.md"), lineOf(rules, "\"Zonder datum\"") - 1,
                 ContentCheck::SourceDate},
                // A malformed date is a field problem (itemFromJson), reported once.
                {QStringLiteral("pages/regels.md"), lineOf(rules, "\"28-11-2026\""),
                 ContentCheck::Field},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "\"2026-12-01\""),
                 ContentCheck::SourceDate},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "5dok.net"),
                 ContentCheck::MirrorSite},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "fdocuments.in"),
                 ContentCheck::MirrorSite},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "\"https://flexwonen.nl/\""),
                 ContentCheck::HomePage},
                {QStringLiteral("pages/regels.md"), lineOf(rules, "docplayer.nl"),
                 ContentCheck::MirrorSite},
                {QStringLiteral("pages/zonder-voorbehoud.md"), body, ContentCheck::Hedge},
            });
    }

    void mirrorDomainsComeFromOneList()
    {
        QVERIFY(Kb::ContentRules::mirrorDomains().contains(QStringLiteral("5dok.net")));
        QCOMPARE(Kb::ContentRules::mirrorOf(QStringLiteral("https://fdocuments.nl/x")),
                 QStringLiteral("fdocuments.*"));
        QCOMPARE(Kb::ContentRules::mirrorOf(QStringLiteral("https://www.docplayer.co.uk/x")),
                 QStringLiteral("docplayer.*"));
        QCOMPARE(Kb::ContentRules::mirrorOf(QStringLiteral("https://sagapedia.nl/wiki/x")),
                 QStringLiteral("sagapedia.*"));
        QCOMPARE(Kb::ContentRules::mirrorOf(QStringLiteral("https://wiki2.org/nl/x")),
                 QStringLiteral("wiki2.org"));
        QCOMPARE(Kb::ContentRules::mirrorOf(QStringLiteral("https://www.wikizero.com/nl/x")),
                 QStringLiteral("wikizero.*"));
        QVERIFY(Kb::ContentRules::mirrorOf(QStringLiteral("https://nl.wikipedia.org/x")).isEmpty());
        QVERIFY(Kb::ContentRules::mirrorOf(QStringLiteral("https://fdocuments.example.org/"))
                    .isEmpty());
        QVERIFY(Kb::ContentRules::isBareHomePage(QStringLiteral("http://www.flexwonen.nl")));
        QVERIFY(!Kb::ContentRules::isBareHomePage(QStringLiteral("https://flexwonen.nl/?p=12")));
    }

    void reviewFlagsWhatIsNew()
    {
        const QString base = folder(cleanFiles());
        QMap<QString, QByteArray> files = cleanFiles();
        QByteArray region = RegionA;
        region.replace(
            "    }\n  ]\n}\n---",
            "    },\n    {\n      \"label\": \"Nieuw kengetal\",\n      \"value\": 976,\n"
            "      \"unit\": \"plaatsen\",\n      \"year\": 2018,\n      \"definition\": \"x\",\n"
            "      \"source\": {\n        \"title\": \"Ongedateerd\",\n        \"url\": "
            "\"https://a.nl/n\"\n      }\n    }\n  ]\n}\n---");
        region += "\nIn 2013 kwamen er 976 plaatsen bij.\n"
                  "\nHet aandeel steeg tot 12 procent, volgens het CBS.\n"
                  "\nDe wethouder zei: „Wij bouwen hier echt voor iedereen.”\n"
                  "\n> Een citaat van iemand anders hier.\n"
                  "\nDe huur is € 95 per week.\n"
                  "\nOp 29 maart 2012 begon het, in 2012 werd het bekend.\n"
                  "\nZie https://www.wikiwand.com/nl/Arbeidsmigratie voor meer.\n"
                  "\nHij zei \"dit is kort\" en ging.\n";
        files.insert(QStringLiteral("regions/regio-a.md"), region);
        const QByteArray added =
            page("nieuw", {}, source("B", "https://a.nl/", "\"accessed\": \"2026-11-01\""),
                 "Er wonen 40.000 arbeidsmigranten in de regio.\n");
        files.insert(QStringLiteral("pages/nieuw.md"), added);
        const QString current = folder(files);

        QList<Kb::ContentProblem> reviewOnly;
        for (const Kb::ContentProblem &p : check(current, base)) {
            if (Kb::isReview(p.check))
                reviewOnly.append(p);
        }
        compareProblems(reviewOnly, {
                                        {QStringLiteral("pages/nieuw.md"),
                                         lineOf(added, "Er wonen"), ContentCheck::NewNumber},
                                        {QStringLiteral("regions/regio-a.md"),
                                         lineOf(region, "\"label\": \"Nieuw kengetal\"") - 1,
                                         ContentCheck::NewFigureSource},
                                        {QStringLiteral("regions/regio-a.md"),
                                         lineOf(region, "In 2013"), ContentCheck::NewNumber},
                                        {QStringLiteral("regions/regio-a.md"),
                                         lineOf(region, "De wethouder"), ContentCheck::NewQuote},
                                        {QStringLiteral("regions/regio-a.md"),
                                         lineOf(region, "> Een citaat"), ContentCheck::NewQuote},
                                        {QStringLiteral("regions/regio-a.md"),
                                         lineOf(region, "De huur"), ContentCheck::NewNumber},
                                        {QStringLiteral("regions/regio-a.md"),
                                         lineOf(region, "Zie https://www.wikiwand"),
                                         ContentCheck::NewMirrorUrl},
                                    });

        // An unchanged tree has nothing new.
        for (const Kb::ContentProblem &p : check(base, base))
            QVERIFY2(!Kb::isReview(p.check), qPrintable(describe({p})));
        for (const Kb::ContentProblem &p : check(current, current))
            QVERIFY2(!Kb::isReview(p.check), qPrintable(describe({p})));
    }

    void theCommandListsEveryProblem()
    {
        const QString clean = folder(cleanFiles());
        Run r = flexwonen({QStringLiteral("check-content"), clean});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("Geen problemen gevonden in 3 bestanden.\n"));

        // One problem in one file is said in the singular.
        QMap<QString, QByteArray> one = cleanFiles();
        one.insert(QStringLiteral("pages/Fout_id.md"),
                   page("Fout_id", "", source("B", "https://a.nl/", "\"accessed\": \"2026-11-01\""),
                        "Tekst.\n"));
        r = flexwonen({QStringLiteral("check-content"), folder(one)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.endsWith("\n1 probleem in 1 van de 4 bestanden.\n"), r.out.constData());

        QList<Expected> expected;
        const QString broken = brokenFolder(expected);
        r = flexwonen({QStringLiteral("check-content"), broken});
        QCOMPARE(r.exitCode, 1);
        QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QVERIFY2(lines.takeLast().startsWith(QByteArray::number(expected.size()) + " problemen"),
                 r.out.constData());
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray prefix = QStringLiteral("%1:%2: ")
                                          .arg(expected.at(i).file)
                                          .arg(expected.at(i).line)
                                          .toUtf8();
            QVERIFY2(lines.at(i).startsWith(prefix), lines.at(i).constData());
        }

        r = flexwonen({QStringLiteral("check-content"), broken, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("files")).toInt(), 10);
        const QJsonArray problems = json.value(QLatin1String("problems")).toArray();
        QCOMPARE(problems.size(), expected.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            const QJsonObject p = problems.at(i).toObject();
            QCOMPARE(p.value(QLatin1String("file")).toString(), expected.at(i).file);
            QCOMPARE(p.value(QLatin1String("line")).toInt(), expected.at(i).line);
            QCOMPARE(p.value(QLatin1String("check")).toString(),
                     Kb::checkName(expected.at(i).check));
        }

        // The review through the command line.
        QMap<QString, QByteArray> files = cleanFiles();
        files[QStringLiteral("pages/pagina-a.md")] += "\nEr kwamen 976 plaatsen bij.\n";
        r = flexwonen({QStringLiteral("check-content"), folder(files),
                       QStringLiteral("--review-against"), clean});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("pages/pagina-a.md:" +
                                  QByteArray::number(lineOf(PageA, "Een pagina over") + 2) +
                                  ": nieuwe alinea met een getal"),
                 r.out.constData());
        r = flexwonen(
            {QStringLiteral("check-content"), clean, QStringLiteral("--review-against"), clean});
        QCOMPARE(r.exitCode, 0);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no folder") << QStringList{QStringLiteral("check-content")};
        QTest::newRow("two folders") << QStringList{QStringLiteral("check-content"),
                                                    QStringLiteral("/tmp"), QStringLiteral("/tmp")};
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("check-content"), QStringLiteral("/bestaat/niet")};
        QTest::newRow("missing base")
            << QStringList{QStringLiteral("check-content"), QStringLiteral("/tmp"),
                           QStringLiteral("--review-against"), QStringLiteral("/bestaat/niet")};
        QTest::newRow("base without value")
            << QStringList{QStringLiteral("check-content"), QStringLiteral("/tmp"),
                           QStringLiteral("--review-against")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("check-content"), QStringLiteral("/tmp"), QStringLiteral("--snel")};
        QTest::newRow("option of another verb")
            << QStringList{QStringLiteral("check-content"), QStringLiteral("/tmp"),
                           QStringLiteral("--limit"), QStringLiteral("3")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run r = flexwonen(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("flexwonen: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpIsComplete()
    {
        const Run r = flexwonen({QStringLiteral("check-content"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *part :
             {"check-content MAP", "--review-against", "--json", "accessed", "spiegelsite",
              "volgens de aankondiging", "Afsluitcode", "docs/redactie.md"})
            QVERIFY2(r.out.contains(part), part);
        QVERIFY(flexwonen({QStringLiteral("--help")}).out.contains("\n  check-content "));
    }

    void hostileNamesAndContentStayText()
    {
        const QByteArray esc = "\x1b]52;c;cHduZWQ=\x07\x1b[2J";
        QMap<QString, QByteArray> files = cleanFiles();
        files.insert(
            QStringLiteral("pages/vijand") + QString::fromUtf8(esc) + QStringLiteral(".md"),
            page("vijand", "  \"links\": [\n    \"x\\u001b[2J\\u0007\\u202e\"\n  ],\n",
                 source("B", "https://a.nl/", "\"accessed\": \"2026-11-01\""), "Tekst.\n"));
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("check-content"), folder(files)};
            if (json)
                args.append(QStringLiteral("--json"));
            const Run r = flexwonen(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(Test::terminalProblem(r.out).isEmpty(),
                     qPrintable(Test::terminalProblem(r.out)));
            QVERIFY2(r.out.contains(json ? "\\u001b" : "\\x1b"), r.out.constData());
        }
    }
    // .ci/content-review in a repository of its own: the base from CONTENT_REVIEW_BASE, else the
    // merge-base with origin/main, else HEAD~1.
    void theCiScriptReviewsAgainstTheBase()
    {
        const QString repo = folder({});
        QMap<QString, QByteArray> files = cleanFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QDir().mkpath(QFileInfo(repo + QStringLiteral("/data/content/") + it.key()).path());
            Test::writeFile(repo + QStringLiteral("/data/content/") + it.key(), it.value());
        }
        QDir().mkpath(repo + QStringLiteral("/.ci"));
        const QString script = repo + QStringLiteral("/.ci/content-review");
        QVERIFY(QFile::copy(qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") +
                                QStringLiteral("/.ci/content-review"),
                            script));
        const QString bin = qEnvironmentVariable("FLEXWONEN_BIN");
        const auto review = [&](const QMap<QString, QString> &env = {}) {
            return runIn(repo, script, {bin}, env);
        };
        git(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                   QStringLiteral("main")});
        git(repo, {QStringLiteral("add"), QStringLiteral(".")});
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                   QStringLiteral("eerste")});
        QCOMPARE(review().exitCode, 77); // no base commit yet

        Test::writeFile(repo + QStringLiteral("/LEESMIJ"), "tekst\n");
        git(repo, {QStringLiteral("add"), QStringLiteral(".")});
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                   QStringLiteral("tweede")});
        Run r = review();
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData()); // nothing new in data/content

        const QString page = repo + QStringLiteral("/data/content/pages/pagina-a.md");
        Test::writeFile(page, PageA + "\nEr kwamen 976 plaatsen bij.\n");
        const QByteArray flagged =
            "pages/pagina-a.md:" + QByteArray::number(lineOf(PageA, "Een pagina over") + 2) +
            ": nieuwe alinea met een getal";
        r = review();
        QVERIFY2(r.exitCode == 1 && r.out.contains(flagged), (r.out + r.err).constData());
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
                   QStringLiteral("-m"), QStringLiteral("derde")});
        r = review(); // HEAD~1 is "tweede"
        QVERIFY2(r.exitCode == 1 && r.out.contains(flagged), (r.out + r.err).constData());
        QCOMPARE(review({{QStringLiteral("CONTENT_REVIEW_BASE"), QStringLiteral("HEAD")}}).exitCode,
                 0);
        QCOMPARE(review({{QStringLiteral("CONTENT_REVIEW_BASE"), QStringLiteral("geen-commit")}})
                     .exitCode,
                 2);

        Test::writeFile(repo + QStringLiteral("/LEESMIJ"), "meer tekst\n");
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"),
                   QStringLiteral("-m"), QStringLiteral("vierde")});
        QCOMPARE(review().exitCode, 0); // HEAD~1 is "derde": the paragraph is not new
        git(repo, {QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"),
                   QStringLiteral("HEAD~2")});
        r = review(); // the merge-base with origin/main is "tweede"
        QVERIFY2(r.exitCode == 1 && r.out.contains(flagged), (r.out + r.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestContentCheck)
#include "tst_contentcheck.moc"
