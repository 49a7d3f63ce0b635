// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "applier.h"

#include "feed/minisign.h"
#include "feed/syncerror.h"

#include <atomic>
#include <functional>
#include <QDateTime>
#include <QJsonObject>

namespace Flexwonen::Kb {
class ProfileStores;
}

namespace Flexwonen::Sync {

class Transport;

// How far an update cycle is (SyncOptions::progress, SyncService::progress).
enum class Phase {
    Head,     // fetching and verifying the head (0 of 1)
    Download, // verifying batches (done of total)
    Snapshot, // fetching the snapshot and building its database (0 of 1)
    Apply,    // batches onto the content database (done of total)
    Done,     // updated (1 of 1)
};

struct SyncOptions
{
    QString feed; // https URL, http://127.0.0.1…, file: URL or a folder
    QList<Minisign::PublicKey> trusted;
    QString caCertificates; // extra CAs (setting sync/ca_certificates), see Transport::Options
    int inactivityTimeoutMs = 30000;
    int deadlineMs = 300000;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(Phase, int done, int total)> progress;
};

struct SyncResult
{
    enum class Status { Updated, UpToDate, Refused, Failed };
    Status status = Status::Failed;
    Category category = Category::None;
    QString message;
    qint64 seqBefore = 0;
    qint64 seqAfter = 0;
    QList<Change> changes;
    QString contentPath; // the active content database afterwards
    QDateTime lastSuccess;

    int exitCode() const { return exitCodeOf(category); }
    QString statusName() const;
    QJsonObject toJson() const; // {status, category, seq_before, seq_after, changes, message}
};

// One update cycle (docs/feed-protocol.md §Client): head → verify → policy → download and verify
// everything → apply batch by batch (or switch to a verified snapshot). Runs on the calling
// thread with its own database connection; a QLockFile keeps it to one run per profile.
class SyncClient
{
    Q_DISABLE_COPY_MOVE(SyncClient)
public:
    SyncClient(Kb::ProfileStores &stores, SyncOptions options);

    SyncResult run();

    // The update start time t0 (FLEXWONEN_SYNC_NOW overrides it for tests).
    static QDateTime now();

private:
    // read-local → verify-head → plan → download → apply → record (syncclient.cpp).
    SyncResult runLocked();

    Kb::ProfileStores &m_stores;
    SyncOptions m_options;
};

// verify-feed: checks a whole tree (head, every batch, the snapshot) without applying anything.
struct VerifyReport
{
    Category category = Category::None;
    QString message;
    qint64 seq = 0;
    int keysVersion = 0; // 0: no keys/ files, the head is signed by the root itself
    int batches = 0;
    int ops = 0;
    QJsonObject toJson() const;
};
VerifyReport verifyFeed(const QString &feed, const QList<Minisign::PublicKey> &trusted,
                        int inactivityTimeoutMs = 30000);
// The same with a run's options: its feed, trust anchor, CA file, timeouts and cancel flag.
VerifyReport verifyFeed(const SyncOptions &options);
// The same over a given transport (the publisher checks its staged tree this way).
VerifyReport verifyFeed(Transport &transport, const QList<Minisign::PublicKey> &trusted);

// The trust anchor, the ROOT key: --trust (a .pub file or the base64 key), else the key built
// into the app. It signs keys/1.json (which names the feed keys), or the heads themselves while
// a feed has no keys/ files.
QList<Minisign::PublicKey> trustedKeys(const QString &option);

} // namespace Flexwonen::Sync
