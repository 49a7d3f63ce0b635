// SPDX-License-Identifier: EUPL-1.2
// The profile's stores: seeding, repair of damaged databases, refusals that overwrite nothing.
#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "kb/profilestores.h"
#include "personal/personalstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Flexwonen;

class TestProfileStores : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;

    QString profile(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        Test::buildKb(m_base,
                      {Test::sampleItem(QStringLiteral("west-brabant"), Kb::ItemType::Region,
                                        QStringLiteral("West-Brabant")),
                       Test::sampleItem(QStringLiteral("woonvormen"), Kb::ItemType::Dossier,
                                        QStringLiteral("Woonvormen"))},
                      5);
    }

    void firstStartSeedsFromTheBase()
    {
        const QByteArray baseBefore = Test::readFile(m_base);
        Kb::ProfileStores stores(profile("fresh"), m_base);
        stores.prepare();
        QVERIFY(QFile::exists(stores.contentPath()));
        QVERIFY(stores.contentPath().startsWith(profile("fresh") + QStringLiteral("/content/")));
        QVERIFY(QFile::exists(stores.userPath()));
        QVERIFY(stores.notices().isEmpty());
        Kb::KnowledgeBase kb(stores.contentPath());
        QCOMPARE(kb.meta().seq, 5);
        QCOMPARE(kb.meta().origin, QStringLiteral("bundled"));
        QCOMPARE(kb.countsByType().value(Kb::ItemType::Region), 1);
        QCOMPARE(Test::readFile(m_base), baseBefore); // the base is never written

        // A second start keeps the same database.
        const QString first = stores.contentPath();
        Kb::ProfileStores again(profile("fresh"), m_base);
        again.prepare();
        QCOMPARE(again.contentPath(), first);
    }

    void damagedContentIsMovedAsideAndReseeded_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }

    void damagedContentIsMovedAsideAndReseeded()
    {
        QFETCH(QString, damage);
        const QString dir = m_dir.filePath(QStringLiteral("damaged-") + damage);
        Kb::ProfileStores stores(dir, m_base);
        stores.prepare();
        {
            Personal::PersonalStore user(stores.userPath());
            user.addBookmark(QStringLiteral("west-brabant"), QStringLiteral("West-Brabant"));
            user.setNote(QStringLiteral("west-brabant"), QStringLiteral("West-Brabant"),
                         QStringLiteral("Bespreken in de raad"));
        }
        const QString damaged = stores.contentPath();
        QByteArray bytes = Test::readFile(damaged);
        if (damage == QLatin1String("empty"))
            bytes.clear();
        else if (damage == QLatin1String("random"))
            for (qsizetype i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + 13) & 0xff);
        else
            bytes.truncate(bytes.size() / 3);
        Test::writeFile(damaged, bytes);

        Kb::ProfileStores restarted(dir, m_base);
        restarted.prepare();
        QCOMPARE(restarted.notices().size(), 1);
        QVERIFY(restarted.notices().first().contains(QStringLiteral("beschadigd")));
        QVERIFY(restarted.contentPath() != damaged);
        QStringList aside = QDir(dir + QStringLiteral("/content"))
                                .entryList({QStringLiteral("*.beschadigd-*")}, QDir::Files);
        // Its -wal/-shm companions move along with it.
        aside.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Test::readFile(dir + QStringLiteral("/content/") + aside.first()), bytes);
        Kb::KnowledgeBase kb(restarted.contentPath());
        QVERIFY(kb.item(QStringLiteral("west-brabant")));
        Personal::PersonalStore user(restarted.userPath());
        QVERIFY(user.isBookmarked(QStringLiteral("west-brabant")));
        QCOMPARE(user.note(QStringLiteral("west-brabant")), QStringLiteral("Bespreken in de raad"));
    }

    void missingBaseIsExplained()
    {
        Kb::ProfileStores stores(profile("nobase"), m_dir.filePath(QStringLiteral("nope.sqlite")));
        try {
            stores.prepare();
            QFAIL("started without a bundled base");
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::Missing);
            QVERIFY(e.message().contains(QStringLiteral("ingebouwde kennisbank ontbreekt")));
        }
    }

    void existingContentWorksWithoutBase()
    {
        Kb::ProfileStores seeded(profile("later-nobase"), m_base);
        seeded.prepare();
        Kb::ProfileStores stores(profile("later-nobase"), m_dir.filePath(QStringLiteral("nope")));
        stores.prepare();
        QCOMPARE(stores.contentPath(), seeded.contentPath());
    }

    void unwritableProfileIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        Test::writeFile(file, "x");
        Kb::ProfileStores stores(file + QStringLiteral("/profiel"), m_base);
        QVERIFY_THROWS_EXCEPTION(Kb::Error, stores.prepare());
        try {
            stores.prepare();
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::Io);
            QVERIFY(e.message().contains(QStringLiteral("--profile")));
        }
#if defined(Q_OS_UNIX)
        if (geteuid() == 0)
            return; // root writes anywhere; the read-only folder case needs a normal user
#else
        QSKIP("a folder made read-only by permission bits is a POSIX case");
#endif
        const QString readOnly = profile("readonly");
        QVERIFY(QDir().mkpath(readOnly));
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        Kb::ProfileStores denied(readOnly, m_base);
        QVERIFY_THROWS_EXCEPTION(Kb::Error, denied.prepare());
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void newerContentSchemaIsRefusedUntouched()
    {
        Kb::ProfileStores stores(profile("future"), m_base);
        stores.prepare();
        {
            Kb::Connection c(stores.contentPath(), Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            c.exec(QStringLiteral("PRAGMA user_version = 42"));
        }
        const QByteArray before = Test::readFile(stores.contentPath());
        Kb::ProfileStores restarted(profile("future"), m_base);
        try {
            restarted.prepare();
            QFAIL("a newer schema was accepted");
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::TooNew);
            QVERIFY(e.message().contains(QStringLiteral("update the app")));
        }
        QCOMPARE(restarted.contentPath(), stores.contentPath());
        QCOMPARE(Test::readFile(stores.contentPath()), before);
    }

    void newerBaseSchemaIsRefused()
    {
        const QString futureBase = m_dir.filePath(QStringLiteral("future-base.sqlite"));
        QVERIFY(QFile::copy(m_base, futureBase));
        {
            Kb::Connection c(futureBase, Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            c.exec(QStringLiteral("PRAGMA user_version = 42"));
        }
        Kb::ProfileStores stores(profile("future-base"), futureBase);
        QVERIFY_THROWS_EXCEPTION(Kb::Error, stores.prepare());
        QVERIFY(stores.contentPath().isEmpty());
    }

    void newerBaseReseedsOlderContent()
    {
        Kb::ProfileStores stores(profile("upgrade"), m_base);
        stores.prepare();
        const QString newerBase = m_dir.filePath(QStringLiteral("newer-base.sqlite"));
        Test::buildKb(newerBase,
                      {Test::sampleItem(QStringLiteral("nieuw"), Kb::ItemType::News,
                                        QStringLiteral("Nieuw"))},
                      9);
        Kb::ProfileStores upgraded(profile("upgrade"), newerBase);
        upgraded.prepare();
        QCOMPARE(upgraded.notices().size(), 1);
        Kb::KnowledgeBase kb(upgraded.contentPath());
        QCOMPARE(kb.meta().seq, 9);
        // The old database file is gone; only the active one remains.
        QCOMPARE(QDir(profile("upgrade") + QStringLiteral("/content"))
                     .entryList({QStringLiteral("kb-*.sqlite")}, QDir::Files)
                     .size(),
                 1);
        // An older base never replaces newer content.
        Kb::ProfileStores downgraded(profile("upgrade"), m_base);
        downgraded.prepare();
        QCOMPARE(Kb::KnowledgeBase(downgraded.contentPath()).meta().seq, 9);
    }

    void damagedUserDatabaseIsMovedAside()
    {
        Kb::ProfileStores stores(profile("user-damaged"), m_base);
        stores.prepare();
        Test::writeFile(stores.userPath(), QByteArray(4096, '\x01'));
        Kb::ProfileStores restarted(profile("user-damaged"), m_base);
        restarted.prepare();
        QCOMPARE(restarted.notices().size(), 1);
        QVERIFY(restarted.notices().first().contains(QStringLiteral("gebruikersdatabase")));
        Personal::PersonalStore user(restarted.userPath());
        QVERIFY(user.bookmarks().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStores)
#include "tst_profilestores.moc"
