// SPDX-License-Identifier: EUPL-1.2
#include "preferences.h"

#include "settingslog.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Flexwonen::Settings {

namespace {

const QString VersionKey = QStringLiteral("version");
const QString LockedKey = QStringLiteral("updates/locked");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString TextStepsKey = QStringLiteral("appearance/text_steps");
const QString LanguageKey = QStringLiteral("language/code");
const QString ReportsGroup = QStringLiteral("reports");
const QString WindowGroup = QStringLiteral("window");

QString updatePath(UpdateKey key)
{
    return QStringLiteral("updates/") + updateKeyName(key);
}

constexpr UpdateKey AllUpdateKeys[] = {UpdateKey::FeedUrl, UpdateKey::Trust, UpdateKey::Checks,
                                       UpdateKey::CaCertificates};

struct ReportField
{
    const char *key;
    QString ReportPreferences::*field;
};
constexpr ReportField ReportFields[] = {{"author", &ReportPreferences::author},
                                        {"organisation", &ReportPreferences::organisation},
                                        {"department", &ReportPreferences::department},
                                        {"status", &ReportPreferences::status},
                                        {"format", &ReportPreferences::format}};

// Version 1 kept the feed in [sync] with a boolean and a period in minutes, the language in
// [ui], the text size in [reader] and the report details in [report].
void migrateFrom1(QSettings &s)
{
    const auto move = [&s](const QString &from, const QString &to) {
        if (s.contains(from) && !s.contains(to))
            s.setValue(to, s.value(from));
        s.remove(from);
    };
    move(QStringLiteral("sync/feed_url"), updatePath(UpdateKey::FeedUrl));
    move(QStringLiteral("sync/trust"), updatePath(UpdateKey::Trust));
    move(QStringLiteral("sync/ca_certificates"), updatePath(UpdateKey::CaCertificates));
    const QString autoCheck = QStringLiteral("sync/auto_check");
    const QString interval = QStringLiteral("sync/interval_minutes");
    if (s.contains(autoCheck) || s.contains(interval)) {
        CheckInterval checks = CheckInterval::Daily;
        if (!s.value(autoCheck, true).toBool())
            checks = CheckInterval::Off;
        else if (s.value(interval, 0).toInt() >= 7 * 24 * 60)
            checks = CheckInterval::Weekly;
        s.setValue(updatePath(UpdateKey::Checks), checkIntervalName(checks));
    }
    s.remove(autoCheck);
    s.remove(interval);
    move(QStringLiteral("ui/language"), LanguageKey);
    move(QStringLiteral("reader/zoom"), TextStepsKey);
    for (const ReportField &f : ReportFields)
        move(QStringLiteral("report/") + QLatin1String(f.key),
             ReportsGroup + u'/' + QLatin1String(f.key));
    for (const char *group : {"sync", "ui", "reader", "report"})
        s.remove(QLatin1String(group));
}

} // namespace

QString checkIntervalName(CheckInterval interval)
{
    switch (interval) {
    case CheckInterval::Off:
        return QStringLiteral("off");
    case CheckInterval::Weekly:
        return QStringLiteral("weekly");
    case CheckInterval::Daily:
        break;
    }
    return QStringLiteral("daily");
}

std::optional<CheckInterval> checkIntervalFromName(const QString &name)
{
    for (CheckInterval i : {CheckInterval::Off, CheckInterval::Daily, CheckInterval::Weekly})
        if (checkIntervalName(i) == name.trimmed().toLower())
            return i;
    return std::nullopt;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromName(const QString &name)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast})
        if (themeName(t) == name.trimmed().toLower())
            return t;
    return std::nullopt;
}

QString updateKeyName(UpdateKey key)
{
    switch (key) {
    case UpdateKey::Trust:
        return QStringLiteral("trust");
    case UpdateKey::Checks:
        return QStringLiteral("checks");
    case UpdateKey::CaCertificates:
        return QStringLiteral("ca_certificates");
    case UpdateKey::FeedUrl:
        break;
    }
    return QStringLiteral("feed_url");
}

Preferences::Files Preferences::platformFiles()
{
    const QString name = QStringLiteral("/flexwonen/flexwonen.conf");
    const QString own = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    Files files{own + name, {}};
    for (const QString &dir :
         QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        if (dir != own && QFileInfo(dir + name).isFile()) {
            files.system = dir + name;
            break;
        }
    }
    return files;
}

Preferences::Preferences(const Files &files, QObject *parent)
    : QObject(parent)
    , m_user(std::make_unique<QSettings>(files.user, QSettings::IniFormat))
{
    m_user->setFallbacksEnabled(false);
    if (!files.system.isEmpty() && QFileInfo(files.system).isFile()) {
        m_system = std::make_unique<QSettings>(files.system, QSettings::IniFormat);
        m_system->setFallbacksEnabled(false);
        qCInfo(lcSettings) << "administrator's settings:" << files.system;
    }
    migrate();
}

Preferences::~Preferences() = default;

void Preferences::migrate()
{
    // A file without a version is from version 1, unless it is new (empty).
    const int stored = m_user->value(VersionKey, m_user->allKeys().isEmpty() ? Version : 1).toInt();
    if (stored > Version) {
        // A newer app wrote it: read what we know, never downgrade its keys.
        qCWarning(lcSettings) << "settings file of version" << stored << "read by version"
                              << Version;
        return;
    }
    if (stored == Version)
        return;
    if (stored < 2)
        migrateFrom1(*m_user);
    m_user->setValue(VersionKey, Version);
    m_user->sync();
    qCInfo(lcSettings) << "settings migrated from version" << stored << "to" << Version;
}

bool Preferences::isLocked(UpdateKey key) const
{
    if (!m_system)
        return false;
    const QStringList locked = m_system->value(LockedKey).toStringList();
    for (const QString &entry : locked) {
        const QString e = entry.trimmed().toLower();
        if (e == QLatin1String("all") || e == updateKeyName(key))
            return true;
    }
    return false;
}

QString Preferences::administered(UpdateKey key, const QString &fallback) const
{
    const QString path = updatePath(key);
    if (!isLocked(key) && m_user->contains(path))
        return m_user->value(path).toString();
    return m_system ? m_system->value(path, fallback).toString() : fallback;
}

UpdatePreferences Preferences::updates() const
{
    UpdatePreferences u;
    u.feedUrl = administered(UpdateKey::FeedUrl, u.feedUrl).trimmed();
    u.trust = administered(UpdateKey::Trust, u.trust).trimmed();
    const QString checks = administered(UpdateKey::Checks, checkIntervalName(u.checks));
    if (const auto interval = checkIntervalFromName(checks))
        u.checks = *interval;
    else
        qCWarning(lcSettings) << "unknown value for updates/checks:" << checks;
    u.caCertificates = administered(UpdateKey::CaCertificates, u.caCertificates).trimmed();
    return u;
}

void Preferences::setUpdates(const UpdatePreferences &updates)
{
    const UpdatePreferences before = this->updates();
    const auto put = [&](UpdateKey key, const QString &now, const QString &was) {
        // Only what the user changed is written, so the administrator's later defaults still
        // reach everything else.
        if (now != was && !isLocked(key))
            m_user->setValue(updatePath(key), now);
    };
    put(UpdateKey::FeedUrl, updates.feedUrl.trimmed(), before.feedUrl);
    put(UpdateKey::Trust, updates.trust.trimmed(), before.trust);
    put(UpdateKey::Checks, checkIntervalName(updates.checks), checkIntervalName(before.checks));
    put(UpdateKey::CaCertificates, updates.caCertificates.trimmed(), before.caCertificates);
    m_user->setValue(VersionKey, Version);
    m_user->sync();
    if (this->updates() != before)
        emit updatesChanged();
}

AppearancePreferences Preferences::appearance() const
{
    AppearancePreferences a;
    const QString theme = m_user->value(ThemeKey, themeName(a.theme)).toString();
    a.theme = themeFromName(theme).value_or(a.theme);
    a.textSteps =
        qBound(AppearancePreferences::MinTextSteps, m_user->value(TextStepsKey, 0).toInt(),
               AppearancePreferences::MaxTextSteps);
    return a;
}

void Preferences::setAppearance(const AppearancePreferences &appearance)
{
    const AppearancePreferences before = this->appearance();
    m_user->setValue(ThemeKey, themeName(appearance.theme));
    m_user->setValue(TextStepsKey, qBound(AppearancePreferences::MinTextSteps, appearance.textSteps,
                                          AppearancePreferences::MaxTextSteps));
    m_user->setValue(VersionKey, Version);
    m_user->sync();
    if (this->appearance() != before)
        emit appearanceChanged();
}

QString Preferences::language() const
{
    return m_user->value(LanguageKey).toString().trimmed();
}

void Preferences::setLanguage(const QString &code)
{
    if (code.trimmed() == language())
        return;
    m_user->setValue(LanguageKey, code.trimmed());
    m_user->setValue(VersionKey, Version);
    m_user->sync();
    emit languageChanged();
}

ReportPreferences Preferences::reports() const
{
    ReportPreferences r;
    for (const ReportField &f : ReportFields)
        r.*f.field = m_user->value(ReportsGroup + u'/' + QLatin1String(f.key)).toString();
    return r;
}

void Preferences::setReports(const ReportPreferences &reports)
{
    const ReportPreferences before = this->reports();
    for (const ReportField &f : ReportFields)
        m_user->setValue(ReportsGroup + u'/' + QLatin1String(f.key), reports.*f.field);
    m_user->setValue(VersionKey, Version);
    m_user->sync();
    if (this->reports() != before)
        emit reportsChanged();
}

WindowState Preferences::windowState() const
{
    m_user->beginGroup(WindowGroup);
    WindowState w{m_user->value(VersionKey, 0).toInt(),
                  m_user->value(QStringLiteral("geometry")).toByteArray(),
                  m_user->value(QStringLiteral("state")).toByteArray()};
    m_user->endGroup();
    return w;
}

void Preferences::setWindowState(const WindowState &state)
{
    m_user->beginGroup(WindowGroup);
    m_user->setValue(VersionKey, state.version);
    m_user->setValue(QStringLiteral("geometry"), state.geometry);
    m_user->setValue(QStringLiteral("state"), state.state);
    m_user->endGroup();
    m_user->setValue(VersionKey, Version);
    m_user->sync();
}

QString Preferences::userFile() const
{
    return m_user->fileName();
}

QString Preferences::systemFile() const
{
    return m_system ? m_system->fileName() : QString();
}

} // namespace Flexwonen::Settings
