// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"

#include <memory>

namespace Flexwonen::Kb {

class Connection;
namespace Search {
class Indexer;
}

// Writes items into a content database and keeps its search index in step. The caller owns the
// transaction.
class KbWriter
{
    Q_DISABLE_COPY_MOVE(KbWriter)
public:
    explicit KbWriter(Connection &connection);
    ~KbWriter();

    void upsert(const Item &item); // replaces the item and all its rows
    // Many at once: the search postings are written in bulk, far faster than one by one.
    void upsertAll(const QList<Item> &items);
    void remove(const QString &id);
    void setMeta(qint64 seq, const QString &origin, const QString &built);

private:
    void write(const Item &item);

    Connection &m_connection;
    std::unique_ptr<Search::Indexer> m_index;
};

} // namespace Flexwonen::Kb
