// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"
#include "search/searchtypes.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSqlQuery>

namespace Flexwonen::Kb {

class Connection;

// Where the content comes from and which state it is in (the meta row of a knowledge base).
struct KbMeta
{
    QString path;
    QString feedId;
    int epoch = 0;
    qint64 seq = 0;
    int schema = 0;
    QString origin; // "bundled" or "sync"
    QString built;
};

// Filters for ItemSummary lists; empty fields do not filter.
struct ItemFilter
{
    std::optional<ItemType> type;
    QString region;
    QString dossier;
};

// What the personal layer needs of an item it keeps: whether it still exists, its title now, its
// type and its revision (a saved search's "new or changed").
struct ItemStamp
{
    QString title;
    ItemType type = ItemType::Page;
    int rev = 1;
    bool operator==(const ItemStamp &) const = default;
};

// Typed read access to one content database, on the thread that created it.
class KnowledgeBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBase)
public:
    // Opens for reading; a profile database (shared with the sync, so not immutable) or a file
    // given with --kb (read-only). Throws Error.
    enum class Access { Profile, ReadOnlyFile };
    explicit KnowledgeBase(const QString &path, Access access = Access::Profile,
                           QObject *parent = nullptr);
    ~KnowledgeBase() override;

    KbMeta meta();
    QMap<ItemType, int> countsByType(); // every type, 0 when it has no items
    QList<ItemSummary> list(const ItemFilter &filter);
    // Bounded, ordered reads for pages that show a few items of a large type (issue 14.9): at
    // most count items of type, by date. newest: newest first, dated before `before` (or
    // undated) when it is valid. upcoming: dated on or after from, soonest first.
    QList<ItemSummary> newest(ItemType type, int count, const QDate &before = {});
    QList<ItemSummary> upcoming(ItemType type, const QDate &from, int count);
    // One page of a chooser over every item (issue 14.9): the items whose title contains
    // titlePart (ASCII letters in any case) or whose type is one of types; every item when
    // titlePart is empty. In type and curated order, so pages follow the item_type index.
    QList<ItemSummary> choices(const QString &titlePart, const QList<ItemType> &types, int offset,
                               int count);
    // Whether any item matches filter, without reading them.
    bool hasItems(const ItemFilter &filter);
    // Item summaries read from the database since this object was made: lets tests check that
    // a page or list reads a bounded number of rows.
    quint64 summariesRead() const { return m_summariesRead; }
    std::optional<Item> item(const QString &id);
    // Full-text search on this thread and connection, for the command line and reports; the
    // window searches through SearchService on its own thread.
    SearchResults search(const SearchRequest &request);
    // Every region's municipalities, in their order, from one query.
    QHash<QString, QList<Municipality>> municipalitiesByRegion();
    // The stamps of the ids that exist, from one query; ids the content lacks are not in it.
    QHash<QString, ItemStamp> stamps(const QStringList &ids);
    // Items whose links name id (what refers to this item).
    QList<ItemSummary> referencing(const QString &id);
    QString path() const;

    // Switches to another database file (after a sync or reseed) and tells observers. Throws
    // Error when path cannot be opened as a knowledge base; the old connection then stays.
    void reopen(const QString &path);

signals:
    void contentChanged();

private:
    QSqlQuery &statement(const QString &sql);
    // Appends " WHERE …" for filter to sql and its values to binds.
    static void addFilter(const ItemFilter &filter, QString &sql, QVariantList &binds);
    QList<ItemSummary> summaries(const QString &sql, const QVariantList &binds);
    // Runs sql with id bound and hands each row to row.
    void forEachRow(const QString &sql, const QString &id,
                    const std::function<void(const QSqlQuery &)> &row);

    Access m_access;
    std::unique_ptr<Connection> m_connection;
    std::map<QString, QSqlQuery> m_statements; // prepared on m_connection; cleared before it goes
    quint64 m_summariesRead = 0;
};

} // namespace Flexwonen::Kb
