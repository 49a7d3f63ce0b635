// SPDX-License-Identifier: EUPL-1.2
// Benchmarks of the feed client (docs/benchmarks.md):
//  1. a 10,000-item batch verified and applied (head signature, sha256, parse, validate, one
//     transaction) — budget 3 s;
//  2. a no-change check against nginx on 127.0.0.1 (conditional GET, 304) — budget 50 ms;
//  3. peak memory while a misbehaving server sends endless or oversized bodies.
// The budgets are asserted when FLEXWONEN_BENCH_STRICT=1 (a Release build); otherwise reported.
#include "feedworld.h"
#include "testservers.h"
#include "testsupport.h"

#include "kb/database.h"
#include "kb/profilestores.h"
#include "sync/syncclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Flexwonen;

namespace {

constexpr int BatchItems = 10000;

using Test::str;

qint64 peakRssKiB()
{
    QFile status(str("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool strict()
{
    return qEnvironmentVariableIntValue("FLEXWONEN_BENCH_STRICT") == 1;
}

} // namespace

class BenchSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Test::FeedWorld> m_world;

    // prepare: seed/check the profile first (the app does that once at start, not per check).
    Sync::SyncResult syncOnce(const QString &profile, const QString &feed, bool prepare = true)
    {
        Kb::ProfileStores stores(profile, m_world->base);
        if (prepare)
            stores.prepare();
        Sync::SyncOptions options;
        options.feed = feed;
        options.trusted = Sync::trustedKeys(m_world->publicKey);
        options.inactivityTimeoutMs = 2000;
        options.deadlineMs = 5000;
        Sync::SyncClient client(stores, options);
        return client.run();
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer t;
        t.start();
        m_world = std::make_unique<Test::FeedWorld>(m_dir.path(), BatchItems);
        QCOMPARE(m_world->publish().exitCode, 0);
        m_world->editItems(1, BatchItems, str("Bijgewerkt"));
        QCOMPARE(m_world->publish().exitCode, 0);
        qInfo("fixture: %d items, two publications in %lld ms", BatchItems, t.elapsed());
    }

    void applyTenThousandItemBatch()
    {
        const QString profile = m_world->profile(str("bench"));
        {
            Kb::ProfileStores stores(profile, m_world->base);
            stores.prepare(); // seeding is not part of the measurement
        }
        const qint64 batchBytes = QFileInfo(Test::FeedWorld::batchPath(m_world->feed, 2)).size();
        QElapsedTimer t;
        t.start();
        const Sync::SyncResult result = syncOnce(profile, m_world->feed, false);
        const qint64 ms = t.elapsed();
        QVERIFY2(result.category == Sync::Category::None, qPrintable(result.message));
        QCOMPARE(result.seqAfter, 2);
        QCOMPARE(result.changes.size(), BatchItems);
        // Floor, same run: the plainest apply of the same file — read it, parse the JSON and
        // store each op's JSON under its id in a bare table, one transaction; no signature,
        // hashes, validation, item rows or search index.
        QElapsedTimer f;
        f.start();
        {
            QFile batch(Test::FeedWorld::batchPath(m_world->feed, 2));
            QVERIFY(batch.open(QIODevice::ReadOnly));
            const QJsonArray ops =
                QJsonDocument::fromJson(batch.readAll()).object().value(str("ops")).toArray();
            Kb::Connection c(m_dir.filePath(str("floor.sqlite")), Kb::Connection::Mode::ReadWrite);
            c.exec(str("CREATE TABLE IF NOT EXISTS doc (id TEXT PRIMARY KEY, json TEXT)"));
            Kb::Transaction transaction(c);
            QSqlQuery insert = c.prepare(str("INSERT OR REPLACE INTO doc VALUES (?, ?)"));
            for (const QJsonValue &op : ops) {
                insert.bindValue(0, op.toObject().value(str("id")).toString());
                insert.bindValue(
                    1,
                    QString::fromUtf8(QJsonDocument(op.toObject()).toJson(QJsonDocument::Compact)));
                c.run(insert);
            }
            transaction.commit();
        }
        const qint64 floorMs = qMax<qint64>(1, f.elapsed());
        qInfo("BENCH apply: %d-item batch (%lld bytes) verified and applied in %lld ms "
              "(budget 3000 ms); floor (parse + bare insert, same run) %lld ms, ratio %.2f",
              BatchItems, batchBytes, ms, floorMs, double(ms) / double(floorMs));
        if (strict())
            QVERIFY(ms <= 3000);
    }

    void noChangeCheckAgainstNginx()
    {
        if (!QFile::exists(str("/usr/sbin/nginx")))
            QSKIP("nginx is not installed");
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther |
                                                QFile::ReadOther);
        Test::Nginx nginx(m_dir.filePath(str("nginx")), m_world->feed);
        QVERIFY2(nginx.start(), qPrintable(nginx.error()));
        const QString profile = m_world->profile(str("nochange"));
        QCOMPARE(syncOnce(profile, nginx.url()).seqAfter, 2); // first run: downloads and applies
        QList<qint64> times;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            const Sync::SyncResult r = syncOnce(profile, nginx.url(), false);
            times.append(t.nsecsElapsed() / 1000);
            QCOMPARE(r.status, Sync::SyncResult::Status::UpToDate);
        }
        std::sort(times.begin(), times.end());
        qInfo("BENCH no-change: median %lld us, max %lld us over 21 checks (304 from nginx; "
              "budget 50 ms)",
              times[10], times.constLast());
        QVERIFY(nginx.accessLog().contains("\" 304 "));
        if (strict())
            QVERIFY(times[10] <= 50000);
    }

    void memoryStaysBoundedAgainstEndlessBodies()
    {
        const qint64 before = peakRssKiB();
        for (auto mode :
             {Test::BadServer::Mode::EndlessChunked, Test::BadServer::Mode::LongerThanSigned}) {
            Test::BadServer server(mode, m_world->feed);
            const QString profile = m_world->profile(QStringLiteral("mem%1").arg(int(mode)));
            const Sync::SyncResult r = syncOnce(profile, server.url());
            QCOMPARE(r.category, Sync::Category::Size);
        }
        const qint64 after = peakRssKiB();
        qInfo("BENCH memory: peak RSS %lld KiB before, %lld KiB after endless/oversized bodies",
              before, after);
    }
};

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
