// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "coreerror.h"

namespace Flexwonen::Kb {

// A failure the user must be told about, with a Dutch message that stands on one line.
class Error : public Flexwonen::Error
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
        : Flexwonen::Error(message)
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace Flexwonen::Kb
