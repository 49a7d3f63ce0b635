// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/feedformat.h"

#include <functional>
#include <QDateTime>
#include <QString>

namespace Flexwonen::Sync {

struct SyncState;

// The decisions of an update cycle that need no file and no network (docs/feed-protocol.md
// §Client). SyncClient reads what they need and acts on what they say.

// What the content database says about itself (meta, row 1).
struct LocalMeta
{
    QString feedId;
    int epoch = 0;
    qint64 seq = 0;
};

// Policy on a verified head against this computer: the content database's feed (MISMATCH), and
// never an older epoch or seq than the content or the highest seq seen (ROLLBACK; after a
// feed-key rotation, state.rebuild, the content's seq does not count). Returns the highest seq
// seen so far for this feed and epoch, which accepting the head raises.
qint64 checkHeadPolicy(const Feed::Head &head, const LocalMeta &local, const SyncState &state);

// Freshness and compatibility at t0: expires at most MaxHeadValidityDays after generated
// (FORMAT), not expired (FROZEN), not made in the future (CLOCK), schema and min_client
// (APP_TOO_OLD). verify-feed checks the same.
void checkFreshness(const Feed::Head &head, const QDateTime &t0);

struct UpdatePlan
{
    enum class Route {
        UpToDate, // nothing to fetch
        Batches,  // the batches above the content's seq, onto the content database
        Snapshot, // the head's snapshot and the batches after it, then switch databases
    };
    Route route = Route::UpToDate;
    qint64 from = 0; // the batches above this seq are needed
};

// Up to date when the head is the content's epoch and seq (and no rebuild is due). Otherwise
// databaseUsable is asked (a quick_check reads the whole file, so only when there is work):
// batches when the database is usable, the epoch is the same and the snapshot is not newer than
// the content; else the snapshot path.
UpdatePlan planUpdate(const Feed::Head &head, const LocalMeta &local, bool rebuild,
                      const std::function<bool()> &databaseUsable);

} // namespace Flexwonen::Sync
