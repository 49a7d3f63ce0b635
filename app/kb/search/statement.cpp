// SPDX-License-Identifier: EUPL-1.2
#include "statement.h"

#include "kb/kberror.h"

namespace Flexwonen::Kb::Search {

namespace {
[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw Error(Error::Kind::Database,
                QStringLiteral("Zoekindex: %1 mislukt: %2")
                    .arg(QString::fromUtf8(what).left(60), QString::fromUtf8(sqlite3_errmsg(db))));
}
} // namespace

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, sql);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QByteArray sql(sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    fail(m_db, sql.constData());
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string_view Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(m_stmt, col)))
             : std::string_view();
}

std::string_view Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(m_stmt, col)))
             : std::string_view();
}

QString Statement::qtext(int col) const
{
    const std::string_view t = text(col);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

void execute(sqlite3 *db, const char *sql)
{
    Statement(db, sql).run();
}

} // namespace Flexwonen::Kb::Search
