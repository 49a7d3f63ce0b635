// SPDX-License-Identifier: EUPL-1.2
// Typed reads, item models and the Markdown an item is read in.
#include "kb/database.h"
#include "kb/itemfields.h"
#include "kb/itemjson.h"
#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Kb::Item m_region;

    // A copy of the test's knowledge base with sql run on it.
    QString damagedCopy(const char *name, std::initializer_list<const char *> sql)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name) + QStringLiteral(".sqlite"));
        QFile::remove(path);
        if (!QFile::copy(m_path, path))
            qFatal("cannot copy %s", qPrintable(m_path));
        Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
        for (const char *statement : sql)
            c.exec(QString::fromUtf8(statement));
        return path;
    }

private slots:
    void initTestCase()
    {
        m_region = Test::sampleItem(QStringLiteral("west-brabant"), Kb::ItemType::Region,
                                    QStringLiteral("West-Brabant"));
        m_region.municipalities = {{QStringLiteral("Breda"), QStringLiteral("GM0758"), 2012},
                                   {QStringLiteral("Zundert"), QStringLiteral("GM0879"), 2012}};
        m_region.figures = {{QStringLiteral("Arbeidsmigranten in de regio"),
                             17000,
                             21000.0,
                             QStringLiteral("personen"),
                             2012,
                             QStringLiteral("Schatting van de regio"),
                             {QStringLiteral("Conferentie West-Brabant"),
                              QStringLiteral("https://flexwonen.nl/x/"), QDate(2026, 11, 28)},
                             false}};
        m_region.links = {QStringLiteral("pilot-zundert")};
        m_region.referenceYear = 2012;
        m_region.contacts = {{QStringLiteral("Regio West-Brabant"), QStringLiteral("Regio"), {}}};
        Kb::Item dossier = Test::sampleItem(QStringLiteral("woonvormen"), Kb::ItemType::Dossier,
                                            QStringLiteral("Woonvormen"));
        Kb::Item older = Test::sampleItem(QStringLiteral("doc-oud"), Kb::ItemType::Document,
                                          QStringLiteral("Oud document"));
        older.kind = QStringLiteral("onderzoek");
        older.dossier = QStringLiteral("woonvormen");
        older.date = QDate(2013, 6, 1);
        Kb::Item newer = older;
        newer.id = QStringLiteral("doc-nieuw");
        newer.title = QStringLiteral("Nieuw document");
        newer.kind = QStringLiteral("handreiking");
        newer.date = QDate(2023, 7, 1);
        newer.region = QStringLiteral("west-brabant");
        Kb::Item pilot = Test::sampleItem(QStringLiteral("pilot-zundert"), Kb::ItemType::Pilot,
                                          QStringLiteral("Woonconcepten kleine kernen"));
        pilot.municipality = QStringLiteral("Zundert");
        pilot.initiator = QStringLiteral("Thuisvester");
        pilot.links = {QStringLiteral("west-brabant")};
        m_path = m_dir.filePath(QStringLiteral("kb.sqlite"));
        Test::buildKb(m_path, {m_region, dossier, older, newer, pilot});
    }

    void itemReadsBackAsWritten()
    {
        Kb::KnowledgeBase kb(m_path);
        const auto item = kb.item(QStringLiteral("west-brabant"));
        QVERIFY(item);
        QCOMPARE(*item, m_region);
        QVERIFY(!kb.item(QStringLiteral("bestaat-niet")));
    }

    void listsFilterAndCount()
    {
        Kb::KnowledgeBase kb(m_path);
        QCOMPARE(kb.countsByType().value(Kb::ItemType::Document), 2);
        QCOMPARE(kb.countsByType().value(Kb::ItemType::Faq), 0);
        QCOMPARE(kb.list({Kb::ItemType::Document, QStringLiteral("west-brabant"), {}}).size(), 1);
        QCOMPARE(kb.list({{}, {}, QStringLiteral("woonvormen")}).size(), 2);
        const auto refs = kb.referencing(QStringLiteral("west-brabant"));
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().id, QStringLiteral("pilot-zundert"));
        QCOMPARE(refs.first().initiator, QStringLiteral("Thuisvester"));
    }

    void searchRunsOnTheKnowledgeBaseConnection()
    {
        Kb::KnowledgeBase kb(m_path);
        Kb::SearchRequest request;
        request.text = QStringLiteral("woonconcept");
        auto results = kb.search(request);
        QCOMPARE(results.total, 1);
        QCOMPARE(results.hits.first().id, QStringLiteral("pilot-zundert"));
        // Every sample body mentions arbeidsmigranten; the filter narrows to documents.
        request.text = QStringLiteral("arbeidsmigrant");
        request.filters.type = Kb::ItemType::Document;
        QCOMPARE(kb.search(request).total, 2);
        request.text = QStringLiteral("100%_ \" OR 1=1 --");
        QCOMPARE(kb.search(request).total, 0);
    }

    void modelsShowTreesWithSecondaryText()
    {
        Kb::KnowledgeBase kb(m_path);
        Kb::RegionModel regions(&kb);
        QAbstractItemModelTester regionTester(&regions);
        QCOMPARE(regions.rowCount(), 1);
        const QModelIndex region = regions.index(0, 0);
        QCOMPARE(regions.rowCount(region), 2);
        QCOMPARE(region.data(Kb::SecondaryTextRole).toString(), QStringLiteral("2 gemeenten"));
        QCOMPARE(Kb::municipalityCount(1), QStringLiteral("1 gemeente"));
        QCOMPARE(regions.index(1, 0, region).data().toString(), QStringLiteral("Zundert"));
        QVERIFY(regions.index(1, 0, region)
                    .data(Kb::SecondaryTextRole)
                    .toString()
                    .contains(QStringLiteral("GM0879")));

        Kb::DossierModel dossiers(&kb);
        QAbstractItemModelTester dossierTester(&dossiers);
        const QModelIndex theme = dossiers.index(0, 0);
        QCOMPARE(dossiers.rowCount(theme), 2);
        // Newest document first, with its kind and a Dutch date.
        QCOMPARE(dossiers.index(0, 0, theme).data(Kb::ItemIdRole).toString(),
                 QStringLiteral("doc-nieuw"));
        QCOMPARE(dossiers.index(0, 0, theme).data(Kb::SecondaryTextRole).toString(),
                 QStringLiteral("Handreiking · 1 juli 2023"));

        Kb::PilotModel pilots(&kb);
        QCOMPARE(pilots.index(0, 0).data(Kb::SecondaryTextRole).toString(),
                 QStringLiteral("Zundert · Thuisvester"));
    }

    void reopenSignalsAndReloadsModels()
    {
        Kb::KnowledgeBase kb(m_path);
        Kb::PilotModel pilots(&kb);
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        Test::buildKb(other, {});
        kb.reopen(other);
        QCOMPARE(pilots.rowCount(), 0);
    }

    // Issue 10 point 6: a failed switch keeps the old connection; a damaged row is an error.
    void failedReopenKeepsTheOldConnection()
    {
        Kb::KnowledgeBase kb(m_path);
        Kb::PilotModel pilots(&kb);
        QSignalSpy changed(&kb, &Kb::KnowledgeBase::contentChanged);
        const QString garbage = m_dir.filePath(QStringLiteral("geen-kennisbank.sqlite"));
        Test::writeFile(garbage, QByteArray(8192, 'x'));
        QVERIFY_THROWS_EXCEPTION(Kb::Error, kb.reopen(garbage));
        QVERIFY_THROWS_EXCEPTION(Flexwonen::Error, kb.reopen(m_dir.filePath(QStringLiteral("x"))));
        QCOMPARE(kb.path(), m_path);
        QCOMPARE(changed.size(), 0);
        QVERIFY(kb.item(QStringLiteral("pilot-zundert")));
        QCOMPARE(pilots.rowCount(), 1);
    }

    void damagedRowIsAnError()
    {
        Kb::KnowledgeBase kb(damagedCopy(
            "beschadigd", {"UPDATE item SET extra = '{kapot' WHERE id = 'pilot-zundert'"}));
        try {
            kb.item(QStringLiteral("pilot-zundert"));
            QFAIL("no error for a damaged row");
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::Corrupt);
            QVERIFY(e.message().contains(QStringLiteral("pilot-zundert")));
        }
    }

    // The names are data: the ones data/FORMAT.md lists, exactly, and the CLI's plurals.
    void typeNamesAreTheDocumentedOnes()
    {
        const QString format = QString::fromUtf8(Test::readFile(
            qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") + QStringLiteral("/data/FORMAT.md")));
        const QRegularExpressionMatch row =
            QRegularExpression(QStringLiteral("\\| `type` \\| yes \\| one of ([^|]+)\\|"))
                .match(format);
        QVERIFY2(row.hasMatch(), "data/FORMAT.md has no row for 'type'");
        QStringList documented;
        for (const QRegularExpressionMatch &m :
             QRegularExpression(QStringLiteral("`([a-z]+)`")).globalMatch(row.captured(1)))
            documented.append(m.captured(1));
        QStringList names;
        QStringList plurals;
        for (const Kb::ItemType type : Kb::itemTypes()) {
            names.append(Kb::typeName(type));
            plurals.append(Kb::pluralOfType(type));
            QVERIFY(Kb::typeFromName(Kb::typeName(type)) == type);
            QVERIFY(Kb::typeFromPlural(Kb::pluralOfType(type)) == type);
        }
        QCOMPARE(names, documented);
        QCOMPARE(plurals, (QStringList{QStringLiteral("regions"), QStringLiteral("dossiers"),
                                       QStringLiteral("pilots"), QStringLiteral("documents"),
                                       QStringLiteral("events"), QStringLiteral("organisations"),
                                       QStringLiteral("faq"), QStringLiteral("news"),
                                       QStringLiteral("pages")}));
        for (const char *other : {"", "Region", "regions", " region", "region ", "fiets"})
            QVERIFY2(!Kb::typeFromName(QString::fromUtf8(other)), other);
        QVERIFY(!Kb::typeFromPlural(QStringLiteral("region")));
    }

    // Every field has one row, every column is one of the item table, and a value in every field
    // comes back from SQL and from JSON: a field left out of the description would be lost.
    void everyFieldIsDescribedOnce()
    {
        QSet<Kb::Field> fields;
        QSet<QString> names;
        QSet<QString> columns;
        for (const Kb::ItemField &f : Kb::itemFields()) {
            fields.insert(f.field);
            names.insert(QString::fromLatin1(f.name));
            if (f.column)
                columns.insert(QString::fromLatin1(f.column));
            QVERIFY(!std::holds_alternative<std::monostate>(f.item));
            QCOMPARE(Kb::itemField(f.field).name, f.name);
        }
        QCOMPARE(fields.size(), int(Kb::Field::Rev) + 1);
        QCOMPARE(std::size_t(names.size()), Kb::itemFields().size());

        Kb::Connection c(m_path, Kb::Connection::Mode::ReadOnly);
        QSqlQuery q = c.prepare(QStringLiteral("SELECT name FROM pragma_table_info('item')"));
        c.run(q);
        QSet<QString> table;
        while (q.next())
            table.insert(q.value(0).toString());
        QCOMPARE(columns + QSet<QString>{QStringLiteral("extra")}, table);

        Kb::Item item = Test::sampleItem(QStringLiteral("alles"), Kb::ItemType::Event,
                                         QStringLiteral("Alles ingevuld"));
        item.region = QStringLiteral("west-brabant");
        item.dossier = QStringLiteral("woonvormen");
        item.kind = QStringLiteral("onderzoek");
        item.place = QStringLiteral("Breda");
        item.municipality = QStringLiteral("Zundert");
        item.initiator = QStringLiteral("Thuisvester");
        item.website = QStringLiteral("https://example.org/");
        item.confidence = QStringLiteral("medium");
        item.uncertainty = QStringLiteral("Niet alles is zeker.");
        item.date = QDate(2013, 11, 22);
        item.endDate = QDate(2013, 11, 23);
        item.validFrom = QDate(2014, 1, 1);
        item.order = 7;
        item.referenceYear = 2012;
        item.rev = 3;
        for (const Kb::ItemField &f : Kb::itemFields())
            QVERIFY2(Kb::isSet(item, f), f.name); // the test covers every field

        QCOMPARE(Kb::itemFromJson(Kb::itemToJson(item)), item);
        const QString path = m_dir.filePath(QStringLiteral("velden.sqlite"));
        Test::buildKb(path, {item});
        Kb::KnowledgeBase kb(path);
        const std::optional<Kb::Item> read = kb.item(item.id);
        QVERIFY(read);
        QCOMPARE(*read, item);
        const QList<Kb::ItemSummary> listed = kb.list({});
        QCOMPARE(listed.size(), 1);
        const Kb::ItemSummary &s = listed.first();
        QCOMPARE((QStringList{s.id, s.title, s.summary, s.region, s.dossier, s.kind, s.place,
                              s.municipality, s.initiator}),
                 (QStringList{item.id, item.title, item.summary, item.region, item.dossier,
                              item.kind, item.place, item.municipality, item.initiator}));
        QVERIFY(s.type == item.type);
        QCOMPARE(s.date, item.date);
        QCOMPARE(s.order, item.order);
    }

    // The facts line, field by field, in the order the reader has always shown it.
    void factsLineReadsEveryFactField()
    {
        Kb::Item item = Test::sampleItem(QStringLiteral("alles"), Kb::ItemType::Event,
                                         QStringLiteral("Alles ingevuld"));
        item.kind = QStringLiteral("onderzoek");
        item.date = QDate(2013, 11, 22);
        item.endDate = QDate(2013, 11, 23);
        item.place = QStringLiteral("Breda *centrum*");
        item.referenceYear = 2012;
        item.municipality = QStringLiteral("Zundert");
        item.initiator = QStringLiteral("Thuisvester");
        item.region = QStringLiteral("west-brabant");
        item.dossier = QStringLiteral("woonvormen");
        item.validFrom = QDate(2014, 1, 1);
        const Kb::ItemMarkdown composer([](const QString &id) { return id.toUpper(); });
        QVERIFY(composer.compose(item).contains(QStringLiteral(
            "\n*Agenda · Onderzoek · 22 november 2013 – 23 november 2013 · voorbij · "
            "Breda \\*centrum\\* · peiljaar 2012 · gemeente Zundert · initiatief: "
            "Thuisvester · regio [WEST-BRABANT](kb:west-brabant) · dossier "
            "[WOONVORMEN](kb:woonvormen) · geldig per 1 januari 2014*\n")));
        item.type = Kb::ItemType::Page;
        item.date = {};
        item.endDate = {};
        QVERIFY(composer.compose(item).contains(
            QStringLiteral("\n*Pagina · Onderzoek · Breda \\*centrum\\* · peiljaar 2012 · ")));
    }

    // A type this app does not know, in a file someone else wrote (--kb): a damaged row, as a
    // damaged extra column is, wherever the row is read.
    void unknownStoredTypeIsAnError()
    {
        Kb::KnowledgeBase kb(
            damagedCopy("onbekend-type",
                        {"UPDATE item SET type = 'fiets' WHERE id = 'pilot-zundert'",
                         "UPDATE search_doc SET type = 'fiets' WHERE item_id = 'pilot-zundert'"}));
        const QList<std::pair<const char *, std::function<void()>>> reads = {
            {"item", [&kb] { kb.item(QStringLiteral("pilot-zundert")); }},
            {"list", [&kb] { kb.list({}); }},
            {"referencing", [&kb] { kb.referencing(QStringLiteral("west-brabant")); }},
            {"countsByType", [&kb] { kb.countsByType(); }},
            {"search",
             [&kb] {
                 Kb::SearchRequest request;
                 request.text = QStringLiteral("woonconcept");
                 kb.search(request);
             }},
        };
        for (const auto &[what, read] : reads) {
            try {
                read();
                QFAIL(qPrintable(QStringLiteral("%1: no error").arg(QLatin1String(what))));
            } catch (const Kb::Error &e) {
                QCOMPARE(e.kind(), Kb::Error::Kind::Corrupt);
                QVERIFY2(e.message().contains(QStringLiteral("onbekend type 'fiets'")) &&
                             e.message().contains(QStringLiteral("pilot-zundert")),
                         qPrintable(e.message()));
            }
        }
        // The rows of known types still read.
        QVERIFY(kb.item(QStringLiteral("west-brabant")));
        QCOMPARE(kb.list({Kb::ItemType::Document, {}, {}}).size(), 2);
    }

    void markdownShowsFactsFiguresAndSources()
    {
        Kb::KnowledgeBase kb(m_path);
        Kb::ItemMarkdown composer([&kb](const QString &id) {
            const auto item = kb.item(id);
            return item ? item->title : QString();
        });
        const QString md = composer.compose(m_region);
        QVERIFY(md.startsWith(QStringLiteral("# West-Brabant\n")));
        QVERIFY(md.contains(QStringLiteral("- **Arbeidsmigranten in de regio:** 17.000–21.000 "
                                           "personen (2012). Schatting van de regio Bron: "
                                           "[Conferentie West-Brabant](https://flexwonen.nl/x/)")));
        QVERIFY(md.contains(QStringLiteral("## Gemeenten (2, peiljaar 2012)")));
        QVERIFY(md.contains(QStringLiteral("[Woonconcepten kleine kernen](kb:pilot-zundert)")));
        QVERIFY(md.contains(QStringLiteral("- [Bron](https://flexwonen.nl/)")));
        QVERIFY(md.contains(QStringLiteral("*Regio · peiljaar 2012*")));

        Kb::Item event =
            Test::sampleItem(QStringLiteral("e"), Kb::ItemType::Event, QStringLiteral("E"));
        event.date = QDate(2026, 6, 1);
        QVERIFY(Kb::ItemMarkdown::isPast(event, QDate(2026, 6, 2)));
        QVERIFY(!Kb::ItemMarkdown::isPast(event, QDate(2026, 6, 1)));
        event.endDate = QDate(2026, 6, 3);
        QVERIFY(!Kb::ItemMarkdown::isPast(event, QDate(2026, 6, 2)));
        QVERIFY(composer.compose(event).contains(QStringLiteral("voorbij")) ==
                Kb::ItemMarkdown::isPast(event));
        QCOMPARE(Kb::ItemMarkdown::escape(QStringLiteral("a*b_[c]")),
                 QStringLiteral("a\\*b\\_\\[c\\]"));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
