// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"

#include <QJsonObject>

namespace Flexwonen::Kb {

// Item <-> JSON in the front-matter / feed form of data/FORMAT.md.
// fromJson validates field types and ids and throws Error(BadInput) naming the field.
QJsonObject itemToJson(const Item &item, bool withBody = true);
Item itemFromJson(const QJsonObject &object);

bool isValidId(const QString &id);

// Checks that need only the item itself (required fields, enums, figure completeness).
// Returns Dutch problem descriptions; empty when the item is fine.
QStringList validateItem(const Item &item);

} // namespace Flexwonen::Kb
