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

void KbWriter::remove(const QString &id)
{
    m_index->remove(id); // reads the item's text, so before the row goes
    // Child rows go by ON DELETE CASCADE.
    QSqlQuery q = m_connection.prepare(QStringLiteral("DELETE FROM item WHERE id = ?"));
    q.addBindValue(id);
    m_connection.run(q);
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
    QSqlQuery q = m_connection.prepare(QStringLiteral(
        "INSERT INTO item (id, type, title, summary, body, region, dossier, kind, place, date, "
        "end_date, valid_from, confidence, uncertainty, sort_order, rev, extra) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(item.id), QVariant(item.type), QVariant(item.title), QVariant(item.summary),
          QVariant(item.body), nullable(item.region), nullable(item.dossier), nullable(item.kind),
          nullable(item.place), nullable(item.date), nullable(item.endDate),
          nullable(item.validFrom), nullable(item.confidence), nullable(item.uncertainty),
          QVariant(item.order), QVariant(item.rev), QVariant(extraJson(item))})
        q.addBindValue(v);
    m_connection.run(q);

    QSqlQuery source = m_connection.prepare(
        QStringLiteral("INSERT INTO item_source (item_id, pos, title, url) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < item.sources.size(); ++i) {
        for (const QVariant &v : {QVariant(item.id), QVariant(qint64(i)),
                                  QVariant(item.sources[i].title), QVariant(item.sources[i].url)})
            source.addBindValue(v);
        m_connection.run(source);
    }
    QSqlQuery link = m_connection.prepare(
        QStringLiteral("INSERT INTO item_link (item_id, pos, target_id) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < item.links.size(); ++i) {
        for (const QVariant &v : {QVariant(item.id), QVariant(qint64(i)), QVariant(item.links[i])})
            link.addBindValue(v);
        m_connection.run(link);
    }
    QSqlQuery municipality = m_connection.prepare(QStringLiteral(
        "INSERT INTO municipality (region_id, pos, name, code, year) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < item.municipalities.size(); ++i) {
        const Municipality &m = item.municipalities[i];
        for (const QVariant &v : {QVariant(item.id), QVariant(qint64(i)), QVariant(m.name),
                                  QVariant(m.code), QVariant(m.year)})
            municipality.addBindValue(v);
        m_connection.run(municipality);
    }
    QSqlQuery figure = m_connection.prepare(QStringLiteral(
        "INSERT INTO figure (item_id, pos, label, value, value_max, unit, year, definition, "
        "source_title, source_url, approx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < item.figures.size(); ++i) {
        const Figure &f = item.figures[i];
        for (const QVariant &v :
             {QVariant(item.id), QVariant(qint64(i)), QVariant(f.label), QVariant(f.value),
              f.valueMax ? QVariant(*f.valueMax) : QVariant(), QVariant(f.unit), QVariant(f.year),
              QVariant(f.definition), QVariant(f.source.title), QVariant(f.source.url),
              QVariant(f.approx ? 1 : 0)})
            figure.addBindValue(v);
        m_connection.run(figure);
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
