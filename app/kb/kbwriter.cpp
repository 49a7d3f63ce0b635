// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbwriter.h"

#include "database.h"
#include "search/indexer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace Flexwonen::Kb {

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullable(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Fields that are shown but never filtered on live in one JSON column.
QString extraJson(const Item &item)
{
    QJsonObject extra;
    if (!item.municipality.isEmpty())
        extra.insert(QStringLiteral("municipality"), item.municipality);
    if (!item.initiator.isEmpty())
        extra.insert(QStringLiteral("initiator"), item.initiator);
    if (!item.website.isEmpty())
        extra.insert(QStringLiteral("website"), item.website);
    if (item.referenceYear != 0)
        extra.insert(QStringLiteral("reference_year"), item.referenceYear);
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

} // namespace

KbWriter::KbWriter(Connection &connection)
    : m_connection(connection)
    , m_index(std::make_unique<Search::Indexer>(connection.handle()))
{}

KbWriter::~KbWriter() = default;

void KbWriter::run(std::optional<QSqlQuery> &statement, const char *sql,
                   std::initializer_list<QVariant> values)
{
    if (!statement)
        statement = m_connection.prepare(QString::fromLatin1(sql));
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
    run(m_insertItem,
        "INSERT INTO item (id, type, title, summary, body, region, dossier, kind, place, date, "
        "end_date, valid_from, confidence, uncertainty, sort_order, rev, extra) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {item.id, item.type, item.title, item.summary, item.body, nullable(item.region),
         nullable(item.dossier), nullable(item.kind), nullable(item.place), nullable(item.date),
         nullable(item.endDate), nullable(item.validFrom), nullable(item.confidence),
         nullable(item.uncertainty), item.order, item.rev, extraJson(item)});
    for (qsizetype i = 0; i < item.sources.size(); ++i)
        run(m_insertSource,
            "INSERT INTO item_source (item_id, pos, title, url) VALUES (?, ?, ?, ?)",
            {item.id, qint64(i), item.sources[i].title, item.sources[i].url});
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
            "source_title, source_url, approx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {item.id, qint64(i), f.label, f.value, f.valueMax ? QVariant(*f.valueMax) : QVariant(),
             f.unit, f.year, f.definition, f.source.title, f.source.url, f.approx ? 1 : 0});
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
