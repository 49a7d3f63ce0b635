// SPDX-License-Identifier: EUPL-1.2
// Schema versions: a new database, migration of an older fixture, refusal of a newer one.
#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "kb/schema.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Kb::Connection;

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    // Issue 10.5: no connection trusts the schema of its file (functions and virtual tables in
    // views and triggers) or lets SQL corrupt it (defensive mode), whatever its mode.
    void connectionsDistrustTheSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kb.sqlite"));
        Test::buildKb(
            path, {Test::sampleItem(QStringLiteral("a"), Kb::ItemType::Page, QStringLiteral("A"))});
        for (const Connection::Mode mode : {Connection::Mode::ReadWrite, Connection::Mode::ReadOnly,
                                            Connection::Mode::Immutable}) {
            Connection c(path, mode);
            QCOMPARE(c.scalar(QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
        }
        // Defensive: the schema table stays closed even with writable_schema, and the schema
        // cookie cannot be set by hand.
        Connection c(path, Connection::Mode::ReadWrite);
        const int cookie = c.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
        c.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY_THROWS_EXCEPTION(Kb::Error,
                                 c.exec(QStringLiteral("UPDATE sqlite_master SET sql = sql")));
        c.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 7));
        QCOMPARE(c.scalar(QStringLiteral("PRAGMA schema_version")).toInt(), cookie);
    }

    void newDatabaseGetsCurrentSchema()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(QStringLiteral("new.sqlite")), Connection::Mode::ReadWrite);
        Kb::Schema::migrate(c, Kb::Schema::Store::Content);
        QCOMPARE(c.userVersion(), Kb::Schema::ContentVersion);
        QCOMPARE(c.applicationId(), Kb::Schema::ContentApplicationId);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM figure")).toInt(), 0);
        // Running it again is a no-op.
        Kb::Schema::migrate(c, Kb::Schema::Store::Content);
        QCOMPARE(c.userVersion(), Kb::Schema::ContentVersion);
    }

    void migratesSchemaOneFixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Connection c(path, Connection::Mode::ReadWrite);
            c.execScript(QString::fromUtf8(
                Test::readFile(QStringLiteral(FLEXWONEN_FIXTURES "/kb-schema1.sql"))));
            QCOMPARE(c.userVersion(), 1);
            Kb::Schema::migrate(c, Kb::Schema::Store::Content);
            QCOMPARE(c.userVersion(), Kb::Schema::ContentVersion);
        }
        Kb::KnowledgeBase kb(path);
        const auto region = kb.item(QStringLiteral("west-brabant"));
        QVERIFY(region);
        QCOMPARE(region->title, QStringLiteral("West-Brabant"));
        QCOMPARE(region->summary, QString()); // new column, default
        QCOMPARE(region->municipalities.size(), 1);
        QCOMPARE(region->links, QStringList{QStringLiteral("startconferentie-moerdijk")});
        QCOMPARE(kb.item(QStringLiteral("startconferentie-moerdijk"))->date, QDate(2012, 9, 28));
        QCOMPARE(kb.meta().seq, 7);
        // Schema 5: sources of a base from before 'accessed' have no date (decision 108).
        QVERIFY(!region->sources.isEmpty());
        for (const Kb::Source &s : region->sources)
            QVERIFY(!s.accessed.isValid());
    }

    // Schema 5 stores the date each source was consulted, for item and figure sources; a
    // profile base at schema 4 migrates in place and then has exactly our schema.
    void schemaFiveKeepsAccessedDates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kb.sqlite"));
        Kb::Item item =
            Test::sampleItem(QStringLiteral("a"), Kb::ItemType::Page, QStringLiteral("A"));
        item.sources.append({QStringLiteral("Tweede"), QStringLiteral("https://b.nl/"), {}});
        item.figures = {{QStringLiteral("Aantal"),
                         3,
                         {},
                         QStringLiteral("personen"),
                         2012,
                         QStringLiteral("Def."),
                         {QStringLiteral("S"), QStringLiteral("https://s.nl/"), QDate(2025, 1, 31)},
                         false}};
        Test::buildKb(path, {item});
        {
            Kb::KnowledgeBase kb(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
            QCOMPARE(kb.item(QStringLiteral("a")).value_or(Kb::Item{}), item);
        }
        {
            Connection c(path, Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("ALTER TABLE item_source DROP COLUMN accessed"));
            c.exec(QStringLiteral("ALTER TABLE figure DROP COLUMN source_accessed"));
            c.exec(QStringLiteral("PRAGMA user_version = 4"));
            Kb::Schema::migrate(c, Kb::Schema::Store::Content);
            QCOMPARE(c.userVersion(), Kb::Schema::ContentVersion);
            Kb::Schema::checkOwnSchema(c);
        }
        Kb::KnowledgeBase kb(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
        const Kb::Item migrated = kb.item(QStringLiteral("a")).value();
        QCOMPARE(migrated.sources.size(), 2);
        QCOMPARE(migrated.sources[0].title, item.sources[0].title);
        QVERIFY(!migrated.sources[0].accessed.isValid());
        QVERIFY(!migrated.figures.value(0).source.accessed.isValid());
    }

    void refusesNewerSchemaWithoutWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        Test::buildKb(
            path, {Test::sampleItem(QStringLiteral("a"), Kb::ItemType::Page, QStringLiteral("A"))});
        {
            Connection c(path, Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            c.exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = Test::readFile(path);
        try {
            Connection c(path, Connection::Mode::ReadOnly);
            Kb::Schema::migrate(c, Kb::Schema::Store::Content);
            QFAIL("a newer schema was accepted");
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::TooNew);
            QVERIFY(e.message().contains(QStringLiteral("Werk de app bij")));
        }
        QCOMPARE(Test::readFile(path), before);
    }

    void refusesForeignAndDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a');
        QTest::newRow("text file") << QByteArray("dit is geen database\n");
    }

    void refusesForeignAndDamagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        Test::writeFile(path, bytes);
        try {
            Connection c(path, Connection::Mode::ReadOnly);
            Kb::Schema::checkReadable(c, Kb::Schema::Store::Content);
            QFAIL("a damaged file was accepted");
        } catch (const Kb::Error &e) {
            QCOMPARE(e.kind(), Kb::Error::Kind::Corrupt);
        }
        QCOMPARE(Test::readFile(path), bytes);
    }

    void quickCheckCatchesATruncatedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kb.sqlite"));
        QList<Kb::Item> items;
        for (int i = 0; i < 200; ++i)
            items.append(Test::sampleItem(QStringLiteral("item-%1").arg(i), Kb::ItemType::Page,
                                          QStringLiteral("Pagina %1").arg(i)));
        Test::buildKb(path, items);
        {
            Connection c(path, Connection::Mode::ReadOnly);
            QCOMPARE(
                Kb::Schema::checkReadable(c, Kb::Schema::Store::Content, Kb::Schema::Depth::Quick),
                Kb::Schema::ContentVersion);
        }
        QByteArray bytes = Test::readFile(path);
        bytes.truncate(bytes.size() / 2);
        Test::writeFile(path, bytes);
        Connection c(path, Connection::Mode::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(Kb::Error, Kb::Schema::checkReadable(c, Kb::Schema::Store::Content,
                                                                      Kb::Schema::Depth::Quick));
    }

    void refusesAnotherAppsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            Connection c(path, Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("CREATE TABLE t (x)"));
        }
        Connection c(path, Connection::Mode::ReadWrite);
        QVERIFY_THROWS_EXCEPTION(Kb::Error, Kb::Schema::migrate(c, Kb::Schema::Store::Content));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
