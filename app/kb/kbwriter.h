// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"

#include <memory>
#include <optional>
#include <QAnyStringView>
#include <QSqlQuery>
#include <QVariantList>

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
    // Runs one of the writer's statements, prepared once per writer: preparing per row was
    // a sixth of a bulk load's time.
    void run(std::optional<QSqlQuery> &statement, QAnyStringView sql, const QVariantList &values);

    Connection &m_connection;
    std::unique_ptr<Search::Indexer> m_index;
    std::optional<QSqlQuery> m_deleteItem, m_insertItem, m_insertSource, m_insertLink,
        m_insertMunicipality, m_insertFigure;
};

} // namespace Flexwonen::Kb
