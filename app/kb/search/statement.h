// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <sqlite3.h>
#include <string>
#include <string_view>

namespace Flexwonen::Kb::Search {

// A prepared statement on the raw handle: the index and the ranking read and write hundreds of
// thousands of rows and blobs, where QVariant copies would show. Failures throw Kb::Error.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement &bindText(int i, std::string_view v)
    {
        sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bindText(int i, const QString &v)
    {
        return bindText(i, std::string_view(v.toUtf8()));
    }
    Statement &bindBlob(int i, std::string_view v)
    {
        sqlite3_bind_blob(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }

    bool step();  // true while a row is available; throws on error
    void run();   // step to the end, then reset
    void reset(); // ready for new bindings

    qint64 integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    std::string_view text(int col) const;
    std::string_view blob(int col) const;
    QString qtext(int col) const;
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// Resets a reused statement when the scope ends, also when an exception (Cancelled) leaves
// it: a statement left half-stepped would keep its old bindings and rows for the next use.
class StatementScope
{
public:
    explicit StatementScope(Statement &statement)
        : m_statement(statement)
    {}
    ~StatementScope() { m_statement.reset(); }
    StatementScope(const StatementScope &) = delete;
    StatementScope &operator=(const StatementScope &) = delete;

private:
    Statement &m_statement;
};

// Runs one statement without results.
void execute(sqlite3 *db, const char *sql);

} // namespace Flexwonen::Kb::Search
