// SPDX-License-Identifier: EUPL-1.2
// Crash safety: the sync process is killed (SIGKILL) at random points while it applies a batch,
// at least 50 times. Each time the content database passes integrity_check and sits exactly at
// the old or the new seq, with the rows of that seq and nothing in between.
#include "feedworld.h"
#include "testsupport.h"

#include "kb/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Flexwonen;
using Test::FeedWorld;

namespace {

constexpr int Items = 200;
constexpr int Kills = 50;
constexpr int MaxRuns = 100; // a run that finishes before its kill does not count

using Test::str;

} // namespace

class TestKillApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void killDuringApply()
    {
        FeedWorld w(m_dir.path(), Items);
        QCOMPARE(w.publish().exitCode, 0);
        w.editItems(1, Items, str("Na de update"));
        QCOMPARE(w.publish().exitCode, 0);

        const QString pristine = w.profile(str("pristine"));
        QCOMPARE(w.flexwonen({str("--profile"), pristine, str("info")}).exitCode, 0);

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        int atOld = 0;
        int atNew = 0;
        int killed = 0;
        QString last;
        int runs = 0;
        for (int i = 0; killed < Kills && i < MaxRuns; ++i, ++runs) {
            const QString p = w.profile(QStringLiteral("k%1").arg(i));
            Test::copyTree(pristine, p);
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(str("FLEXWONEN_BASE"), w.base);
            env.insert(str("FLEXWONEN_SYNC_APPLY_DELAY_US"), str("5000")); // ~1 s of apply
            process.setProcessEnvironment(env);
            process.start(qEnvironmentVariable("FLEXWONEN_BIN"),
                          {str("--profile"), p, str("sync"), str("--feed"), w.feed, str("--trust"),
                           w.publicKey});
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(random.bounded(150, 1200)));
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                process.waitForFinished();
                ++killed;
            }

            Kb::Connection c(w.contentPath(p), Kb::Connection::Mode::ReadWrite);
            QCOMPARE(c.scalar(str("PRAGMA integrity_check")).toString(), str("ok"));
            const qint64 seq = c.scalar(str("SELECT seq FROM meta")).toLongLong();
            const int updated =
                c.scalar(str("SELECT count(*) FROM item WHERE title LIKE 'Na de update%'")).toInt();
            const int total = c.scalar(str("SELECT count(*) FROM item")).toInt();
            const int sources = c.scalar(str("SELECT count(*) FROM item_source")).toInt();
            QCOMPARE(total, Items);
            QCOMPARE(sources, Items);
            if (seq == 1) {
                QCOMPARE(updated, 0);
                ++atOld;
            } else {
                QCOMPARE(seq, 2);
                QCOMPARE(updated, Items);
                ++atNew;
            }
            last = p;
        }
        qInfo("%d runs, %d killed: %d at the old seq, %d at the new seq", runs, killed, atOld,
              atNew);
        QVERIFY2(killed >= 50, "fewer than 50 runs were killed; the timing is off");
        QVERIFY2(atOld > 0, "no kill landed before the commit; the timing is off");

        // A killed run leaves a stale lock and maybe a -wal: the next run completes.
        const Test::Run again = w.sync(last, w.feed);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(w.contentSeq(last), 2);
    }
};

QTEST_GUILESS_MAIN(TestKillApply)
#include "tst_killapply.moc"
