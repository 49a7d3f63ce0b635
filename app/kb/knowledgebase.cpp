// SPDX-License-Identifier: EUPL-1.2
#include "knowledgebase.h"

#include "database.h"
#include "itemfields.h"
#include "kberror.h"
#include "schema.h"
#include "search/engine.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace Flexwonen::Kb {

namespace {

// The columns of the item table that hold fields, comma-separated (for whom wants() chooses).
template <typename Wanted> QString columnsOf(Wanted wants)
{
    QStringList columns;
    for (const ItemField &f : itemFields()) {
        if (!wants(f))
            continue;
        // SQLite reads the fields kept in the extra JSON that lists need: cheaper than parsing
        // every row's JSON in Qt (lists fill the docks and the start page at start-up).
        columns.append(
            f.column ? QLatin1String(f.column)
                     : QStringLiteral("json_extract(extra, '$.%1')").arg(QLatin1String(f.name)));
    }
    return columns.join(QStringLiteral(", "));
}

const QString &summaryColumns()
{
    static const QString columns = columnsOf(
        [](const ItemField &f) { return !std::holds_alternative<std::monostate>(f.summary); });
    return columns;
}

ItemSummary summaryFrom(const QSqlQuery &q)
{
    ItemSummary s;
    int column = 0;
    for (const ItemField &f : itemFields()) {
        if (!std::holds_alternative<std::monostate>(f.summary))
            setStored(s, f, q.value(column++));
    }
    return s;
}

// Every field of an item: those with a column, then the extra JSON.
const QString &itemSelect()
{
    static const QString sql =
        QStringLiteral("SELECT %1, extra FROM item WHERE id = ?")
            .arg(columnsOf([](const ItemField &f) { return f.column != nullptr; }));
    return sql;
}

Item itemFrom(const QSqlQuery &q, const QString &path)
{
    Item item;
    int column = 0;
    for (const ItemField &f : itemFields()) {
        if (f.column)
            setStored(item, f, q.value(column++));
    }
    // A damaged row is an error, not an item with silently missing fields.
    QJsonParseError parseError;
    const QJsonDocument extraDoc =
        QJsonDocument::fromJson(q.value(column).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !extraDoc.isObject())
        throw Error(Error::Kind::Corrupt,
                    QStringLiteral("De opgeslagen gegevens van item %1 in %2 zijn beschadigd")
                        .arg(item.id, path));
    const QJsonObject extra = extraDoc.object();
    for (const ItemField &f : itemFields()) {
        if (f.column)
            continue;
        // Read leniently, as the JSON of our own writer: a number is no text, and text no number.
        const QJsonValue v = extra.value(QLatin1String(f.name));
        setStored(item, f,
                  std::holds_alternative<int Item::*>(f.item) ? QVariant(v.toInt())
                                                              : QVariant(v.toString()));
    }
    for (const QJsonValue &v : extra.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        item.contacts.append({c.value(QLatin1String("name")).toString(),
                              c.value(QLatin1String("role")).toString(),
                              c.value(QLatin1String("url")).toString()});
    }
    return item;
}

Figure figureFrom(const QSqlQuery &q)
{
    Figure f;
    f.label = q.value(0).toString();
    f.value = q.value(1).toDouble();
    if (!q.value(2).isNull())
        f.valueMax = q.value(2).toDouble();
    f.unit = q.value(3).toString();
    f.year = q.value(4).toInt();
    f.definition = q.value(5).toString();
    f.source = {q.value(6).toString(), q.value(7).toString(),
                QDate::fromString(q.value(9).toString(), Qt::ISODate)};
    f.approx = q.value(8).toInt() != 0;
    return f;
}

// Resets a cached statement when the caller is done with it, so it holds no read snapshot.
struct FinishGuard
{
    QSqlQuery &query;
    explicit FinishGuard(QSqlQuery &q)
        : query(q)
    {}
    ~FinishGuard() { query.finish(); }
    Q_DISABLE_COPY_MOVE(FinishGuard)
};

std::unique_ptr<Connection> openChecked(const QString &path, KnowledgeBase::Access access)
{
    // Reading works on a full disk too (see Connection::openForReading).
    auto connection = Connection::openForReading(path, access == KnowledgeBase::Access::Profile
                                                           ? Connection::Mode::ReadWrite
                                                           : Connection::Mode::ReadOnly);
    if (access == KnowledgeBase::Access::Profile)
        connection->exec(QStringLiteral("PRAGMA query_only = 1")); // only the sync writes
    Schema::checkReadable(*connection, Schema::Store::Content, Schema::Depth::Quick);
    if (connection->userVersion() != Schema::ContentVersion)
        throw Error(Error::Kind::Corrupt,
                    QStringLiteral("%1 heeft schema %2 en moet eerst worden bijgewerkt")
                        .arg(path)
                        .arg(connection->userVersion()));
    if (access == KnowledgeBase::Access::ReadOnlyFile)
        Schema::checkOwnSchema(*connection); // someone else's file: before any query of ours
    return connection;
}

} // namespace

KnowledgeBase::KnowledgeBase(const QString &path, Access access, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_connection(openChecked(path, access))
{}

KnowledgeBase::~KnowledgeBase() = default;

QSqlQuery &KnowledgeBase::statement(const QString &sql)
{
    // Lists and items are read many times (docks, start page, reader); preparing each query
    // once per connection saves a good part of start-up.
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_connection->prepare(sql)).first;
    return it->second;
}

QString KnowledgeBase::path() const
{
    return m_connection->path();
}

void KnowledgeBase::reopen(const QString &path)
{
    // The new connection first: if it cannot be opened, the old one stays in use untouched.
    auto next = openChecked(path, m_access);
    m_statements.clear(); // they belong to the old connection
    m_connection = std::move(next);
    emit contentChanged();
}

KbMeta KnowledgeBase::meta()
{
    QSqlQuery &q = statement(
        QStringLiteral("SELECT feed_id, epoch, seq, origin, built FROM meta WHERE id = 1"));
    m_connection->run(q);
    const FinishGuard qDone(q);
    KbMeta meta;
    meta.path = m_connection->path();
    meta.schema = m_connection->userVersion();
    if (q.next()) {
        meta.feedId = q.value(0).toString();
        meta.epoch = q.value(1).toInt();
        meta.seq = q.value(2).toLongLong();
        meta.origin = q.value(3).toString();
        meta.built = q.value(4).toString();
    }
    return meta;
}

QMap<ItemType, int> KnowledgeBase::countsByType()
{
    QMap<ItemType, int> counts;
    for (const ItemType type : itemTypes())
        counts.insert(type, 0);
    // Only the item_type index is read (a covering scan): an item's id for the error message
    // would cost a table lookup per item, seconds with 100,000 items (issue 14.9).
    QSqlQuery &q = statement(QStringLiteral("SELECT type, count(*) FROM item GROUP BY type"));
    m_connection->run(q);
    const FinishGuard qDone(q);
    QString unknown;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (const std::optional<ItemType> type = typeFromName(name))
            counts.insert(*type, q.value(1).toInt());
        else if (unknown.isNull())
            unknown = name;
    }
    if (!unknown.isNull()) {
        QSqlQuery &idOf = statement(QStringLiteral("SELECT min(id) FROM item WHERE type = ?"));
        idOf.addBindValue(unknown);
        m_connection->run(idOf);
        const FinishGuard idDone(idOf);
        storedType(unknown, idOf.next() ? idOf.value(0).toString() : QString()); // throws
    }
    return counts;
}

void KnowledgeBase::addFilter(const ItemFilter &filter, QString &sql, QVariantList &binds)
{
    sql += QStringLiteral(" WHERE 1");
    const auto where = [&](const QString &value, const char *column) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds.append(value);
        }
    };
    if (filter.type)
        where(typeName(*filter.type), "type");
    where(filter.region, "region");
    where(filter.dossier, "dossier");
}

QList<ItemSummary> KnowledgeBase::summaries(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = statement(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    m_connection->run(q);
    const FinishGuard qDone(q);
    QList<ItemSummary> result;
    while (q.next())
        result.append(summaryFrom(q));
    m_summariesRead += quint64(result.size());
    return result;
}

QList<ItemSummary> KnowledgeBase::list(const ItemFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM item").arg(summaryColumns());
    QVariantList binds;
    addFilter(filter, sql, binds);
    // Dated types read best newest first, everything else by its curated order.
    sql += QStringLiteral(" ORDER BY sort_order, CASE WHEN type = '%1' THEN date END DESC, "
                          "date, title COLLATE NOCASE")
               .arg(typeName(ItemType::News));
    return summaries(sql, binds);
}

QList<ItemSummary> KnowledgeBase::newest(ItemType type, int count, const QDate &before)
{
    // Dates are ISO text, so text order is date order; undated items come last (NULL is the
    // smallest value), as they did when the whole list was sorted by QDate.
    QString sql = QStringLiteral("SELECT %1 FROM item WHERE type = ?").arg(summaryColumns());
    QVariantList binds{typeName(type)};
    if (before.isValid()) {
        sql += QStringLiteral(" AND (date < ? OR date IS NULL)");
        binds.append(before.toString(Qt::ISODate));
    }
    sql += QStringLiteral(" ORDER BY date DESC, sort_order, title COLLATE NOCASE LIMIT ?");
    binds.append(std::max(count, 0));
    return summaries(sql, binds);
}

QList<ItemSummary> KnowledgeBase::upcoming(ItemType type, const QDate &from, int count)
{
    const QString sql = QStringLiteral("SELECT %1 FROM item WHERE type = ? AND date >= ? "
                                       "ORDER BY date, sort_order, title COLLATE NOCASE LIMIT ?")
                            .arg(summaryColumns());
    return summaries(sql, {typeName(type), from.toString(Qt::ISODate), std::max(count, 0)});
}

QList<ItemSummary> KnowledgeBase::choices(const QString &titlePart, const QList<ItemType> &types,
                                          int offset, int count)
{
    QString sql = QStringLiteral("SELECT %1 FROM item").arg(summaryColumns());
    QVariantList binds;
    if (!titlePart.isEmpty()) {
        // The user's text is a LIKE pattern's literal part: its own % and _ match themselves.
        QString literal = titlePart;
        literal.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        QStringList any{QStringLiteral("title LIKE ? ESCAPE '\\'")};
        binds.append(QLatin1Char('%') + literal + QLatin1Char('%'));
        for (ItemType type : types) {
            any.append(QStringLiteral("type = ?"));
            binds.append(typeName(type));
        }
        sql += QStringLiteral(" WHERE ") + any.join(QStringLiteral(" OR "));
    }
    sql += QStringLiteral(" ORDER BY type, sort_order, title LIMIT ? OFFSET ?");
    binds.append(std::max(count, 0));
    binds.append(std::max(offset, 0));
    return summaries(sql, binds);
}

bool KnowledgeBase::hasItems(const ItemFilter &filter)
{
    QString sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM item");
    QVariantList binds;
    addFilter(filter, sql, binds);
    sql += QLatin1Char(')');
    QSqlQuery &q = statement(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    m_connection->run(q);
    const FinishGuard qDone(q);
    return q.next() && q.value(0).toInt() != 0;
}

SearchResults KnowledgeBase::search(const SearchRequest &request)
{
    Search::Engine engine(m_connection->handle());
    return engine.search(request);
}

QHash<QString, QList<Municipality>> KnowledgeBase::municipalitiesByRegion()
{
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT region_id, name, code, year FROM municipality ORDER BY region_id, pos"));
    m_connection->run(q);
    const FinishGuard qDone(q);
    QHash<QString, QList<Municipality>> result;
    while (q.next())
        result[q.value(0).toString()].append(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return result;
}

QList<ItemSummary> KnowledgeBase::referencing(const QString &id)
{
    return summaries(
        QStringLiteral("SELECT %1 FROM item WHERE id IN (SELECT item_id FROM item_link WHERE "
                       "target_id = ?) ORDER BY type, sort_order, title")
            .arg(summaryColumns()),
        {id});
}

QHash<QString, ItemStamp> KnowledgeBase::stamps(const QStringList &ids)
{
    QHash<QString, ItemStamp> result;
    if (ids.isEmpty())
        return result;
    // One bound JSON array instead of a statement per id or SQL built from ids.
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT id, title, type, rev FROM item WHERE id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    m_connection->run(q);
    const FinishGuard qDone(q);
    while (q.next()) {
        const QString id = q.value(0).toString();
        result.insert(
            id, {q.value(1).toString(), storedType(q.value(2).toString(), id), q.value(3).toInt()});
    }
    return result;
}

std::optional<Item> KnowledgeBase::item(const QString &id)
{
    QSqlQuery &q = statement(itemSelect());
    q.addBindValue(id);
    m_connection->run(q);
    // Open until the end: its read snapshot also covers the item's rows read below, so a sync
    // committing meanwhile cannot mix two versions of the item.
    const FinishGuard qDone(q);
    if (!q.next())
        return std::nullopt;
    Item item = itemFrom(q, m_connection->path());
    forEachRow(QStringLiteral("SELECT title, url, accessed FROM item_source WHERE item_id = ? "
                              "ORDER BY pos"),
               id, [&item](const QSqlQuery &r) {
                   item.sources.append({r.value(0).toString(), r.value(1).toString(),
                                        QDate::fromString(r.value(2).toString(), Qt::ISODate)});
               });
    forEachRow(QStringLiteral("SELECT target_id FROM item_link WHERE item_id = ? ORDER BY pos"), id,
               [&item](const QSqlQuery &r) { item.links.append(r.value(0).toString()); });
    forEachRow(QStringLiteral("SELECT name, code, year FROM municipality WHERE region_id = ? "
                              "ORDER BY pos"),
               id, [&item](const QSqlQuery &r) {
                   item.municipalities.append(
                       {r.value(0).toString(), r.value(1).toString(), r.value(2).toInt()});
               });
    forEachRow(
        QStringLiteral(
            "SELECT label, value, value_max, unit, year, definition, "
            "source_title, source_url, approx, source_accessed FROM figure WHERE item_id = ? "
            "ORDER BY pos"),
        id, [&item](const QSqlQuery &r) { item.figures.append(figureFrom(r)); });
    return item;
}

void KnowledgeBase::forEachRow(const QString &sql, const QString &id,
                               const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery &q = statement(sql);
    q.addBindValue(id);
    m_connection->run(q);
    const FinishGuard qDone(q);
    while (q.next())
        row(q);
}

} // namespace Flexwonen::Kb
