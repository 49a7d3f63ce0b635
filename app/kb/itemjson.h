// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"

#include <QJsonObject>

namespace Flexwonen::Kb {

// A problem with one item, at its place in the item's JSON: "title", "sources/2/url", "links/0";
// "body" for the text after the front matter; empty for the item as a whole.
struct ItemProblem
{
    QString path;
    QString message; // Dutch, without the item's id
};

// Item <-> JSON in the front-matter / feed form of data/FORMAT.md.
// fromJson validates field types and ids and throws Error(BadInput) naming the field.
QJsonObject itemToJson(const Item &item, bool withBody = true);
Item itemFromJson(const QJsonObject &object);
// The same, but every problem goes to problems and reading goes on (a field of the wrong type is
// left empty): an editor sees all of a file's problems at once.
Item itemFromJson(const QJsonObject &object, QList<ItemProblem> *problems);

bool isValidId(const QString &id);

// Checks that need only the item itself (required fields, enums, figure completeness).
// Returns Dutch problem descriptions; empty when the item is fine.
QStringList validateItem(const Item &item);
// The same checks, each with its place in the JSON.
QList<ItemProblem> itemProblems(const Item &item);

} // namespace Flexwonen::Kb
