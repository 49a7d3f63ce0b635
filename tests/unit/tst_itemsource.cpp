// SPDX-License-Identifier: EUPL-1.2
// The content source format: parsing, validation and cross-item checks.
#include "kb/contentsource.h"
#include "kb/itemjson.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

// JSON written with single quotes, for legibility in the test data.
QByteArray quoted(QByteArray json)
{
    return json.replace('\'', '"');
}

} // namespace

class TestItemSource : public QObject
{
    Q_OBJECT
private slots:
    void parsesFrontMatterAndBody()
    {
        const QByteArray text = "---\n{\n  \"id\": \"pilot-x\",\n  \"type\": \"pilot\",\n"
                                "  \"title\": \"Pilot X\",\n  \"summary\": \"Kort.\",\n"
                                "  \"municipality\": \"Zundert\",\n"
                                "  \"sources\": [{\"title\": \"B\", \"url\": \"https://a.nl/\", "
                                "\"accessed\": \"2026-11-28\"}]\n"
                                "}\n---\n\nDe tekst met **nadruk**.\n";
        const Kb::Item item = Kb::ContentSource::parse(text, QStringLiteral("pilot-x"));
        QCOMPARE(item.id, QStringLiteral("pilot-x"));
        QCOMPARE(item.type, Kb::ItemType::Pilot);
        QCOMPARE(item.municipality, QStringLiteral("Zundert"));
        QCOMPARE(item.body, QStringLiteral("De tekst met **nadruk**."));
        QCOMPARE(item.sources.size(), 1);
        QCOMPARE(item.sources[0].accessed, QDate(2026, 11, 28));
        QVERIFY(Kb::validateItem(item).isEmpty());
    }

    void acceptsWindowsLineEnds()
    {
        const QByteArray text =
            "---\r\n{\"id\": \"a\", \"type\": \"page\", \"title\": \"A\"}\r\n---\r\nTekst\r\n";
        QCOMPARE(Kb::ContentSource::parse(text, QStringLiteral("a")).body, QStringLiteral("Tekst"));
    }

    void rejectsMalformedSources_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no front matter")
            << QByteArray("# Titel\n") << QStringLiteral("begint niet");
        QTest::newRow("unterminated") << QByteArray("---\n{}\n") << QStringLiteral("afgesloten");
        QTest::newRow("bad json") << QByteArray("---\n{\"id\": }\n---\nx")
                                  << QStringLiteral("JSON");
        QTest::newRow("id mismatch")
            << QByteArray("---\n{\"id\": \"other\", \"type\": \"page\"}\n---\nx")
            << QStringLiteral("bestandsnaam");
        QTest::newRow("bad id") << QByteArray(
                                       "---\n{\"id\": \"Bad Id\", \"type\": \"page\"}\n---\nx")
                                << QStringLiteral("ongeldig id");
        // Types are names from data/FORMAT.md, exactly; anything else is refused when read.
        QTest::newRow("unknown type")
            << QByteArray("---\n{\"id\": \"a\", \"type\": \"fiets\"}\n---\nx")
            << QStringLiteral("a: onbekend type 'fiets'");
        QTest::newRow("type as plural")
            << QByteArray("---\n{\"id\": \"a\", \"type\": \"regions\"}\n---\nx")
            << QStringLiteral("onbekend type 'regions'");
        QTest::newRow("type in capitals")
            << QByteArray("---\n{\"id\": \"a\", \"type\": \"Region\"}\n---\nx")
            << QStringLiteral("onbekend type 'Region'");
        QTest::newRow("no type") << QByteArray("---\n{\"id\": \"a\"}\n---\nx")
                                 << QStringLiteral("onbekend type ''");
        QTest::newRow("bad date")
            << QByteArray(
                   "---\n{\"id\": \"a\", \"type\": \"event\", \"date\": \"28-03-2012\"}\n---\nx")
            << QStringLiteral("datum");
        QTest::newRow("body in front matter")
            << QByteArray("---\n{\"id\": \"a\", \"type\": \"page\", \"body\": \"x\"}\n---\nx")
            << QStringLiteral("body");
        QTest::newRow("figure without number")
            << QByteArray(
                   "---\n{\"id\": \"a\", \"type\": \"page\", \"figures\": [{\"label\": \"n\", "
                   "\"value\": \"veel\"}]}\n---\nx")
            << QStringLiteral("getal");
    }

    // Issue 17.4: a content file dates every source, item and figure alike (decision 107).
    void rejectsUndatedSources_data()
    {
        QTest::addColumn<QByteArray>("sources");
        QTest::addColumn<QString>("expected");
        const QByteArray tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate).toUtf8();
        const QByteArray item = "'sources': [{'title': 'B', 'url': 'https://a.nl/'";
        const QByteArray dated = item + ", 'accessed': '2026-11-28'}], ";
        const QByteArray figure = "'figures': [{'label': 'Aantal', 'value': 3, 'year': 2012, "
                                  "'definition': 'd', 'source': {'title': 'S', 'url': "
                                  "'https://s.nl/'";
        QTest::newRow("missing") << quoted(item + "}]") << str("a: bron 'B' mist 'accessed'");
        QTest::newRow("empty") << quoted(item + ", 'accessed': ''}]")
                               << str("a: bron 'B' mist 'accessed'");
        QTest::newRow("not a date") << quoted(item + ", 'accessed': '28-11-2026'}]")
                                    << str("veld 'accessed' is geen datum JJJJ-MM-DD: 28-11-2026");
        QTest::newRow("no such day") << quoted(item + ", 'accessed': '2026-02-30'}]")
                                     << str("veld 'accessed' is geen datum");
        QTest::newRow("a number") << quoted(item + ", 'accessed': 20261128}]")
                                  << str("veld 'accessed' moet tekst zijn");
        QTest::newRow("future") << quoted(item + ", 'accessed': '" + tomorrow + "'}]")
                                << str("a: bron 'B' is geraadpleegd op %1, na vandaag")
                                       .arg(QString::fromUtf8(tomorrow));
        QTest::newRow("figure source missing")
            << quoted(dated + figure + "}}]")
            << str("a: de bron van kengetal 'Aantal' mist 'accessed'");
        QTest::newRow("figure source future")
            << quoted(dated + figure + ", 'accessed': '" + tomorrow + "'}}]")
            << str("a: de bron van kengetal 'Aantal' is geraadpleegd op %1")
                   .arg(QString::fromUtf8(tomorrow));
    }

    // Refused by parse, and by readDirectory (what flexwonen-kbcompile and publish read) with the
    // file's path in the message.
    void rejectsUndatedSources()
    {
        QFETCH(QByteArray, sources);
        QFETCH(QString, expected);
        const QByteArray text =
            "---\n{\"id\": \"a\", \"type\": \"page\", \"title\": \"A\", " + sources + "}\n---\nx";
        try {
            Kb::ContentSource::parse(text, QStringLiteral("a"));
            QFAIL("parse accepted an undated source");
        } catch (const Kb::Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QCOMPARE(e.kind(), Kb::Error::Kind::BadInput);
        }
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pages")));
        const QString path = dir.path() + QStringLiteral("/pages/a.md");
        Test::writeFile(path, text);
        try {
            Kb::ContentSource::readDirectory(dir.path());
            QFAIL("readDirectory accepted an undated source");
        } catch (const Kb::Error &e) {
            QVERIFY2(e.message().startsWith(path + QStringLiteral(": ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    // Today's date is accepted (not only past days).
    void acceptsSourcesConsultedToday()
    {
        const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toUtf8();
        const QByteArray text = "---\n{\"id\": \"a\", \"type\": \"page\", \"title\": \"A\", "
                                "\"sources\": [{\"title\": \"B\", \"url\": \"https://a.nl/\", "
                                "\"accessed\": \"" +
                                today + "\"}]}\n---\nx";
        QCOMPARE(Kb::ContentSource::parse(text, QStringLiteral("a")).sources.value(0).accessed,
                 QDate::currentDate());
    }

    // Content file -> kb (the writer flexwonen-kbcompile uses) -> item: every date survives.
    void accessedSurvivesCompileAndRead()
    {
        const QByteArray text = quoted(
            "---\n{'id': 'a', 'type': 'page', 'title': 'A', 'summary': 'Kort.', 'sources': [\n"
            "  {'title': 'Eerste', 'url': 'https://a.nl/', 'accessed': '2012-03-29'},\n"
            "  {'title': 'Tweede', 'url': 'https://b.nl/', 'accessed': '2026-11-28'}],\n"
            " 'figures': [{'label': 'Aantal', 'value': 3, 'unit': 'personen', 'year': 2012, "
            "'definition': 'd',\n"
            "  'source': {'title': 'S', 'url': 'https://s.nl/', 'accessed': '2025-01-31'}}]}\n"
            "---\nDe tekst.\n");
        QTemporaryDir dir;
        Test::writeFile(dir.path() + QStringLiteral("/a.md"), text);
        const QList<Kb::Item> items = Kb::ContentSource::readDirectory(dir.path());
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].sources.value(0).accessed, QDate(2012, 3, 29));
        QCOMPARE(items[0].sources.value(1).accessed, QDate(2026, 11, 28));
        QCOMPARE(items[0].figures.value(0).source.accessed, QDate(2025, 1, 31));
        const QString path = dir.path() + QStringLiteral("/kb.sqlite");
        Test::buildKb(path, items, 1);
        Kb::KnowledgeBase kb(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QCOMPARE(kb.item(QStringLiteral("a")).value_or(Kb::Item{}), items[0]);
        // and the JSON of the feed carries it as an ISO date
        const QJsonObject json = Kb::itemToJson(items[0]);
        QCOMPARE(json.value(QLatin1String("sources"))[1][QLatin1String("accessed")].toString(),
                 QStringLiteral("2026-11-28"));
        QCOMPARE(Kb::itemFromJson(json), items[0]);
    }

    // A feed item of an older publisher has no dates: it reads, validates and round-trips.
    void feedItemWithoutAccessedIsValid()
    {
        Kb::Item item =
            Test::sampleItem(QStringLiteral("a"), Kb::ItemType::Page, QStringLiteral("A"));
        item.sources[0].accessed = {};
        const QJsonObject json = Kb::itemToJson(item);
        QVERIFY(!json.value(QLatin1String("sources"))[0].toObject().contains(
            QLatin1String("accessed")));
        QCOMPARE(Kb::itemFromJson(json), item);
        QVERIFY(Kb::validateItem(item).isEmpty());
    }

    void rejectsMalformedSources()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        try {
            Kb::ContentSource::parse(text, QStringLiteral("a"));
            QFAIL("parse accepted malformed input");
        } catch (const Kb::Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QCOMPARE(e.kind(), Kb::Error::Kind::BadInput);
        }
    }

    void validationNamesMissingParts()
    {
        Kb::Item item = Test::sampleItem(QStringLiteral("doc-a"), Kb::ItemType::Document,
                                         QStringLiteral("Doc A"));
        item.sources.clear();
        item.figures.append(
            {QStringLiteral("Aantal"), 10, {}, QStringLiteral("personen"), 0, {}, {}, false});
        const QString problems = Kb::validateItem(item).join(QLatin1Char('\n'));
        QVERIFY(problems.contains(QStringLiteral("geen bron")));
        QVERIFY(problems.contains(QStringLiteral("documentsoort")));
        QVERIFY(problems.contains(QStringLiteral("document zonder datum")));
        QVERIFY(problems.contains(QStringLiteral("zonder jaar")));
        QVERIFY(problems.contains(QStringLiteral("zonder definitie")));
        QVERIFY(problems.contains(QStringLiteral("zonder bron")));
    }

    void crossCheckFindsBrokenLinksAndDoubleMunicipalities()
    {
        Kb::Item a =
            Test::sampleItem(QStringLiteral("regio-a"), Kb::ItemType::Region, QStringLiteral("A"));
        Kb::Item b =
            Test::sampleItem(QStringLiteral("regio-b"), Kb::ItemType::Region, QStringLiteral("B"));
        a.municipalities = {{QStringLiteral("Zundert"), QStringLiteral("GM0879"), 2012}};
        b.municipalities = {{QStringLiteral("Zundert"), QStringLiteral("GM0879"), 2012}};
        a.links = {QStringLiteral("bestaat-niet")};
        b.dossier = QStringLiteral("regio-a"); // a region is not a dossier
        const QString problems = Kb::ContentSource::crossCheck({a, b}).join(QLatin1Char('\n'));
        QVERIFY(problems.contains(QStringLiteral("'bestaat-niet' bestaat niet")));
        QVERIFY(problems.contains(QStringLiteral("(GM0879/2012) staat in regio-a en in regio-b")));
        QVERIFY(problems.contains(QStringLiteral("is geen dossier")));
    }

    void jsonRoundTripKeepsEverything()
    {
        Kb::Item item =
            Test::sampleItem(QStringLiteral("regio-a"), Kb::ItemType::Region, QStringLiteral("A"));
        item.date = QDate(2012, 3, 28);
        item.validFrom = QDate(2023, 7, 1);
        item.links = {QStringLiteral("b")};
        item.municipalities = {{QStringLiteral("Breda"), QStringLiteral("GM0758"), 2012}};
        item.figures = {{QStringLiteral("Arbeidsmigranten"),
                         17000,
                         21000.0,
                         QStringLiteral("personen"),
                         2012,
                         QStringLiteral("Schatting"),
                         {QStringLiteral("S"), QStringLiteral("https://s.nl/"), QDate(2026, 11, 1)},
                         true}};
        item.contacts = {{QStringLiteral("Regio West-Brabant"), QStringLiteral("regio"),
                          QStringLiteral("https://rwb.nl/")}};
        item.referenceYear = 2012;
        QCOMPARE(Kb::itemFromJson(Kb::itemToJson(item)), item);
    }
};

QTEST_GUILESS_MAIN(TestItemSource)
#include "tst_itemsource.moc"
