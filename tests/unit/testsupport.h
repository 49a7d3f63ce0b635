// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/item.h"

#include <QByteArray>
#include <QString>

namespace Flexwonen::Test {

// A small, complete item for tests that need content but not the bundled base.
Kb::Item sampleItem(const QString &id, const QString &type, const QString &title);

// Writes items into a new knowledge-base file at path (schema current, meta seq given).
void buildKb(const QString &path, const QList<Kb::Item> &items, qint64 seq = 1);

// The bundled base built by this build (FLEXWONEN_BASE from CTest).
QString bundledBase();

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace Flexwonen::Test
