// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "syncclient.h"
#include "syncservice.h"

#include <atomic>
#include <QObject>

class QThread;

namespace Flexwonen::Sync {

// Checks a feed the user is about to choose, as verify-feed does (head, keys, every batch, the
// snapshot; nothing applied), on a worker thread, so the settings dialog can say whether it is
// a feed this app will accept before it is saved. One check at a time: a new start cancels the
// one running.
class FeedCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedCheck)
public:
    explicit FeedCheck(QObject *parent = nullptr);
    ~FeedCheck() override; // cancels and waits

    bool isRunning() const { return m_thread != nullptr; }
    void start(const SyncSettings &settings);
    void cancel();

signals:
    // Only for the last check started; category None: the feed is in order.
    void finished(const Flexwonen::Sync::VerifyReport &report);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    quint64 m_generation = 0;
};

// Why a CA file cannot be used (missing, unreadable, no PEM certificate), in Dutch; empty when
// it can (or path is empty: no extra CAs).
QString caCertificatesProblem(const QString &path);

} // namespace Flexwonen::Sync
