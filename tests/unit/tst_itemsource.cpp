// SPDX-License-Identifier: GPL-3.0-or-later
// The content source format: parsing, validation and cross-item checks.
#include "kb/contentsource.h"
#include "kb/itemjson.h"
#include "kb/kberror.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>

using namespace Flexwonen;

class TestItemSource : public QObject
{
    Q_OBJECT
private slots:
    void parsesFrontMatterAndBody()
    {
        const QByteArray text = "---\n{\n  \"id\": \"pilot-x\",\n  \"type\": \"pilot\",\n"
                                "  \"title\": \"Pilot X\",\n  \"summary\": \"Kort.\",\n"
                                "  \"municipality\": \"Zundert\",\n"
                                "  \"sources\": [{\"title\": \"B\", \"url\": \"https://a.nl/\"}]\n"
                                "}\n---\n\nDe tekst met **nadruk**.\n";
        const Kb::Item item = Kb::ContentSource::parse(text, QStringLiteral("pilot-x"));
        QCOMPARE(item.id, QStringLiteral("pilot-x"));
        QCOMPARE(item.type, Kb::ItemType::Pilot);
        QCOMPARE(item.municipality, QStringLiteral("Zundert"));
        QCOMPARE(item.body, QStringLiteral("De tekst met **nadruk**."));
        QCOMPARE(item.sources.size(), 1);
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
                         {QStringLiteral("S"), QStringLiteral("https://s.nl/")},
                         true}};
        item.contacts = {{QStringLiteral("Regio West-Brabant"), QStringLiteral("regio"),
                          QStringLiteral("https://rwb.nl/")}};
        item.referenceYear = 2012;
        QCOMPARE(Kb::itemFromJson(Kb::itemToJson(item)), item);
    }
};

QTEST_GUILESS_MAIN(TestItemSource)
#include "tst_itemsource.moc"
