// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Flexwonen::Kb {

// The meta row of a compiled content database (data/meta.json for the bundled base).
struct ContentMeta
{
    QString feedId;
    int epoch = 1;
    qint64 seq = 0;
    QString built;
};

// Writes items into a new, self-contained content database at outPath (schema, items, search
// index, meta). Written beside it first and renamed, so outPath is whole or untouched. Throws
// Error. Thread-safe: opens its own connection (the live preview compiles on a worker thread).
void writeContentDatabase(const QList<Item> &items, const ContentMeta &meta,
                          const QString &outPath);

// Every problem of the content folder dir as Dutch lines, file names relative to dir; empty when
// it compiles. The items read go to items. The one place the window's preview asks, so a fuller
// check (all problems with file:line) replaces the body without touching its callers.
QStringList contentProblems(const QString &dir, QList<Item> &items);

} // namespace Flexwonen::Kb
