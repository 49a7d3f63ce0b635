// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"

namespace Flexwonen::Kb {

class Connection;

// Writes items into a content database. The caller owns the transaction.
class KbWriter
{
    Q_DISABLE_COPY_MOVE(KbWriter)
public:
    explicit KbWriter(Connection &connection);

    void upsert(const Item &item); // replaces the item and all its rows
    void remove(const QString &id);
    void setMeta(qint64 seq, const QString &origin, const QString &built);

private:
    Connection &m_connection;
};

} // namespace Flexwonen::Kb
