// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "syncclient.h"

#include "settings/preferences.h"

#include <atomic>
#include <QDateTime>
#include <QObject>
#include <QTimer>

class QThread;

namespace Flexwonen::Kb {
class ProfileStores;
}

namespace Flexwonen::Sync {

// What one update service or sync run needs: where the feed is and how often to look (the
// user's update preferences), and the timeouts.
struct SyncSettings
{
    QString feedUrl; // empty: no feed configured, the app never goes on the network
    QString trust;   // empty: the built-in key
    Settings::CheckInterval checks = Settings::CheckInterval::Daily;
    QString caCertificates;          // PEM file of extra CAs for a TLS-inspecting proxy
    int inactivityTimeoutMs = 30000; // FLEXWONEN_SYNC_TIMEOUT_MS (tests)
    int deadlineMs = 300000;         // FLEXWONEN_SYNC_DEADLINE_MS (tests)

    // The preferences, with the timeouts from the environment.
    static SyncSettings from(const Settings::UpdatePreferences &updates);
    bool isConfigured() const { return !feedUrl.trimmed().isEmpty(); }
    bool checksPeriodically() const { return checks != Settings::CheckInterval::Off; }
    int intervalMinutes() const; // between periodic checks

    // The options of one run (no cancel flag, no progress yet). Resolves the trust anchor:
    // throws SyncError for a key that cannot be read.
    SyncOptions options() const;
};

// Runs update cycles on a worker thread (one at a time) and tells observers how it goes. Widgets
// only observe it; it owns no widget. Periodic checks follow the settings, with exponential
// back-off and jitter after a failure (1 minute up to 6 hours).
class SyncService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
public:
    // NotConfigured: no feed is set; nothing is ever checked (no timer, no request).
    enum class State {
        Idle,
        NotConfigured,
        Checking,
        Downloading,
        Applying,
        UpToDate,
        Updated,
        Failed,
        Refused
    };
    Q_ENUM(State)

    // The worker thread uses stores too (ProfileStores is safe for that after prepare(): see
    // AppContext); stores must outlive the service.
    SyncService(Kb::ProfileStores &stores, SyncSettings settings, QObject *parent = nullptr);
    ~SyncService() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_thread != nullptr; }
    bool isConfigured() const { return m_settings.isConfigured(); }
    const SyncResult &lastResult() const { return m_last; }
    QDateTime lastSuccess() const;     // last successful check or update
    QDateTime lastHeadExpires() const; // when the last verified head expires
    // One Dutch sentence when the user should know (refused, stale, frozen); empty otherwise.
    QString bannerText() const;

    void startPeriodicChecks();
    // New preferences apply at once: the next periodic check follows them; a running cycle
    // finishes with the old ones.
    void setSettings(const SyncSettings &settings);

public slots:
    void checkNow();
    void cancel();

signals:
    void stateChanged(Flexwonen::Sync::SyncService::State state);
    void progress(Flexwonen::Sync::Phase phase, int done, int total);
    void finished(); // lastResult() holds the outcome
    void contentUpdated(const QString &contentPath);
    void settingsChanged(); // isConfigured() may differ

private:
    void setState(State state);
    void onFinished(const SyncResult &result);
    void scheduleNext(bool failed);

    Kb::ProfileStores &m_stores;
    SyncSettings m_settings;
    State m_state = State::Idle;
    SyncResult m_last;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QTimer m_timer;
    int m_failures = 0;
};

} // namespace Flexwonen::Sync
