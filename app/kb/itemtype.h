// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <optional>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace Flexwonen::Kb {

// The kinds of item the knowledge base holds (data/FORMAT.md). Code compares these; the names
// are read and written only at the edges: SQLite, front matter, the feed and --json.
enum class ItemType { Region, Dossier, Pilot, Document, Event, Organisation, Faq, News, Page };

// Every type, in display order (filters, the start page, `list`'s help).
const QList<ItemType> &itemTypes();

// The stored name ("region"), the same in the database, the content files, the feed and JSON.
QString typeName(ItemType type);
// The type of a stored name; nullopt for any other text (names are exact: "Region" is none).
std::optional<ItemType> typeFromName(QStringView name);
// A type read back from a knowledge base: an unknown name is a damaged row, Error(Corrupt).
ItemType storedType(QStringView name, const QString &itemId);

// The command line's plural ("regions", "faq", "news").
QString pluralOfType(ItemType type);
std::optional<ItemType> typeFromPlural(QStringView plural);

// The type's Dutch label as the translations know it (context "Flexwonen::Kb"); show it with
// Kb::typeLabel, which translates it or not.
const char *typeLabelSource(ItemType type);

} // namespace Flexwonen::Kb

Q_DECLARE_METATYPE(Flexwonen::Kb::ItemType)
