// SPDX-License-Identifier: EUPL-1.2
#include "itemfields.h"

#include <array>

#include <QCoreApplication>

namespace Flexwonen::Kb {

namespace {

template <typename... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Clang 14 (Debian 12, the fuzz build) does not deduce an aggregate's template arguments.
template <typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

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

using I = Item;
using S = ItemSummary;

// The facts line reads: type, kind, date (– end date), place, peiljaar, gemeente, initiatief,
// regio, dossier, geldig per. A constant table: built by the compiler, shared by every thread.
// A row: Field, name, column (nullptr: a key of extra), member of Item, member of ItemSummary,
// part of the facts line, always written, the integer an absent value reads as (ItemField).
constexpr auto Fields = std::to_array<ItemField>({
    {Field::Id, "id", "id", &I::id, &S::id, nullptr, true},
    {Field::Type, "type", "type", &I::type, &S::type, nullptr, true},
    {Field::Title, "title", "title", &I::title, &S::title, nullptr, true},
    {Field::Summary, "summary", "summary", &I::summary, &S::summary, nullptr, true},
    {Field::Body, "body", "body", &I::body, {}, nullptr, true},
    {Field::Kind, "kind", "kind", &I::kind, &S::kind, "%1"},
    {Field::Date, "date", "date", &I::date, &S::date, "%1"},
    {Field::EndDate, "end_date", "end_date", &I::endDate},
    {Field::Place, "place", "place", &I::place, &S::place, "%1"},
    {Field::ReferenceYear,
     "reference_year",
     nullptr,
     &I::referenceYear,
     {},
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "peiljaar %1")},
    {Field::Municipality, "municipality", nullptr, &I::municipality, &S::municipality,
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "gemeente %1")},
    {Field::Initiator, "initiator", nullptr, &I::initiator, &S::initiator,
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "initiatief: %1")},
    {Field::Region, "region", "region", &I::region, &S::region,
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "regio %1")},
    {Field::Dossier, "dossier", "dossier", &I::dossier, &S::dossier,
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "dossier %1")},
    {Field::ValidFrom,
     "valid_from",
     "valid_from",
     &I::validFrom,
     {},
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "geldig per %1")},
    {Field::Website, "website", nullptr, &I::website},
    {Field::Confidence, "confidence", "confidence", &I::confidence},
    {Field::Uncertainty, "uncertainty", "uncertainty", &I::uncertainty},
    {Field::Order, "order", "sort_order", &I::order, &S::order},
    {Field::Rev, "rev", "rev", &I::rev, {}, nullptr, true, 1},
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

QString factText(Field field, const QString &value, Labels labels)
{
    const char *pattern = itemField(field).fact;
    Q_ASSERT(pattern);
    // The patterns are marked for translation in the table (QT_TRANSLATE_NOOP, context
    // Flexwonen::Kb); only the reader asks for them translated.
    return (labels == Labels::Dutch ? QString::fromUtf8(pattern)
                                    : QCoreApplication::translate("Flexwonen::Kb", pattern))
        .arg(value);
}

} // namespace Flexwonen::Kb
