// SPDX-License-Identifier: EUPL-1.2
#include "syncservice.h"

#include "synclog.h"
#include "syncstate.h"

#include "kb/kberror.h"
#include "kb/profilestores.h"

#include <QRandomGenerator>
#include <QThread>

namespace Flexwonen::Sync {

namespace {
constexpr int MinuteMs = 60 * 1000;
constexpr int MaxBackoffMinutes = 6 * 60;
constexpr int StaleDays = 30;

int envMs(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

SyncSettings SyncSettings::from(const Settings::UpdatePreferences &updates)
{
    SyncSettings s;
    s.feedUrl = updates.feedUrl;
    s.trust = updates.trust;
    s.checks = updates.checks;
    s.caCertificates = updates.caCertificates;
    s.inactivityTimeoutMs = envMs("FLEXWONEN_SYNC_TIMEOUT_MS", s.inactivityTimeoutMs);
    s.deadlineMs = envMs("FLEXWONEN_SYNC_DEADLINE_MS", s.deadlineMs);
    return s;
}

int SyncSettings::intervalMinutes() const
{
    return checks == Settings::CheckInterval::Weekly ? 7 * 24 * 60 : 24 * 60;
}

SyncOptions SyncSettings::options() const
{
    SyncOptions o;
    o.feed = feedUrl;
    o.trusted = trustedKeys(trust);
    o.caCertificates = caCertificates;
    o.inactivityTimeoutMs = inactivityTimeoutMs;
    o.deadlineMs = deadlineMs;
    return o;
}

SyncService::SyncService(Kb::ProfileStores &stores, SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_settings(std::move(settings))
{
    if (!m_settings.isConfigured())
        m_state = State::NotConfigured;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::checkNow);
}

SyncService::~SyncService()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

QDateTime SyncService::lastSuccess() const
{
    return SyncState::load(m_stores.profileDir()).lastSuccess;
}

QDateTime SyncService::lastHeadExpires() const
{
    return SyncState::load(m_stores.profileDir()).lastHeadExpires;
}

QString SyncService::bannerText() const
{
    const SyncState s = SyncState::load(m_stores.profileDir());
    const QString last =
        s.lastSuccess.isValid()
            ? tr("laatst bijgewerkt op %1")
                  .arg(s.lastSuccess.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm")))
            : tr("nog nooit bijgewerkt");
    if (s.lastFailureCategory == Category::Frozen)
        return tr("De updatefeed is verouderd of bevroren; de inhoud kan achterlopen (%1).")
            .arg(last);
    if (isRefusal(s.lastFailureCategory))
        return tr("Een update is geweigerd (%1): %2 De kennisbank blijft bruikbaar (%3).")
            .arg(categoryName(s.lastFailureCategory), s.lastFailureMessage, last);
    if (s.lastSuccess.isValid() &&
        s.lastSuccess.daysTo(QDateTime::currentDateTimeUtc()) > StaleDays)
        return tr("De kennisbank is al meer dan %1 dagen niet bijgewerkt (%2).")
            .arg(StaleDays)
            .arg(last);
    return {};
}

void SyncService::startPeriodicChecks()
{
    if (m_settings.checksPeriodically() && m_settings.isConfigured())
        m_timer.start(10 * 1000); // soon after start, not during it
}

void SyncService::setSettings(const SyncSettings &settings)
{
    const bool feedChanged = settings.feedUrl != m_settings.feedUrl ||
                             settings.trust != m_settings.trust ||
                             settings.caCertificates != m_settings.caCertificates;
    m_settings = settings;
    m_timer.stop();
    m_failures = 0;
    if (!m_settings.isConfigured()) {
        if (!m_thread)
            setState(State::NotConfigured);
    } else if (m_state == State::NotConfigured) {
        setState(State::Idle);
    }
    emit settingsChanged();
    if (m_thread)
        return; // onFinished schedules with the new settings
    if (feedChanged)
        startPeriodicChecks(); // a new feed is looked at soon, not in a day
    else
        scheduleNext(false);
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncService::cancel()
{
    m_cancel = true;
}

void SyncService::checkNow()
{
    if (m_thread)
        return; // one cycle at a time
    if (!m_settings.isConfigured()) {
        setState(State::NotConfigured); // no feed: no thread, no request
        return;
    }
    m_timer.stop();
    m_cancel = false;
    setState(State::Checking);
    auto onProgress = [this](Phase phase, int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, phase, done, total] {
                if (phase == Phase::Download || phase == Phase::Snapshot)
                    setState(State::Downloading);
                else if (phase == Phase::Apply)
                    setState(State::Applying);
                emit progress(phase, done, total);
            },
            Qt::QueuedConnection);
    };
    const SyncSettings settings = m_settings;
    m_thread = QThread::create([this, settings, onProgress]() {
        SyncResult result;
        try {
            SyncOptions options = settings.options(); // reads the trust anchor: may throw
            options.cancel = &m_cancel;
            options.progress = onProgress;
            SyncClient client(m_stores, options);
            result = client.run(); // its own connection and network access, on this thread
        } catch (const SyncError &e) {
            result.category = e.category();
            result.message = e.message();
            logOutcome(result, settings.feedUrl); // before the client ran
        } catch (const Kb::Error &e) {
            result.category = Category::Local;
            result.message = e.message();
            logOutcome(result, settings.feedUrl);
        }
        QMetaObject::invokeMethod(
            this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void SyncService::onFinished(const SyncResult &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_last = result;
    const bool failed = result.category != Category::None;
    if (!failed)
        setState(result.status == SyncResult::Status::Updated ? State::Updated : State::UpToDate);
    else
        setState(isRefusal(result.category) ? State::Refused : State::Failed);
    if (result.seqAfter != result.seqBefore || result.status == SyncResult::Status::Updated)
        emit contentUpdated(result.contentPath);
    emit finished();
    scheduleNext(failed);
}

void SyncService::scheduleNext(bool failed)
{
    if (!m_settings.checksPeriodically() || !m_settings.isConfigured())
        return;
    int minutes = m_settings.intervalMinutes();
    if (failed) {
        m_failures = qMin(m_failures + 1, 10);
        minutes = qMin(MaxBackoffMinutes, 1 << (m_failures - 1));
    } else {
        m_failures = 0;
    }
    const int jitter = int(QRandomGenerator::global()->bounded(qMax(1, minutes * MinuteMs / 10)));
    m_timer.start(minutes * MinuteMs + jitter);
}

} // namespace Flexwonen::Sync
