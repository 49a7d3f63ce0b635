// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "personaltypes.h"

#include <functional>
#include <memory>
#include <QThread>

namespace Flexwonen::Personal {

// The parts of the personal store that changed since the last write, copied: a whole table for
// the small ones, new rows for the history.
struct WriteBatch
{
    std::optional<QHash<QString, QString>> titles;
    std::optional<QList<Bookmark>> bookmarks;
    std::optional<QStringList> folders;
    std::optional<QList<Note>> notes;
    QList<Visit> newVisits; // oldest first
    bool clearHistory = false;
    std::optional<QList<SavedSearch>> savedSearches;
    std::optional<QList<BasketEntry>> basket;
    std::optional<QHash<QString, QString>> values;
    unsigned parts = 0; // PersonalStore::Part bits of what this batch holds
};

struct WriteResult
{
    bool ok = true;
    QString message;  // Dutch, when not ok
    WriteBatch batch; // the batch, to write again when it failed
};

// Writes batches to user.sqlite on its own thread with its own connection, one transaction per
// batch, in the order they were given.
class StoreWriter
{
public:
    explicit StoreWriter(const QString &path);
    ~StoreWriter(); // finishes the queued batches, then stops

    // done runs on the thread that owns context, after the batch was written (or failed).
    void post(WriteBatch batch, QObject *context, std::function<void(const WriteResult &)> done);
    // Writes the batch now and waits for the result (and for everything posted before it).
    WriteResult writeAndWait(WriteBatch batch);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace Flexwonen::Personal
