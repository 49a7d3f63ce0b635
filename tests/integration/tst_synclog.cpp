// SPDX-License-Identifier: EUPL-1.2
// Issue 11 point 6: how an update ends is logged in the category flexwonen.sync. A support desk
// gets that log on stderr with QT_LOGGING_RULES; without it the sync verb still says one line.
#include "feedworld.h"
#include "testsupport.h"

#include "kb/profilestores.h"
#include "sync/syncservice.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Test::FeedWorld;
using Test::Run;

namespace {

using Test::str;

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> result = text.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QList<QByteArray> linesStartingWith(const QByteArray &text, const QByteArray &prefix)
{
    QList<QByteArray> result;
    for (const QByteArray &line : lines(text)) {
        if (line.startsWith(prefix))
            result.append(line);
    }
    return result;
}

struct LogRecord
{
    QtMsgType type;
    QByteArray category;
    QString message;
};
QList<LogRecord> *g_records = nullptr;
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_records)
        g_records->append({type, QByteArray(context.category), message});
    g_previous(type, context, message);
}

} // namespace

class TestSyncLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FeedWorld> m_world;
    QString m_refusedTree; // a signed head with a field no client accepts, with controls in it
    int m_profiles = 0;

    QString freshProfile()
    {
        const QString p = m_world->profile(QStringLiteral("p%1").arg(++m_profiles));
        const Run r = m_world->flexwonen({str("--profile"), p, str("info")});
        return p;
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<FeedWorld>(m_dir.filePath(str("world")), 5);
        const Run r = m_world->publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_refusedTree = m_world->copyFeed(str("refused"));
        m_world->resignHead(m_refusedTree, [](QJsonObject &h) {
            h.insert(str("format"),
                     str("kb-feed-head/1") + QChar(0x1B) + str("[31m") + QChar(0x0D));
        });
    }

    void refusalIsOneLineByDefault()
    {
        const Run r = m_world->sync(freshProfile(), m_refusedTree);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(lines(r.err).size() == 1 && r.err.startsWith("flexwonen: "), r.err.constData());
    }

    void refusalIsLoggedWhenAsked()
    {
        const Run r = m_world->sync(freshProfile(), m_refusedTree,
                                    {{str("QT_LOGGING_RULES"), str("flexwonen.*=true")}});
        QCOMPARE(r.exitCode, 2);
        const QList<QByteArray> logged = linesStartingWith(r.err, "flexwonen.sync: ");
        QVERIFY2(logged.size() == 1, r.err.constData());
        QVERIFY2(logged.first().startsWith("flexwonen.sync: bijwerken geweigerd (FORMAT) van "),
                 r.err.constData());
        QVERIFY2(logged.first().contains(m_refusedTree.toUtf8()), r.err.constData());
        // The other categories speak too; the refusal's own line is still there, once.
        QVERIFY2(!linesStartingWith(r.err, "flexwonen.cli: sync klaar: afsluitcode 2").isEmpty(),
                 r.err.constData());
        QVERIFY2(linesStartingWith(r.err, "flexwonen: Bijwerken geweigerd (FORMAT)").size() == 1,
                 r.err.constData());
        // The log quotes the feed: its controls are shown, not sent to the terminal.
        QVERIFY2(Test::terminalProblem(r.err, false).isEmpty(),
                 qPrintable(Test::terminalProblem(r.err, false)));
        QVERIFY2(logged.first().contains("\\x1b[31m\\r"), r.err.constData());
    }

    void rulesSwitchTheCategoryOff()
    {
        const Run r = m_world->sync(freshProfile(), m_refusedTree,
                                    {{str("QT_LOGGING_RULES"), str("flexwonen.sync=false")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(linesStartingWith(r.err, "flexwonen.sync").isEmpty(), r.err.constData());
    }

    void updateIsLoggedAsInfo()
    {
        const Run r = m_world->sync(freshProfile(), m_world->feed,
                                    {{str("QT_LOGGING_RULES"), str("flexwonen.sync=true")}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> logged = linesStartingWith(r.err, "flexwonen.sync: ");
        QVERIFY2(logged.size() == 1 && logged.first().startsWith("flexwonen.sync: "),
                 r.err.constData());
        QVERIFY2(!logged.first().contains("geweigerd"), r.err.constData());
    }

    // The window's path: the service's run logs its refusal with the category's name as a
    // warning in flexwonen.sync (shown by default).
    void serviceLogsTheRefusal()
    {
        const QString profile = freshProfile();
        Kb::ProfileStores stores(profile, m_world->base);
        Sync::SyncSettings settings;
        settings.feedUrl = m_refusedTree;
        settings.trust = m_world->publicKey;
        settings.checks = Settings::CheckInterval::Off;
        Sync::SyncService service(stores, settings);
        QSignalSpy finished(&service, &Sync::SyncService::finished);

        QList<LogRecord> records;
        g_records = &records;
        g_previous = qInstallMessageHandler(recordMessage);
        service.checkNow();
        const bool done = finished.wait(30000);
        qInstallMessageHandler(g_previous);
        g_records = nullptr;
        QVERIFY(done);
        QCOMPARE(service.state(), Sync::SyncService::State::Refused);

        QStringList warnings;
        for (const LogRecord &r : records) {
            if (r.category == "flexwonen.sync" && r.type == QtWarningMsg)
                warnings.append(r.message);
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(str("bijwerken geweigerd (FORMAT) van ")),
                 qPrintable(warnings.first()));
    }
};

QTEST_GUILESS_MAIN(TestSyncLog)
#include "tst_synclog.moc"
