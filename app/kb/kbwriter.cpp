// SPDX-License-Identifier: EUPL-1.2
#include "kbwriter.h"

#include "database.h"
#include "itemfields.h"
#include "search/indexer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace Flexwonen::Kb {

namespace {

// A source's date as stored: ISO text, or NULL for a feed item published without one.
QVariant isoOrNull(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

// Fields that are shown but never filtered on live in one JSON column (the fields without a
// column of their own, and the contacts).
QString extraJson(const Item &item)
{
    QJsonObject extra;
    for (const ItemField &f : itemFields()) {
        if (!f.column)
            putJson(extra, item, f);
    }
    if (!item.contacts.isEmpty()) {
        QJsonArray contacts;
        for (const Contact &c : item.contacts)
            contacts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("role"), c.role},
                                        {QStringLiteral("url"), c.url}});
        extra.insert(QStringLiteral("contacts"), contacts);
    }
    return QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

// Every field with a column, then extra.
const QString &insertItemSql()
{
    static const QString sql = [] {
        QStringList columns;
        for (const ItemField &f : itemFields()) {
            if (f.column)
                columns.append(QLatin1String(f.column));
        }
        columns.append(QStringLiteral("extra"));
        return QStringLiteral("INSERT INTO item (%1) VALUES (?%2)")
            .arg(columns.join(QStringLiteral(", ")),
                 QStringLiteral(", ?").repeated(columns.size() - 1));
    }();
    return sql;
}

QVariantList insertItemValues(const Item &item)
{
    QVariantList values;
    for (const ItemField &f : itemFields()) {
        if (f.column)
            values.append(columnValue(item, f));
    }
    values.append(extraJson(item));
    return values;
}

} // namespace

KbWriter::KbWriter(Connection &connection)
    : m_connection(connection)
    , m_index(std::make_unique<Search::Indexer>(connection.handle()))
{}

KbWriter::~KbWriter() = default;

void KbWriter::run(std::optional<QSqlQuery> &statement, QAnyStringView sql,
                   const QVariantList &values)
{
    if (!statement)
        statement = m_connection.prepare(sql.toString());
    int position = 0;
    for (const QVariant &v : values)
        statement->bindValue(position++, v);
    m_connection.run(*statement);
}

void KbWriter::remove(const QString &id)
{
    m_index->remove(id); // reads the item's text, so before the row goes
    // Child rows go by ON DELETE CASCADE.
    run(m_deleteItem, "DELETE FROM item WHERE id = ?", {id});
}

void KbWriter::upsert(const Item &item)
{
    write(item);
    m_index->flush();
}

void KbWriter::upsertAll(const QList<Item> &items)
{
    for (const Item &item : items)
        write(item);
    m_index->flush();
}

void KbWriter::write(const Item &item)
{
    remove(item.id);
    run(m_insertItem, insertItemSql(), insertItemValues(item));
    for (qsizetype i = 0; i < item.sources.size(); ++i)
        run(m_insertSource,
            "INSERT INTO item_source (item_id, pos, title, url, accessed) VALUES (?, ?, ?, ?, ?)",
            {item.id, qint64(i), item.sources[i].title, item.sources[i].url,
             isoOrNull(item.sources[i].accessed)});
    for (qsizetype i = 0; i < item.links.size(); ++i)
        run(m_insertLink, "INSERT INTO item_link (item_id, pos, target_id) VALUES (?, ?, ?)",
            {item.id, qint64(i), item.links[i]});
    for (qsizetype i = 0; i < item.municipalities.size(); ++i) {
        const Municipality &m = item.municipalities[i];
        run(m_insertMunicipality,
            "INSERT INTO municipality (region_id, pos, name, code, year) VALUES (?, ?, ?, ?, ?)",
            {item.id, qint64(i), m.name, m.code, m.year});
    }
    for (qsizetype i = 0; i < item.figures.size(); ++i) {
        const Figure &f = item.figures[i];
        run(m_insertFigure,
            "INSERT INTO figure (item_id, pos, label, value, value_max, unit, year, definition, "
            "source_title, source_url, approx, source_accessed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {item.id, qint64(i), f.label, f.value, f.valueMax ? QVariant(*f.valueMax) : QVariant(),
             f.unit, f.year, f.definition, f.source.title, f.source.url, f.approx ? 1 : 0,
             isoOrNull(f.source.accessed)});
    }
    m_index->add(item);
}

void KbWriter::setMeta(qint64 seq, const QString &origin, const QString &built)
{
    QSqlQuery q = m_connection.prepare(
        QStringLiteral("UPDATE meta SET seq = ?, origin = ?, built = ? WHERE id = 1"));
    q.addBindValue(seq);
    q.addBindValue(origin);
    q.addBindValue(built);
    m_connection.run(q);
}

} // namespace Flexwonen::Kb
