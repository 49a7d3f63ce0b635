// SPDX-License-Identifier: EUPL-1.2
// Threat 27, full disk (design §3 test 10): the profile lives on a tiny tmpfs; a verified batch
// that does not fit while it is applied is rolled back cleanly (LOCAL, integrity_check ok, seq
// unchanged); with space the next run completes. Needs root for mount (skipped otherwise).
#include "feedworld.h"
#include "testsupport.h"

#include "kb/database.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Flexwonen;

namespace {

using Test::str;

bool mountTmpfs(const QString &dir, const QString &options)
{
    QProcess p;
    p.start(str("mount"), {str("-t"), str("tmpfs"), str("-o"), options, str("tmpfs"), dir});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool remount(const QString &dir, const QString &options)
{
    return QProcess::execute(str("mount"), {str("-o"), str("remount,") + options, dir}) == 0;
}

qint64 treeSize(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// Writes a file until the volume has not a byte left: big blocks, then ever smaller ones.
bool fillToTheLastByte(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(1 << 20, 'x');
    for (qsizetype size = block.size(); size >= 1; size /= 4) {
        while (::write(fd, block.constData(), size_t(size)) > 0) {
        }
        if (errno != ENOSPC)
            break;
    }
    const bool full = errno == ENOSPC;
    ::close(fd);
    return full;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void fullDiskRollsBackAndTheNextRunCompletes()
    {
        const QString profile = m_dir.filePath(str("profiel"));
        QVERIFY(QDir().mkpath(profile));
        if (!mountTmpfs(profile, str("size=64m")))
            QSKIP("mount -t tmpfs not permitted here (needs root)");
        const auto cleanup = qScopeGuard([&] { QProcess::execute(str("umount"), {profile}); });

        Test::FeedWorld world(m_dir.filePath(str("world")), 10);
        QCOMPARE(world.publish().exitCode, 0);
        // A batch of about 3 MiB: 60 new items with long bodies.
        for (int n = 11; n <= 70; ++n) {
            Kb::Item item = world.makeItem(n, str("Groot"));
            item.body =
                QStringLiteral("Regel %1 over huisvesting en registratie. ").arg(n).repeated(1200);
            world.writeItem(item);
        }
        Test::Run r = world.publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 batchSize = QFileInfo(Test::FeedWorld::batchPath(world.feed, 2)).size();
        QVERIFY(batchSize > 2 * 1024 * 1024);

        // Seed the profile, then shrink the volume: room for the download, not for the apply.
        QCOMPARE(world.flexwonen({str("--profile"), profile, str("info")}).exitCode, 0);
        const qint64 room = treeSize(profile) + batchSize + 256 * 1024;
        QVERIFY(remount(profile, QStringLiteral("size=%1k").arg(room / 1024)));
        const QByteArray userBefore = Test::readFile(profile + str("/user.sqlite"));

        r = world.sync(profile, world.feed);
        QVERIFY2(r.exitCode == 1, (r.err + r.out).constData());
        QCOMPARE(r.json().value(QLatin1String("category")).toString(), str("LOCAL"));
        QCOMPARE(r.json().value(QLatin1String("seq_after")).toInteger(), 1);
        QVERIFY2(r.err.startsWith("flexwonen: ") && r.err.count('\n') == 1, r.err.constData());
        // The verified batch was downloaded; the apply ran out of space and rolled back.
        QVERIFY(QFile::exists(profile + str("/sync/cache/") +
                              QString::fromLatin1(Test::sha256Hex(
                                  Test::readFile(Test::FeedWorld::batchPath(world.feed, 2))))));
        {
            Kb::Connection c(world.contentPath(profile), Kb::Connection::Mode::ReadOnly);
            QCOMPARE(c.scalar(str("PRAGMA integrity_check")).toString(), str("ok"));
            QCOMPARE(c.scalar(str("SELECT seq FROM meta")).toLongLong(), 1);
            QCOMPARE(c.scalar(str("SELECT count(*) FROM item")).toInt(), 10);
        }
        QCOMPARE(Test::readFile(profile + str("/user.sqlite")), userBefore);

        QVERIFY(remount(profile, str("size=64m")));
        r = world.sync(profile, world.feed);
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QCOMPARE(world.contentSeq(profile), 2);
        Kb::Connection c(world.contentPath(profile), Kb::Connection::Mode::ReadOnly);
        QCOMPARE(c.scalar(str("PRAGMA integrity_check")).toString(), str("ok"));
        QCOMPARE(c.scalar(str("SELECT count(*) FROM item")).toInt(), 70);
    }

    // Issue 10.5: on a volume without a free byte the profile's knowledge base is still read:
    // info, list, show and search, as text and JSON, and the window opens.
    void readingWorksOnAFullDisk()
    {
        const QString profile = m_dir.filePath(str("vol"));
        QVERIFY(QDir().mkpath(profile));
        if (!mountTmpfs(profile, str("size=16m")))
            QSKIP("mount -t tmpfs not permitted here (needs root)");
        const auto cleanup = qScopeGuard([&] { QProcess::execute(str("umount"), {profile}); });

        Test::FeedWorld world(m_dir.filePath(str("world-vol")), 10);
        QCOMPARE(world.flexwonen({str("--profile"), profile, str("info")}).exitCode, 0);
        const QString filler = profile + str("/vulling");
        QVERIFY(fillToTheLastByte(filler));
        QStorageInfo volume(profile);
        volume.refresh();
        QCOMPARE(volume.bytesAvailable(), 0);

        for (const QStringList &args :
             {QStringList{str("info")}, QStringList{str("info"), str("--json")},
              QStringList{str("list"), str("faq")},
              QStringList{str("list"), str("faq"), str("--json")},
              QStringList{str("show"), str("item-00003")},
              QStringList{str("show"), str("item-00003"), str("--json")},
              QStringList{str("search"), str("huisvesting")},
              QStringList{str("search"), str("--json"), str("onderwerp")}}) {
            const Test::Run r = world.flexwonen(QStringList{str("--profile"), profile} + args);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(args.join(u' ') + str(": ") + QString::fromUtf8(r.err)));
            QVERIFY(!r.out.isEmpty());
        }
        const Test::Run show = world.flexwonen(
            {str("--profile"), profile, str("show"), str("item-00003"), str("--json")});
        QCOMPARE(show.json().value(QLatin1String("title")).toString(), str("Onderwerp 3"));
        const Test::Run search = world.flexwonen(
            {str("--profile"), profile, str("search"), str("--json"), str("onderwerp")});
        QCOMPARE(search.json().value(QLatin1String("total")).toInt(), 10);

        // The window opens on it too (and quits once it is shown).
        const Test::Run window = world.flexwonen({str("--profile"), profile},
                                                 {{str("QT_QPA_PLATFORM"), str("offscreen")},
                                                  {str("FLEXWONEN_QUIT_AFTER_SHOWN"), str("1")}});
        QVERIFY2(window.exitCode == 0, window.err.constData());

        // With room again everything is as before: nothing was damaged or left behind.
        QVERIFY(QFile::remove(filler));
        QCOMPARE(world.flexwonen({str("--profile"), profile, str("info")}).exitCode, 0);
        Kb::Connection c(world.contentPath(profile), Kb::Connection::Mode::ReadOnly);
        QCOMPARE(c.scalar(str("PRAGMA integrity_check")).toString(), str("ok"));
        QCOMPARE(c.scalar(str("SELECT count(*) FROM item")).toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
