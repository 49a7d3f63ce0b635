// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "kberror.h"
#include "search/nltokenizer.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace Flexwonen::Kb {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("flexwonen-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Connection::Connection(const QString &path, Mode mode)
    : m_path(path)
    , m_name(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_db.isValid())
        throw Error(Error::Kind::Database,
                    QStringLiteral("De SQLite-driver van Qt (QSQLITE) ontbreekt; installeer "
                                   "libqt6sql6-sqlite."));
    if (mode == Mode::ReadWrite) {
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        // A URI lets SQLite skip locking and journals for a file nobody writes.
        QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                      (mode == Mode::Immutable ? QStringLiteral("?mode=ro&immutable=1")
                                               : QStringLiteral("?mode=ro"));
        m_db.setDatabaseName(uri);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;"
                                              "QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open())
        fail(QStringLiteral("openen"), m_db.lastError().text());
    // The search index (schema 3) cannot even be read without its tokenizer, so every
    // connection gets it before any statement runs.
    if (Search::registerDutchTokenizer(handle()) != SQLITE_OK)
        fail(QStringLiteral("zoektokenizer registreren"),
             QString::fromUtf8(sqlite3_errmsg(handle())));
    if (mode == Mode::ReadWrite) {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

sqlite3 *Connection::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void Connection::fail(const QString &what, const QString &sqliteMessage) const
{
    const bool notADatabase = sqliteMessage.contains(QLatin1String("not a database")) ||
                              sqliteMessage.contains(QLatin1String("malformed"));
    throw Error(notADatabase ? Error::Kind::Corrupt : Error::Kind::Database,
                QStringLiteral("Database %1: %2 mislukt: %3").arg(m_path, what, sqliteMessage));
}

void Connection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(sql.left(60), query.lastError().text());
}

void Connection::execScript(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "onbekende fout");
        sqlite3_free(message);
        fail(QStringLiteral("script"), text);
    }
}

QSqlQuery Connection::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(sql.left(60), query.lastError().text());
    return query;
}

void Connection::run(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastQuery().left(60), query.lastError().text());
}

QVariant Connection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        fail(sql.left(60), query.lastError().text());
    return query.next() ? query.value(0) : QVariant();
}

void Connection::begin()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void Connection::commit()
{
    exec(QStringLiteral("COMMIT"));
}

void Connection::rollback() noexcept
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace Flexwonen::Kb
