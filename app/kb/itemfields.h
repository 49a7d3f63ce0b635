// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"
#include "itemmodels.h"

#include <QJsonObject>
#include <QVariant>
#include <span>
#include <variant>

namespace Flexwonen::Kb {

// The scalar fields of an item (data/FORMAT.md), described once: the SQL of the knowledge base
// (reading and writing), the JSON of the content files, the feed and --json, the facts line of
// the Markdown and the reports all go through this table. The list fields (sources, links,
// figures, municipalities, contacts) have rows of their own and are read and written as such.
enum class Field {
    Id,
    Type,
    Title,
    Summary,
    Body,
    Kind,
    Date,
    EndDate,
    Place,
    ReferenceYear,
    Municipality,
    Initiator,
    Region,
    Dossier,
    ValidFrom,
    Website,
    Confidence,
    Uncertainty,
    Order,
    Rev,
};

// Which member of a record holds a field; monostate: the record does not carry it.
template <typename Record>
using FieldMember = std::variant<std::monostate, QString Record::*, ItemType Record::*,
                                 QDate Record::*, int Record::*>;

struct ItemField
{
    Field field = Field::Id;
    const char *name = nullptr;   // front matter, feed, --json, the extra column: "end_date"
    const char *column = nullptr; // column of the item table; nullptr: a key of its column extra
    FieldMember<Item> item = {};
    FieldMember<ItemSummary> summary = {}; // what lists read (KnowledgeBase::list)
    const char *fact = nullptr; // its part of the facts line, Dutch ("gemeente %1"); or none
    bool always = false; // written even when empty or 0; the others only when set (else NULL)
    int fallback = 0;    // an integer the JSON leaves out (rev: 1)
};

// Every field, in the order the facts line of an item reads them; the others after.
std::span<const ItemField> itemFields();
const ItemField &itemField(Field field);

// Text not empty, a valid date, a number not 0 (a type is always set).
template <typename Record> bool isSet(const Record &record, const ItemField &field);
// Inserts the field under its name, when always or set: text, ISO date, number, the type's
// stored name.
template <typename Record>
void putJson(QJsonObject &object, const Record &record, const ItemField &field);
// Sets the field from what the knowledge base holds (a column, or a key of extra). A type that
// is not known throws Error(Corrupt).
template <typename Record>
void setStored(Record &record, const ItemField &field, const QVariant &value);
// What the item table stores for a field with a column: NULL for empty text or an invalid date
// unless the field is always written.
QVariant columnValue(const Item &item, const ItemField &field);
// The field's part of the facts line with its value already formatted ("gemeente Zundert"), in
// Dutch or the interface language (Labels, itemmodels.h).
QString factText(Field field, const QString &value, Labels labels = Labels::Dutch);

} // namespace Flexwonen::Kb
