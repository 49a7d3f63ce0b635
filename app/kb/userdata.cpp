// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdata.h"

#include "database.h"
#include "schema.h"

#include <QDateTime>
#include <QVariant>

namespace Flexwonen::Kb {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

UserData::UserData(const QString &path, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<Connection>(path, Connection::Mode::ReadWrite))
{
    Schema::migrate(*m_connection, Schema::Store::User);
}

UserData::~UserData() = default;

QStringList UserData::bookmarks()
{
    QSqlQuery q =
        m_connection->prepare(QStringLiteral("SELECT item_id FROM bookmark ORDER BY created DESC"));
    m_connection->run(q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

bool UserData::isBookmarked(const QString &itemId)
{
    QSqlQuery q = m_connection->prepare(QStringLiteral("SELECT 1 FROM bookmark WHERE item_id = ?"));
    q.addBindValue(itemId);
    m_connection->run(q);
    return q.next();
}

void UserData::setBookmarked(const QString &itemId, bool on)
{
    QSqlQuery q = m_connection->prepare(
        on ? QStringLiteral("INSERT OR IGNORE INTO bookmark (item_id, created) VALUES (?, ?)")
           : QStringLiteral("DELETE FROM bookmark WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (on)
        q.addBindValue(now());
    m_connection->run(q);
    emit changed();
}

QString UserData::note(const QString &itemId)
{
    QSqlQuery q = m_connection->prepare(QStringLiteral("SELECT text FROM note WHERE item_id = ?"));
    q.addBindValue(itemId);
    m_connection->run(q);
    return q.next() ? q.value(0).toString() : QString();
}

void UserData::setNote(const QString &itemId, const QString &text)
{
    QSqlQuery q = m_connection->prepare(
        text.isEmpty() ? QStringLiteral("DELETE FROM note WHERE item_id = ?")
                       : QStringLiteral("INSERT OR REPLACE INTO note (item_id, text, updated) "
                                        "VALUES (?, ?, ?)"));
    q.addBindValue(itemId);
    if (!text.isEmpty()) {
        q.addBindValue(text);
        q.addBindValue(now());
    }
    m_connection->run(q);
    emit changed();
}

void UserData::recordVisit(const QString &itemId)
{
    QSqlQuery q = m_connection->prepare(
        QStringLiteral("INSERT INTO history (item_id, visited) VALUES (?, ?)"));
    q.addBindValue(itemId);
    q.addBindValue(now());
    m_connection->run(q);
}

QStringList UserData::recentVisits(int limit)
{
    QSqlQuery q = m_connection->prepare(QStringLiteral(
        "SELECT item_id FROM history GROUP BY item_id ORDER BY max(id) DESC LIMIT ?"));
    q.addBindValue(limit);
    m_connection->run(q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace Flexwonen::Kb
