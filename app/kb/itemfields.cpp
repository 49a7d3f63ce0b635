// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemfields.h"

#include <array>

namespace Flexwonen::Kb {

namespace {

template <typename... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

// A field's value as a variant of the four value types, or monostate when the record lacks it.
using FieldValue = std::variant<std::monostate, QString, ItemType, QDate, int>;

template <typename Record>
FieldValue valueOf(const Record &record, const FieldMember<Record> &member)
{
    return std::visit(
        [&record](auto pointer) -> FieldValue {
            if constexpr (std::is_same_v<decltype(pointer), std::monostate>)
                return std::monostate{};
            else
                return record.*pointer;
        },
        member);
}

template <typename Record> const FieldMember<Record> &memberOf(const ItemField &field)
{
    if constexpr (std::is_same_v<Record, Item>)
        return field.item;
    else
        return field.summary;
}

// The facts line reads: type, kind, date (– end date), place, peiljaar, gemeente, initiatief,
// regio, dossier, geldig per. A constant table: built by the compiler, shared by every thread.
constexpr auto Fields = std::to_array<ItemField>({
    {.field = Field::Id,
     .name = "id",
     .column = "id",
     .item = &Item::id,
     .summary = &ItemSummary::id,
     .always = true},
    {.field = Field::Type,
     .name = "type",
     .column = "type",
     .item = &Item::type,
     .summary = &ItemSummary::type,
     .always = true},
    {.field = Field::Title,
     .name = "title",
     .column = "title",
     .item = &Item::title,
     .summary = &ItemSummary::title,
     .always = true},
    {.field = Field::Summary,
     .name = "summary",
     .column = "summary",
     .item = &Item::summary,
     .summary = &ItemSummary::summary,
     .always = true},
    {.field = Field::Body, .name = "body", .column = "body", .item = &Item::body, .always = true},
    {.field = Field::Kind,
     .name = "kind",
     .column = "kind",
     .item = &Item::kind,
     .summary = &ItemSummary::kind,
     .fact = "%1"},
    {.field = Field::Date,
     .name = "date",
     .column = "date",
     .item = &Item::date,
     .summary = &ItemSummary::date,
     .fact = "%1"},
    {.field = Field::EndDate, .name = "end_date", .column = "end_date", .item = &Item::endDate},
    {.field = Field::Place,
     .name = "place",
     .column = "place",
     .item = &Item::place,
     .summary = &ItemSummary::place,
     .fact = "%1"},
    {.field = Field::ReferenceYear,
     .name = "reference_year",
     .item = &Item::referenceYear,
     .fact = "peiljaar %1"},
    {.field = Field::Municipality,
     .name = "municipality",
     .item = &Item::municipality,
     .summary = &ItemSummary::municipality,
     .fact = "gemeente %1"},
    {.field = Field::Initiator,
     .name = "initiator",
     .item = &Item::initiator,
     .summary = &ItemSummary::initiator,
     .fact = "initiatief: %1"},
    {.field = Field::Region,
     .name = "region",
     .column = "region",
     .item = &Item::region,
     .summary = &ItemSummary::region,
     .fact = "regio %1"},
    {.field = Field::Dossier,
     .name = "dossier",
     .column = "dossier",
     .item = &Item::dossier,
     .summary = &ItemSummary::dossier,
     .fact = "dossier %1"},
    {.field = Field::ValidFrom,
     .name = "valid_from",
     .column = "valid_from",
     .item = &Item::validFrom,
     .fact = "geldig per %1"},
    {.field = Field::Website, .name = "website", .item = &Item::website},
    {.field = Field::Confidence,
     .name = "confidence",
     .column = "confidence",
     .item = &Item::confidence},
    {.field = Field::Uncertainty,
     .name = "uncertainty",
     .column = "uncertainty",
     .item = &Item::uncertainty},
    {.field = Field::Order,
     .name = "order",
     .column = "sort_order",
     .item = &Item::order,
     .summary = &ItemSummary::order},
    {.field = Field::Rev,
     .name = "rev",
     .column = "rev",
     .item = &Item::rev,
     .always = true,
     .fallback = 1},
});
static_assert(Fields.size() == std::size_t(Field::Rev) + 1, "every Field has its row");

} // namespace

std::span<const ItemField> itemFields()
{
    return Fields;
}

const ItemField &itemField(Field field)
{
    for (const ItemField &f : itemFields()) {
        if (f.field == field)
            return f;
    }
    Q_UNREACHABLE(); // every Field has its row (the static_assert on Fields)
}

template <typename Record> bool isSet(const Record &record, const ItemField &field)
{
    return std::visit(
        Overloaded{[](std::monostate) { return false; },
                   [](const QString &s) { return !s.isEmpty(); }, [](ItemType) { return true; },
                   [](const QDate &d) { return d.isValid(); }, [](int n) { return n != 0; }},
        valueOf(record, memberOf<Record>(field)));
}

template <typename Record>
void putJson(QJsonObject &object, const Record &record, const ItemField &field)
{
    const FieldValue value = valueOf(record, memberOf<Record>(field));
    if (std::holds_alternative<std::monostate>(value) || !(field.always || isSet(record, field)))
        return;
    object.insert(
        QLatin1String(field.name),
        std::visit(Overloaded{[](std::monostate) { return QJsonValue(); },
                              [](const QString &s) { return QJsonValue(s); },
                              [](ItemType t) { return QJsonValue(typeName(t)); },
                              [](const QDate &d) { return QJsonValue(d.toString(Qt::ISODate)); },
                              [](int n) { return QJsonValue(n); }},
                   value));
}

template <typename Record>
void setStored(Record &record, const ItemField &field, const QVariant &value)
{
    std::visit(
        Overloaded{
            [](std::monostate) {}, [&](QString Record::*m) { record.*m = value.toString(); },
            [&](ItemType Record::*m) { record.*m = storedType(value.toString(), record.id); },
            [&](QDate Record::*m) { record.*m = QDate::fromString(value.toString(), Qt::ISODate); },
            [&](int Record::*m) { record.*m = value.toInt(); }},
        memberOf<Record>(field));
}

template bool isSet(const Item &, const ItemField &);
template bool isSet(const ItemSummary &, const ItemField &);
template void putJson(QJsonObject &, const Item &, const ItemField &);
template void putJson(QJsonObject &, const ItemSummary &, const ItemField &);
template void setStored(Item &, const ItemField &, const QVariant &);
template void setStored(ItemSummary &, const ItemField &, const QVariant &);

QVariant columnValue(const Item &item, const ItemField &field)
{
    const bool stored = field.always || isSet(item, field);
    return std::visit(
        Overloaded{
            [](std::monostate) { return QVariant(); },
            [&](const QString &s) { return stored ? QVariant(s) : QVariant(); },
            [](ItemType t) { return QVariant(typeName(t)); },
            [&](const QDate &d) { return stored ? QVariant(d.toString(Qt::ISODate)) : QVariant(); },
            [](int n) { return QVariant(n); }},
        valueOf(item, field.item));
}

QString factText(Field field, const QString &value)
{
    const char *pattern = itemField(field).fact;
    Q_ASSERT(pattern);
    return QString::fromLatin1(pattern).arg(value);
}

} // namespace Flexwonen::Kb
