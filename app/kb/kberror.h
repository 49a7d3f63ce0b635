// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace Flexwonen::Kb {

// A failure the user must be told about, with a Dutch message that stands on one line.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        NotFound, // unknown id or type
        BadInput, // malformed source or argument
        Corrupt,  // a database that is not a knowledge base
        TooNew,   // schema newer than this app
        Io,       // file system
        Missing,  // bundled base not found
        Database, // SQLite error
    };
    Error(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace Flexwonen::Kb
