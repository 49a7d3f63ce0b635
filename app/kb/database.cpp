// SPDX-License-Identifier: EUPL-1.2
#include "database.h"

#include "kberror.h"
#include "search/nltokenizer.h"

#include <QAtomicInteger>
#include <QFileInfo>
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

// SQLite's first WAL-index region; a -shm file smaller than this was never completed.
constexpr qint64 WalIndexRegion = 32768;

// No frames in the -wal and no complete WAL index: every committed page is in the main file
// (a checkpoint empties the WAL only after copying it), and no connection is in WAL mode on it.
bool mainFileIsComplete(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    return (!wal.exists() || wal.size() == 0) && (!shm.exists() || shm.size() < WalIndexRegion);
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
    // Before the schema is read: functions and virtual tables in views, triggers and indexes of
    // the file run only if SQLite marks them harmless, and no SQL can corrupt the file.
    if (sqlite3_db_config(handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr) != SQLITE_OK ||
        sqlite3_db_config(handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr) != SQLITE_OK)
        fail(QStringLiteral("beveiligen"), QString::fromUtf8(sqlite3_errmsg(handle())));
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

std::unique_ptr<Connection> Connection::openForReading(const QString &path, Mode mode)
{
    try {
        auto connection = std::make_unique<Connection>(path, mode);
        connection->scalar(QStringLiteral("PRAGMA schema_version")); // opens the WAL index
        return connection;
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Database || mode == Mode::Immutable ||
            !QFileInfo::exists(path) || !mainFileIsComplete(path))
            throw;
    }
    auto connection = std::make_unique<Connection>(path, Mode::Immutable);
    connection->m_fallback = true;
    return connection;
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
