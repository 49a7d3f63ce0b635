// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QByteArray>
#include <QString>

namespace Flexwonen::Test {

// A QString from a literal, read as UTF-8 like the sources (QT_NO_CAST_FROM_ASCII is on).
inline QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A small, complete item for tests that need content but not the bundled base.
Kb::Item sampleItem(const QString &id, Kb::ItemType type, const QString &title);

// Writes items into a new knowledge-base file at path (schema current, meta seq given).
void buildKb(const QString &path, const QList<Kb::Item> &items, qint64 seq = 1);

// The bundled base built by this build (FLEXWONEN_BASE from CTest).
QString bundledBase();

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Why bytes printed for a person would be unsafe on a terminal or in a log viewer, or empty when
// they are safe: invalid UTF-8, a C0 control other than newline (and tab when allowed), DEL, a C1
// control, a bidi control or a Unicode line/paragraph separator.
QString terminalProblem(const QByteArray &bytes, bool tabsAllowed = true);

// The JSON document in json as read by Python's json module and written back with every
// non-ASCII character escaped: proves json is real JSON and gives its exact values to compare.
// Empty when Python refuses it.
QByteArray pythonJson(const QByteArray &json);

} // namespace Flexwonen::Test
