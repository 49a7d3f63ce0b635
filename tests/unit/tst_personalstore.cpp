// SPDX-License-Identifier: EUPL-1.2
// The personal layer's store (issue 16.6, 16.7): everything survives a restart, a failed write
// is kept and written again, an export read back is equal, an import merges, and a hostile
// file is refused with a Dutch line.
#include "kb/database.h"
#include "kb/kberror.h"
#include "personal/personaljson.h"
#include "personal/personalstore.h"
#include "personal/searchalerts.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Personal::PersonalStore;
using Revisions = QHash<QString, int>; // item id -> revision

namespace {

// Fills a store with one of everything, with texts that must survive byte for byte.
void fill(PersonalStore &s, const QString &suffix = {})
{
    s.addFolder(QStringLiteral("Raad") + suffix);
    s.addBookmark(QStringLiteral("west-brabant"), QStringLiteral("West-Brabant"),
                  QStringLiteral("Raad") + suffix);
    s.addBookmark(QStringLiteral("limburg") + suffix, QStringLiteral("Limburg ‘é’"));
    s.setNote(QStringLiteral("west-brabant"), QStringLiteral("West-Brabant"),
              QStringLiteral("# Vraag\n\n*Bespreken* in de raad, €, \"quote\"") + suffix);
    for (int i = 0; i < 30; ++i)
        s.recordVisit(QStringLiteral("item-%1").arg(i % 7), QStringLiteral("Titel %1").arg(i));
    Kb::SearchFilters filters;
    filters.type = Kb::ItemType::Pilot;
    filters.year = 2012;
    s.saveSearch(QStringLiteral("Pilots") + suffix, QStringLiteral("huisvesting werkgevers"),
                 filters, {{QStringLiteral("pilot-a"), 2}});
    s.addToBasket(QStringLiteral("limburg") + suffix, QStringLiteral("Limburg ‘é’"));
    s.addToBasket(QStringLiteral("west-brabant"), QStringLiteral("West-Brabant"));
    s.moveInBasket(1, 0);
    s.setBasketNote(QStringLiteral("Voor de raad van maart"));
    s.setSession(
        {{{QString(), QString(), 0}, {QStringLiteral("limburg"), QStringLiteral("Venlo"), 420}},
         1});
}

} // namespace

class TestPersonalStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void everythingSurvivesARestart()
    {
        Personal::PersonalData before;
        Personal::Session session;
        {
            PersonalStore s(path("restart.sqlite"));
            fill(s);
            before = s.snapshot();
            session = s.session();
        } // the destructor writes what is left
        PersonalStore again(path("restart.sqlite"));
        const Personal::PersonalData after = again.snapshot();
        QCOMPARE(after.bookmarks, before.bookmarks);
        QCOMPARE(after.folders, before.folders);
        QCOMPARE(after.notes, before.notes);
        QCOMPARE(after.history, before.history);
        QCOMPARE(after.savedSearches, before.savedSearches);
        QCOMPARE(after.basket, before.basket);
        QCOMPARE(after, before);
        QCOMPARE(again.session(), session);
        QCOMPARE(again.session().tabs.size(), 2);
        QCOMPARE(again.basket().first().itemId, QStringLiteral("west-brabant"));
        QCOMPARE(again.history().size(), 30);
        QCOMPARE(again.bookmark(QStringLiteral("west-brabant"))->folder, QStringLiteral("Raad"));
        QCOMPARE(again.savedSearches().first().filters.type, Kb::ItemType::Pilot);
    }

    void writesLeaveTheCallerAtOnceAndLandLater()
    {
        PersonalStore s(path("later.sqlite"));
        QSignalSpy history(&s, &PersonalStore::historyChanged);
        for (int i = 0; i < 1000; ++i)
            s.recordVisit(QStringLiteral("item-%1").arg(i % 50), QStringLiteral("T"));
        QCOMPARE(history.size(), 1000);
        QCOMPARE(s.history(2000).size(), 1000); // in memory at once
        s.flush();
        Kb::Connection c(path("later.sqlite"), Kb::Connection::Mode::ReadOnly);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM history")).toInt(), 1000);
    }

    void removedItemsKeepTheirLastTitle()
    {
        {
            PersonalStore s(path("titles.sqlite"));
            s.addBookmark(QStringLiteral("oud-item"), QStringLiteral("Oude titel"));
            s.refreshTitles({{QStringLiteral("oud-item"), QStringLiteral("Nieuwe titel")}});
            QCOMPARE(s.bookmarks().first().title, QStringLiteral("Nieuwe titel"));
            // An update that removed the item: no title for it; the last one stays.
            s.refreshTitles({});
        }
        PersonalStore again(path("titles.sqlite"));
        QCOMPARE(again.lastTitle(QStringLiteral("oud-item")), QStringLiteral("Nieuwe titel"));
    }

    void aFailedWriteIsKeptAndWrittenAgain()
    {
        const QString file = path("fail.sqlite");
        PersonalStore s(file);
        s.flush();
        // Make the database refuse writes: a trigger that aborts every insert into bookmark.
        {
            Kb::Connection c(file, Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON bookmark BEGIN "
                                  "SELECT RAISE(ABORT, 'schijf vol'); END"));
        }
        QSignalSpy failed(&s, &PersonalStore::writeFailed);
        s.addBookmark(QStringLiteral("west-brabant"), QStringLiteral("West-Brabant"));
        s.flush();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("schijf vol")));
        QVERIFY(s.isBookmarked(QStringLiteral("west-brabant"))); // kept in memory
        {
            Kb::Connection c(file, Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("DROP TRIGGER refuse"));
        }
        s.flush(); // the failed part is written again
        Kb::Connection c(file, Kb::Connection::Mode::ReadOnly);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM bookmark")).toInt(), 1);
    }

    void exportReadsBackEqual()
    {
        PersonalStore s(path("export.sqlite"));
        fill(s);
        const QString file = path("export.json");
        Personal::writePersonalFile(file, s.snapshot());
        const Personal::PersonalData read = Personal::readPersonalFile(file);
        Personal::PersonalData mine = s.snapshot();
        for (Personal::SavedSearch &search : mine.savedSearches)
            search.id = 0; // ids are the store's own; a file does not carry them
        QCOMPARE(read.bookmarks, mine.bookmarks);
        QCOMPARE(read.folders, mine.folders);
        QCOMPARE(read.notes, mine.notes);
        QCOMPARE(read.history, mine.history);
        QCOMPARE(read.savedSearches, mine.savedSearches);
        QCOMPARE(read.basket, mine.basket);
        QCOMPARE(read, mine);
    }

    void importMergesWithoutLosingAnything()
    {
        PersonalStore mine(path("mine.sqlite"));
        fill(mine);
        PersonalStore other(path("other.sqlite"));
        fill(other, QStringLiteral("-2"));
        const Personal::PersonalData before = mine.snapshot();
        const Personal::PersonalData theirs = other.snapshot();

        const Personal::MergeCounts counts = mine.merge(theirs);
        const Personal::PersonalData after = mine.snapshot();
        // Every bookmark, note, visit, saved search and basket item of both is there.
        for (const auto &b : before.bookmarks + theirs.bookmarks)
            QVERIFY2(mine.isBookmarked(b.itemId), qPrintable(b.itemId));
        QCOMPARE(after.bookmarks.size(), 3);
        QCOMPARE(counts.bookmarks, 1);
        // The same item's note: the newer one (theirs, written later) wins.
        QCOMPARE(mine.note(QStringLiteral("west-brabant")), theirs.notes.first().text);
        // Visits are joined: each (item, time) of either once.
        QSet<QPair<QString, QDateTime>> mineSeen;
        for (const auto &v : before.history)
            mineSeen.insert({v.itemId, v.visited});
        QSet<QPair<QString, QDateTime>> added;
        for (const auto &v : theirs.history) {
            if (!mineSeen.contains({v.itemId, v.visited}))
                added.insert({v.itemId, v.visited});
        }
        QCOMPARE(after.history.size(), before.history.size() + added.size());
        QVERIFY(counts.visits > 0);
        QCOMPARE(after.savedSearches.size(), 1); // same query and filters: one
        QCOMPARE(after.basket.size(), 3);
        QVERIFY(after.folders.contains(QStringLiteral("Raad-2")));
        // Merging the same again adds nothing.
        const Personal::MergeCounts again = mine.merge(theirs);
        QCOMPARE(again, Personal::MergeCounts{});
        QCOMPARE(mine.snapshot(), after);
        // And it is on disk.
        mine.flush();
        PersonalStore reread(path("mine.sqlite"));
        QCOMPARE(reread.snapshot().bookmarks.size(), 3);
        QCOMPARE(reread.history(10000).size(), after.history.size());
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray head = "{\"format\":\"flexwonen-persoonlijke-gegevens\",\"version\":1,";
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("other format") << QByteArray("{\"format\":\"x\",\"version\":1}");
        QTest::newRow("newer version")
            << QByteArray("{\"format\":\"flexwonen-persoonlijke-gegevens\",\"version\":2}");
        QTest::newRow("path as id") << head + "\"bookmarks\":[{\"item\":\"../../etc/"
                                              "passwd\",\"created\":\"2026-01-01T00:00:00Z\"}]}";
        QTest::newRow("bad time")
            << head + "\"notes\":[{\"item\":\"a\",\"text\":\"x\",\"updated\":\"gisteren\"}]}";
        QTest::newRow("number as text")
            << head +
                   "\"notes\":[{\"item\":\"a\",\"text\":5,\"updated\":\"2026-01-01T00:00:00Z\"}]}";
        QTest::newRow("list is object") << head + "\"history\":{}}";
        QTest::newRow("huge title") << head +
                                           "\"basket\":{\"items\":[{\"item\":\"a\",\"title\":\"" +
                                           QByteArray(5000, 'x') + "\"}]}}";
    }

    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        try {
            Personal::personalDataFromJson(json);
            QFAIL("accepted");
        } catch (const Kb::Error &e) {
            QVERIFY2(e.message().startsWith(
                         QStringLiteral("Geen geldig bestand met persoonlijke gegevens")),
                     qPrintable(e.message()));
        }
    }

    void controlCharactersAreDropped()
    {
        const QByteArray json = "{\"format\":\"flexwonen-persoonlijke-gegevens\",\"version\":1,"
                                "\"notes\":[{\"item\":\"a\",\"title\":\"T\\u001b[31m\",\"text\":"
                                "\"x\\u0007y\\nz\",\"updated\":\"2026-01-01T00:00:00Z\"}]}";
        const Personal::PersonalData data = Personal::personalDataFromJson(json);
        QCOMPARE(data.notes.first().title, QStringLiteral("T[31m"));
        QCOMPARE(data.notes.first().text, QStringLiteral("xy\nz"));
    }
    // Issue 16.3: the count beside a saved search after an update.
    void countsNewOrChangedResults_data()
    {
        QTest::addColumn<Revisions>("seen");
        QTest::addColumn<Revisions>("current");
        QTest::addColumn<int>("expected");
        const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
        QTest::newRow("nothing seen, nothing found") << Revisions{} << Revisions{} << 0;
        QTest::newRow("all new") << Revisions{} << Revisions{{a, 1}, {b, 3}} << 2;
        QTest::newRow("unchanged") << Revisions{{a, 1}, {b, 3}} << Revisions{{a, 1}, {b, 3}} << 0;
        QTest::newRow("one changed") << Revisions{{a, 1}, {b, 3}} << Revisions{{a, 2}, {b, 3}} << 1;
        QTest::newRow("new and changed") << Revisions{{a, 1}} << Revisions{{a, 4}, {c, 1}} << 2;
        QTest::newRow("gone and older are no news")
            << Revisions{{a, 5}, {b, 1}} << Revisions{{a, 4}} << 0;
    }
    void countsNewOrChangedResults()
    {
        QFETCH(Revisions, seen);
        QFETCH(Revisions, current);
        QFETCH(int, expected);
        QCOMPARE(Personal::countNewOrChanged(seen, current), expected);
    }
};

QTEST_GUILESS_MAIN(TestPersonalStore)
#include "tst_personalstore.moc"
