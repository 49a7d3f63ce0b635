// SPDX-License-Identifier: GPL-3.0-or-later
// Typed reads, item models and the Markdown an item is read in.
#include "kb/database.h"
#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Kb::Item m_region;

private slots:
    void initTestCase()
    {
        m_region = Test::sampleItem(QStringLiteral("west-brabant"), QStringLiteral("region"),
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
                              QStringLiteral("https://flexwonen.nl/x/")},
                             false}};
        m_region.links = {QStringLiteral("pilot-zundert")};
        m_region.referenceYear = 2012;
        m_region.contacts = {{QStringLiteral("Regio West-Brabant"), QStringLiteral("Regio"), {}}};
        Kb::Item dossier = Test::sampleItem(QStringLiteral("woonvormen"), QStringLiteral("dossier"),
                                            QStringLiteral("Woonvormen"));
        Kb::Item older = Test::sampleItem(QStringLiteral("doc-oud"), QStringLiteral("document"),
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
        Kb::Item pilot = Test::sampleItem(QStringLiteral("pilot-zundert"), QStringLiteral("pilot"),
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
        QCOMPARE(kb.countsByType().value(QStringLiteral("document")), 2);
        QCOMPARE(kb.countsByType().value(QStringLiteral("faq")), 0);
        QCOMPARE(kb.list({QStringLiteral("document"), QStringLiteral("west-brabant"), {}}).size(),
                 1);
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
        request.filters.type = QStringLiteral("document");
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
        const QString path = m_dir.filePath(QStringLiteral("beschadigd.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_path, path));
        {
            Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("UPDATE item SET extra = '{kapot' WHERE id = 'pilot-zundert'"));
        }
        Kb::KnowledgeBase kb(path);
        try {
            kb.item(QStringLiteral("pilot-zundert"));
            QFAIL("no error for a damaged row");
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::Corrupt);
            QVERIFY(e.message().contains(QStringLiteral("pilot-zundert")));
        }
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
            Test::sampleItem(QStringLiteral("e"), QStringLiteral("event"), QStringLiteral("E"));
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
