// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;

namespace Flexwonen::Kb {

// One named QSQLITE connection owned by the calling thread; removed again on destruction.
// Every failure throws Error with the file name and SQLite's message. No connection trusts the
// schema of its file (SQLITE_DBCONFIG_TRUSTED_SCHEMA off) or lets SQL corrupt it (defensive).
class Connection
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    enum class Mode {
        Immutable, // bundled base: mode=ro&immutable=1, no locks, no journal
        ReadOnly,  // someone else's file (--kb): read-only, but it may change under us
        ReadWrite  // profile databases: created if missing, WAL, synchronous=FULL
    };
    Connection(const QString &path, Mode mode);
    ~Connection();

    // A connection that only reads (mode ReadOnly, or ReadWrite for a profile database whose
    // connection is query_only). When SQLite cannot make the WAL index (-shm) — a full disk, a
    // read-only folder — while the -wal holds no frames, the main file holds every committed
    // page and no writer is at work: the file is then opened Immutable, which needs no -shm.
    static std::unique_ptr<Connection> openForReading(const QString &path, Mode mode);
    // True when openForReading fell back to Immutable.
    bool isFallback() const { return m_fallback; }

    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    sqlite3 *handle() const;

    void exec(const QString &sql);         // one statement
    void execScript(const QString &sql);   // many statements, via sqlite3_exec
    QSqlQuery prepare(const QString &sql); // forward-only, prepared
    void run(QSqlQuery &query);            // exec a prepared query or throw
    QVariant scalar(const QString &sql);   // first column of the first row

    int userVersion() { return scalar(QStringLiteral("PRAGMA user_version")).toInt(); }
    qint64 applicationId() { return scalar(QStringLiteral("PRAGMA application_id")).toLongLong(); }

    void begin(); // BEGIN IMMEDIATE
    void commit();
    void rollback() noexcept;

private:
    [[noreturn]] void fail(const QString &what, const QString &sqliteMessage) const;

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    bool m_fallback = false;
};

// Commits on commit(), rolls back when left by an exception.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Connection &c)
        : m_connection(c)
    {
        m_connection.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_connection.rollback();
    }
    void commit()
    {
        m_connection.commit();
        m_done = true;
    }

private:
    Connection &m_connection;
    bool m_done = false;
};

} // namespace Flexwonen::Kb
