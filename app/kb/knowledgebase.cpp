// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebase.h"

#include "database.h"
#include "kberror.h"
#include "schema.h"
#include "search/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace Flexwonen::Kb {

namespace {

// SQLite reads the two fields lists need out of the extra JSON: cheaper than parsing every row's
// JSON in Qt (lists fill the docks and the start page at start-up).
const QString SummaryColumns =
    QStringLiteral("id, type, title, summary, region, dossier, kind, place, date, sort_order, "
                   "json_extract(extra, '$.municipality'), json_extract(extra, '$.initiator')");

ItemSummary summaryFrom(const QSqlQuery &q)
{
    ItemSummary s;
    s.id = q.value(0).toString();
    s.type = q.value(1).toString();
    s.title = q.value(2).toString();
    s.summary = q.value(3).toString();
    s.region = q.value(4).toString();
    s.dossier = q.value(5).toString();
    s.kind = q.value(6).toString();
    s.place = q.value(7).toString();
    s.date = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    s.order = q.value(9).toInt();
    s.municipality = q.value(10).toString();
    s.initiator = q.value(11).toString();
    return s;
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

QMap<QString, int> KnowledgeBase::countsByType()
{
    QMap<QString, int> counts;
    for (const QString &type : itemTypes())
        counts.insert(type, 0);
    QSqlQuery &q = statement(QStringLiteral("SELECT type, count(*) FROM item GROUP BY type"));
    m_connection->run(q);
    const FinishGuard qDone(q);
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<ItemSummary> KnowledgeBase::list(const ItemFilter &filter)
{
    QString sql = QStringLiteral("SELECT %1 FROM item WHERE 1").arg(SummaryColumns);
    QVariantList binds;
    const auto where = [&](const QString &value, const char *column) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            binds.append(value);
        }
    };
    where(filter.type, "type");
    where(filter.region, "region");
    where(filter.dossier, "dossier");
    // Dated types read best newest first, everything else by its curated order.
    sql += QStringLiteral(" ORDER BY sort_order, CASE WHEN type IN ('news') THEN date END DESC, "
                          "date, title COLLATE NOCASE");
    QSqlQuery &q = statement(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    m_connection->run(q);
    const FinishGuard qDone(q);
    QList<ItemSummary> result;
    while (q.next())
        result.append(summaryFrom(q));
    return result;
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
    QSqlQuery &q = statement(
        QStringLiteral("SELECT %1 FROM item WHERE id IN (SELECT item_id FROM item_link WHERE "
                       "target_id = ?) ORDER BY type, sort_order, title")
            .arg(SummaryColumns));
    q.addBindValue(id);
    m_connection->run(q);
    const FinishGuard qDone(q);
    QList<ItemSummary> result;
    while (q.next())
        result.append(summaryFrom(q));
    return result;
}

std::optional<Item> KnowledgeBase::item(const QString &id)
{
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT id, type, title, summary, body, region, dossier, kind, place, date, end_date, "
        "valid_from, confidence, uncertainty, sort_order, rev, extra FROM item WHERE id = ?"));
    q.addBindValue(id);
    m_connection->run(q);
    const FinishGuard qDone(q);
    if (!q.next())
        return std::nullopt;
    Item item;
    item.id = q.value(0).toString();
    item.type = q.value(1).toString();
    item.title = q.value(2).toString();
    item.summary = q.value(3).toString();
    item.body = q.value(4).toString();
    item.region = q.value(5).toString();
    item.dossier = q.value(6).toString();
    item.kind = q.value(7).toString();
    item.place = q.value(8).toString();
    item.date = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    item.endDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    item.validFrom = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    item.confidence = q.value(12).toString();
    item.uncertainty = q.value(13).toString();
    item.order = q.value(14).toInt();
    item.rev = q.value(15).toInt();
    // A damaged row is an error, not an item with silently missing fields.
    QJsonParseError parseError;
    const QJsonDocument extraDoc =
        QJsonDocument::fromJson(q.value(16).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !extraDoc.isObject())
        throw Error(Error::Kind::Corrupt,
                    QStringLiteral("De opgeslagen gegevens van item %1 in %2 zijn beschadigd")
                        .arg(id, m_connection->path()));
    const QJsonObject extra = extraDoc.object();
    item.municipality = extra.value(QLatin1String("municipality")).toString();
    item.initiator = extra.value(QLatin1String("initiator")).toString();
    item.website = extra.value(QLatin1String("website")).toString();
    item.referenceYear = extra.value(QLatin1String("reference_year")).toInt();
    for (const QJsonValue &v : extra.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        item.contacts.append({c.value(QLatin1String("name")).toString(),
                              c.value(QLatin1String("role")).toString(),
                              c.value(QLatin1String("url")).toString()});
    }

    QSqlQuery &sources = statement(
        QStringLiteral("SELECT title, url FROM item_source WHERE item_id = ? ORDER BY pos"));
    sources.addBindValue(id);
    m_connection->run(sources);
    const FinishGuard sourcesDone(sources);
    while (sources.next())
        item.sources.append({sources.value(0).toString(), sources.value(1).toString()});

    QSqlQuery &links =
        statement(QStringLiteral("SELECT target_id FROM item_link WHERE item_id = ? ORDER BY pos"));
    links.addBindValue(id);
    m_connection->run(links);
    const FinishGuard linksDone(links);
    while (links.next())
        item.links.append(links.value(0).toString());

    QSqlQuery &municipalities = statement(QStringLiteral(
        "SELECT name, code, year FROM municipality WHERE region_id = ? ORDER BY pos"));
    municipalities.addBindValue(id);
    m_connection->run(municipalities);
    const FinishGuard municipalitiesDone(municipalities);
    while (municipalities.next())
        item.municipalities.append({municipalities.value(0).toString(),
                                    municipalities.value(1).toString(),
                                    municipalities.value(2).toInt()});

    QSqlQuery &figures = statement(
        QStringLiteral("SELECT label, value, value_max, unit, year, definition, source_title, "
                       "source_url, approx FROM figure WHERE item_id = ? ORDER BY pos"));
    figures.addBindValue(id);
    m_connection->run(figures);
    const FinishGuard figuresDone(figures);
    while (figures.next()) {
        Figure f;
        f.label = figures.value(0).toString();
        f.value = figures.value(1).toDouble();
        if (!figures.value(2).isNull())
            f.valueMax = figures.value(2).toDouble();
        f.unit = figures.value(3).toString();
        f.year = figures.value(4).toInt();
        f.definition = figures.value(5).toString();
        f.source = {figures.value(6).toString(), figures.value(7).toString()};
        f.approx = figures.value(8).toInt() != 0;
        item.figures.append(f);
    }
    return item;
}

} // namespace Flexwonen::Kb
