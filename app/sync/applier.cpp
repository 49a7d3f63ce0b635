// SPDX-License-Identifier: EUPL-1.2
#include "applier.h"

#include "feed/syncerror.h"

#include "kb/database.h"
#include "kb/kbwriter.h"
#include "kb/search/indexer.h"

#include <QThread>
#include <QVariant>

namespace Flexwonen::Sync {

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QStringLiteral("new");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Snapshot:
        return QStringLiteral("snapshot");
    }
    return {};
}

Applier::Applier(Kb::Connection &connection)
    : m_connection(connection)
    , m_delayUs(qEnvironmentVariableIntValue("FLEXWONEN_SYNC_APPLY_DELAY_US"))
{}

qint64 Applier::currentSeq()
{
    return m_connection.scalar(QStringLiteral("SELECT seq FROM meta WHERE id = 1")).toLongLong();
}

QList<Change> Applier::apply(const Feed::Batch &batch)
{
    Kb::Transaction transaction(m_connection); // BEGIN IMMEDIATE: one writer at a time
    const qint64 seq = currentSeq();
    if (seq >= batch.seq)
        return {}; // already applied (a resumed run)
    if (seq != batch.seq - 1)
        throw SyncError(
            Category::Mismatch,
            QStringLiteral("batch %1 past niet op volgnummer %2").arg(batch.seq).arg(seq));

    Kb::KbWriter writer(m_connection);
    QSqlQuery stored =
        m_connection.prepare(QStringLiteral("SELECT rev, type, title FROM item WHERE id = ?"));
    QList<Change> changes;
    // Ids are unique within a batch (checked when parsing), so upserts can be written together
    // at the end: the search index is then flushed once per batch instead of once per item.
    QList<Kb::Item> upserts;
    for (const Feed::Op &op : batch.ops) {
        stored.addBindValue(op.id);
        m_connection.run(stored);
        const bool exists = stored.next();
        const int storedRev = exists ? stored.value(0).toInt() : 0;
        const QString storedType = exists ? stored.value(1).toString() : QString();
        const QString storedTitle = exists ? stored.value(2).toString() : QString();
        stored.finish();
        if (op.kind == Feed::Op::Kind::Upsert) {
            // rev makes re-applying idempotent: only a newer revision replaces the record.
            if (exists && op.rev <= storedRev)
                continue;
            Kb::Item item = op.item;
            item.rev = op.rev;
            changes.append({op.id, exists ? Change::Kind::Changed : Change::Kind::New,
                            Kb::typeName(item.type), item.title, batch.seq});
            upserts.append(std::move(item));
        } else {
            if (!exists || op.rev < storedRev)
                continue;
            writer.remove(op.id);
            changes.append({op.id, Change::Kind::Removed, storedType, storedTitle, batch.seq});
        }
        if (m_delayUs > 0)
            QThread::usleep(ulong(m_delayUs));
    }
    writer.upsertAll(upserts);
    writer.setMeta(batch.seq, QStringLiteral("sync"), batch.published);
    transaction.commit();
    return changes;
}

bool Applier::compactSearchIndex()
{
    Kb::Transaction transaction(m_connection);
    const qint64 dead =
        m_connection.scalar(QStringLiteral("SELECT count(*) FROM search_dead")).toLongLong();
    const qint64 docs =
        m_connection.scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toLongLong();
    if (dead == 0 || double(dead) <= DeadShare * double(docs))
        return false;
    Kb::Search::Indexer(m_connection.handle()).rebuild();
    transaction.commit();
    return true;
}

} // namespace Flexwonen::Sync
