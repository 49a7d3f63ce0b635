// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <memory>
#include <optional>
#include <QByteArray>
#include <QObject>
#include <QString>

class QSettings;

namespace Flexwonen::Settings {

enum class CheckInterval { Off, Daily, Weekly };
enum class Theme { System, Light, Dark, HighContrast };

// How the app looks for updates.
struct UpdatePreferences
{
    QString feedUrl; // empty: no feed configured, the app never goes on the network
    QString trust;   // empty: the built-in key
    CheckInterval checks = CheckInterval::Daily;
    QString caCertificates; // PEM file of extra CAs for a TLS-inspecting proxy
    bool operator==(const UpdatePreferences &) const = default;
};

// The update preferences an administrator can fix for every user.
enum class UpdateKey { FeedUrl, Trust, Checks, CaCertificates };

struct AppearancePreferences
{
    static constexpr int MinTextSteps = -4; // 60 %
    static constexpr int MaxTextSteps = 10; // 200 %
    Theme theme = Theme::System;
    int textSteps = 0; // the reader's text size, in steps of 10 % from the normal size
    bool operator==(const AppearancePreferences &) const = default;
};

// What a new report says about its maker, and how it is written. Status and format are the
// report module's names ("concept", "pdf"), read by the export dialog; empty: its defaults.
struct ReportPreferences
{
    QString author;
    QString organisation;
    QString department;
    QString status;
    QString format;
    bool operator==(const ReportPreferences &) const = default;
};

// Where the window was and how its docks were laid out: state, not a preference (never shown
// in the settings dialog, never locked). Version is the dock set's layout version.
struct WindowState
{
    int version = 0;
    QByteArray geometry;
    QByteArray state;
};

// The user's preferences, typed, with their defaults in one place (issue 15.1). One object per
// run, made by main and passed to whoever needs it; each group has its own change signal. The
// user's file is migrated step by step to Version when it is opened. An administrator's file
// (issue 15.5, /etc/xdg/flexwonen/flexwonen.conf) gives defaults for the update group and can
// lock them: a locked value is the administrator's whatever the user's file says.
class Preferences : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)
public:
    // 1: groups sync, report, ui and reader (before issue 15). 2: groups updates, appearance,
    // language and reports.
    static constexpr int Version = 2;

    struct Files
    {
        QString user;   // read and written
        QString system; // the administrator's, read only; empty or missing: none
    };
    // The user's flexwonen/flexwonen.conf in the configuration folder, and the first
    // flexwonen/flexwonen.conf in the system's configuration folders (XDG_CONFIG_DIRS, else
    // /etc/xdg).
    static Files platformFiles();

    explicit Preferences(const Files &files = platformFiles(), QObject *parent = nullptr);
    ~Preferences() override;

    UpdatePreferences updates() const;
    // Writes the values that are not locked; emits updatesChanged when the result differs.
    void setUpdates(const UpdatePreferences &updates);
    bool isLocked(UpdateKey key) const;

    AppearancePreferences appearance() const;
    void setAppearance(const AppearancePreferences &appearance); // text steps are bounded

    // A language code ("nl", "en"); empty: none chosen.
    QString language() const;
    void setLanguage(const QString &code);

    ReportPreferences reports() const;
    void setReports(const ReportPreferences &reports);

    WindowState windowState() const;
    void setWindowState(const WindowState &state);

    QString userFile() const;
    QString systemFile() const; // empty without an administrator's file

signals:
    void updatesChanged();
    void appearanceChanged();
    void languageChanged();
    void reportsChanged();

private:
    void migrate();
    QString administered(UpdateKey key, const QString &fallback) const;
    void write(const QString &key, const QString &value, const QString &fallback);

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system; // null without an administrator's file
};

QString checkIntervalName(CheckInterval interval); // "off", "daily", "weekly"
std::optional<CheckInterval> checkIntervalFromName(const QString &name);
QString themeName(Theme theme); // "system", "light", "dark", "high-contrast"
std::optional<Theme> themeFromName(const QString &name);
QString updateKeyName(UpdateKey key); // the key in group [updates]: "feed_url", …

} // namespace Flexwonen::Settings
