// SPDX-License-Identifier: EUPL-1.2
// Issue 15.1 and 15.5: one typed settings object, migrated step by step, a change signal per
// group, and the administrator's defaults and locks.
#include "context/appcontext.h"
#include "settings/preferences.h"
#include "sync/syncservice.h"
#include "testsupport.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Settings;
using namespace Qt::StringLiterals;

namespace {

void writeIni(const QString &path, const QList<std::pair<QString, QVariant>> &values)
{
    QDir().mkpath(QFileInfo(path).path());
    QSettings file(path, QSettings::IniFormat);
    for (const auto &[key, value] : values)
        file.setValue(key, value);
}

// Counts every group's signal, so a test sees that only the right one fired.
struct Signals
{
    explicit Signals(Preferences &p)
        : updates(&p, &Preferences::updatesChanged)
        , appearance(&p, &Preferences::appearanceChanged)
        , language(&p, &Preferences::languageChanged)
        , reports(&p, &Preferences::reportsChanged)
    {}
    QList<qsizetype> counts() const
    {
        return {updates.size(), appearance.size(), language.size(), reports.size()};
    }
    QSignalSpy updates, appearance, language, reports;
};

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshFile() { return m_dir.filePath(u"user-%1/flexwonen.conf"_s.arg(++m_files)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsOnAFirstStart()
    {
        const QString file = freshFile();
        Preferences p({file, {}});
        QCOMPARE(p.updates(), UpdatePreferences{});
        QCOMPARE(p.updates().checks, CheckInterval::Daily);
        QVERIFY(p.updates().feedUrl.isEmpty()); // no feed: never on the network
        QCOMPARE(p.appearance(), AppearancePreferences{});
        QCOMPARE(p.appearance().theme, Theme::System);
        QVERIFY(p.language().isEmpty());
        QCOMPARE(p.reports(), ReportPreferences{});
        QCOMPARE(p.windowState().version, 0);
        QVERIFY(p.systemFile().isEmpty());
        for (UpdateKey key :
             {UpdateKey::FeedUrl, UpdateKey::Trust, UpdateKey::Checks, UpdateKey::CaCertificates})
            QVERIFY(!p.isLocked(key));
    }

    // Every key of a version-1 file lands in its version-2 place; the old groups are gone.
    void version1IsMigrated_data()
    {
        QTest::addColumn<QVariant>("autoCheck");
        QTest::addColumn<QVariant>("interval");
        QTest::addColumn<CheckInterval>("checks");
        QTest::newRow("off") << QVariant(false) << QVariant(360) << CheckInterval::Off;
        QTest::newRow("six-hourly") << QVariant(true) << QVariant(360) << CheckInterval::Daily;
        QTest::newRow("weekly") << QVariant(true) << QVariant(10080) << CheckInterval::Weekly;
        QTest::newRow("defaults") << QVariant() << QVariant() << CheckInterval::Daily;
    }
    void version1IsMigrated()
    {
        QFETCH(QVariant, autoCheck);
        QFETCH(QVariant, interval);
        QFETCH(CheckInterval, checks);
        const QString file = freshFile();
        QList<std::pair<QString, QVariant>> v1{
            {u"sync/feed_url"_s, u"https://feed.example.nl/flexwonen"_s},
            {u"sync/trust"_s, u"/etc/flexwonen/root.pub"_s},
            {u"sync/ca_certificates"_s, u"/etc/ssl/proxy.pem"_s},
            {u"ui/language"_s, u"en"_s},
            {u"reader/zoom"_s, 3},
            {u"report/author"_s, u"J. de Vries"_s},
            {u"report/organisation"_s, u"Gemeente Venlo"_s},
            {u"report/department"_s, u"Wonen"_s},
            {u"report/status"_s, u"definitief"_s},
            {u"report/format"_s, u"odt"_s},
            {u"window/version"_s, 1},
            {u"window/state"_s, QByteArray("dock state")}};
        if (autoCheck.isValid())
            v1.append({u"sync/auto_check"_s, autoCheck});
        if (interval.isValid())
            v1.append({u"sync/interval_minutes"_s, interval});
        writeIni(file, v1);

        Preferences p({file, {}});
        const UpdatePreferences u = p.updates();
        QCOMPARE(u.feedUrl, u"https://feed.example.nl/flexwonen"_s);
        QCOMPARE(u.trust, u"/etc/flexwonen/root.pub"_s);
        QCOMPARE(u.caCertificates, u"/etc/ssl/proxy.pem"_s);
        QCOMPARE(u.checks, checks);
        QCOMPARE(p.language(), u"en"_s);
        QCOMPARE(p.appearance().textSteps, 3);
        QCOMPARE(p.reports(), (ReportPreferences{u"J. de Vries"_s, u"Gemeente Venlo"_s, u"Wonen"_s,
                                                 u"definitief"_s, u"odt"_s}));
        QCOMPARE(p.windowState().version, 1); // window state is not a preference: untouched
        QCOMPARE(p.windowState().state, QByteArray("dock state"));

        // On disk: version 2, none of the old groups left.
        QSettings disk(file, QSettings::IniFormat);
        QCOMPARE(disk.value(u"version"_s).toInt(), Preferences::Version);
        const QStringList groups = disk.childGroups();
        for (const QString &old : {u"sync"_s, u"ui"_s, u"reader"_s, u"report"_s})
            QVERIFY2(!groups.contains(old), qPrintable(groups.join(u',')));
        // A second open finds nothing to migrate and reads the same.
        Preferences again({file, {}});
        QCOMPARE(again.updates(), u);
        QCOMPARE(again.reports(), p.reports());
    }

    // A file a newer app wrote is read for what we know and never rewritten to our version.
    void newerVersionIsNotDowngraded()
    {
        const QString file = freshFile();
        writeIni(file, {{u"version"_s, 9}, {u"updates/feed_url"_s, u"https://x.nl/feed"_s}});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"version 9"_s));
        Preferences p({file, {}});
        QCOMPARE(p.updates().feedUrl, u"https://x.nl/feed"_s);
        QCOMPARE(QSettings(file, QSettings::IniFormat).value(u"version"_s).toInt(), 9);
    }

    // Each group has its own signal, emitted once per real change and never for another group.
    void eachGroupSignalsItsOwnChange()
    {
        Preferences p({freshFile(), {}});
        Signals s(p);
        UpdatePreferences u;
        u.feedUrl = u"https://feed.example.nl"_s;
        p.setUpdates(u);
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 0, 0, 0}));
        p.setUpdates(u); // the same again: no signal
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 0, 0, 0}));
        p.setAppearance({Theme::Dark, 2});
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 1, 0, 0}));
        p.setAppearance({Theme::Dark, 99}); // bounded to the maximum: a change
        QCOMPARE(p.appearance().textSteps, AppearancePreferences::MaxTextSteps);
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 2, 0, 0}));
        p.setLanguage(u"en"_s);
        p.setLanguage(u"en"_s);
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 2, 1, 0}));
        p.setReports({u"A"_s, {}, {}, {}, {}});
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 2, 1, 1}));
        p.setWindowState({1, QByteArray("g"), QByteArray("s")}); // state: no preference signal
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 2, 1, 1}));
        // All of it survives a restart.
        Preferences again({p.userFile(), {}});
        QCOMPARE(again.updates(), p.updates());
        QCOMPARE(again.appearance(), p.appearance());
        QCOMPARE(again.language(), u"en"_s);
        QCOMPARE(again.reports(), p.reports());
        QCOMPARE(again.windowState().state, QByteArray("s"));
    }

    // 15.5: the administrator's file gives defaults; a locked key is the administrator's
    // whatever the user's file says, and the user's changes to it are not written.
    void administratorDefaultsAndLocks()
    {
        const QString system = m_dir.filePath(u"etc-xdg/flexwonen/flexwonen.conf"_s);
        writeIni(system, {{u"updates/feed_url"_s, u"https://intranet.gemeente.nl/flexwonen"_s},
                          {u"updates/trust"_s, u"/etc/flexwonen/centrum.pub"_s},
                          {u"updates/checks"_s, u"weekly"_s},
                          {u"updates/locked"_s, QStringList{u"feed_url"_s, u"trust"_s}}});
        const QString user = freshFile();
        writeIni(user, {{u"version"_s, 2},
                        {u"updates/feed_url"_s, u"https://aanvaller.example/feed"_s},
                        {u"updates/trust"_s, u"/tmp/eigen.pub"_s}});
        Preferences p({user, system});
        QCOMPARE(p.systemFile(), system);
        QVERIFY(p.isLocked(UpdateKey::FeedUrl));
        QVERIFY(p.isLocked(UpdateKey::Trust));
        QVERIFY(!p.isLocked(UpdateKey::Checks));
        QVERIFY(!p.isLocked(UpdateKey::CaCertificates));
        QCOMPARE(p.updates().feedUrl, u"https://intranet.gemeente.nl/flexwonen"_s);
        QCOMPARE(p.updates().trust, u"/etc/flexwonen/centrum.pub"_s);
        QCOMPARE(p.updates().checks, CheckInterval::Weekly); // a default, not locked

        Signals s(p);
        UpdatePreferences mine = p.updates();
        mine.feedUrl = u"https://elders.example/feed"_s;
        mine.checks = CheckInterval::Off;
        p.setUpdates(mine);
        QCOMPARE(p.updates().feedUrl, u"https://intranet.gemeente.nl/flexwonen"_s);
        QCOMPARE(p.updates().checks, CheckInterval::Off); // the user's own choice
        QCOMPARE(s.counts(), (QList<qsizetype>{1, 0, 0, 0}));
        QCOMPARE(QSettings(user, QSettings::IniFormat).value(u"updates/feed_url"_s).toString(),
                 u"https://aanvaller.example/feed"_s); // not written over, just not used

        // "all" locks every update key; without a lock the user's value wins.
        writeIni(system, {{u"updates/locked"_s, u"all"_s}});
        Preferences all({user, system});
        QCOMPARE(all.updates().checks, CheckInterval::Weekly);
        QVERIFY(all.isLocked(UpdateKey::CaCertificates));
        writeIni(system, {{u"updates/locked"_s, QString()}});
        Preferences open({user, system});
        QCOMPARE(open.updates().feedUrl, u"https://aanvaller.example/feed"_s);
    }

    // The administrator's file is found where Linux keeps system configuration (XDG_CONFIG_DIRS,
    // /etc/xdg by default); the user's is the user's configuration folder.
    void platformFilesFollowXdg()
    {
        const QString dirs = m_dir.filePath(u"xdg-a"_s) + u':' + m_dir.filePath(u"xdg-b"_s);
        writeIni(m_dir.filePath(u"xdg-b/flexwonen/flexwonen.conf"_s),
                 {{u"updates/checks"_s, u"off"_s}});
        const QByteArray before = qgetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_DIRS", dirs.toLocal8Bit());
        const Preferences::Files files = Preferences::platformFiles();
        qputenv("XDG_CONFIG_DIRS", before);
        QCOMPARE(files.system, m_dir.filePath(u"xdg-b/flexwonen/flexwonen.conf"_s));
        QCOMPARE(files.user,
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                     u"/flexwonen/flexwonen.conf"_s);
    }

    // Changes apply at once: the window's update service follows the update preferences.
    void updateServiceFollowsChangesAtOnce()
    {
        Preferences p({freshFile(), {}});
        AppContext context({m_dir.filePath(u"profiel"_s), {}, Test::bundledBase()}, p);
        Sync::SyncService *service = context.syncService();
        QVERIFY(service);
        QCOMPARE(service->state(), Sync::SyncService::State::NotConfigured);
        QSignalSpy changed(service, &Sync::SyncService::settingsChanged);
        p.setUpdates({m_dir.filePath(u"feed"_s), {}, CheckInterval::Off, {}});
        QCOMPARE(changed.size(), 1);
        QVERIFY(service->isConfigured());
        QCOMPARE(service->state(), Sync::SyncService::State::Idle);
        QCOMPARE(context.syncSettings().feedUrl, m_dir.filePath(u"feed"_s));
        p.setUpdates({});
        QVERIFY(!service->isConfigured());
        QCOMPARE(service->state(), Sync::SyncService::State::NotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
