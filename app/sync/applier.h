// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/feedformat.h"

#include <QList>

namespace Flexwonen::Kb {
class Connection;
}

namespace Flexwonen::Sync {

// One line of "Wat is er nieuw": what a batch did to one item.
struct Change
{
    enum class Kind {
        New,      // an item the content did not have
        Changed,  // a newer revision of an item
        Removed,  // a tombstone removed an item
        Snapshot, // the whole content was replaced (no id)
    };
    QString id;
    Kind kind = Kind::Changed;
    QString type;
    QString title;
    qint64 seq = 0;

    // The `change` field of sync --json: "new", "changed", "removed", "snapshot".
    static QString kindName(Kind kind);
};

// Applies verified batches to a content database: one BEGIN IMMEDIATE transaction per batch,
// the cursor meta.seq moved in the same transaction. Never called before everything is verified.
class Applier
{
    Q_DISABLE_COPY_MOVE(Applier)
public:
    explicit Applier(Kb::Connection &connection);

    qint64 currentSeq();
    // Applies batch.seq on top of batch.seq-1 (throws SyncError(Mismatch) otherwise); a batch
    // that is already applied is skipped. Returns what changed.
    QList<Change> apply(const Feed::Batch &batch);
    // Removed and replaced documents stay in the search postings as dead entries until the
    // index is rebuilt. After the batches are committed: rebuild, in its own transaction, when
    // the dead entries exceed DeadShare of the documents. Returns whether it rebuilt.
    static constexpr double DeadShare = 0.10;
    bool compactSearchIndex();

private:
    Kb::Connection &m_connection;
    int m_delayUs = 0; // test hook FLEXWONEN_SYNC_APPLY_DELAY_US: sleeps per op (kill -9 test)
};

} // namespace Flexwonen::Sync
