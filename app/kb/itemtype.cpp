// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemtype.h"

#include "kberror.h"

#include <array>

namespace Flexwonen::Kb {

namespace {

struct TypeNames
{
    ItemType type;
    QStringView name;   // stored: never change one, content and feeds carry it
    QStringView plural; // the command line's word
};

// The one mapping between the enum and its names, in display order. Written out rather than
// derived from the enumerators: a renamed enumerator must not rename stored data.
constexpr std::array<TypeNames, 9> Names = {{
    {ItemType::Region, u"region", u"regions"},
    {ItemType::Dossier, u"dossier", u"dossiers"},
    {ItemType::Pilot, u"pilot", u"pilots"},
    {ItemType::Document, u"document", u"documents"},
    {ItemType::Event, u"event", u"events"},
    {ItemType::Organisation, u"organisation", u"organisations"},
    {ItemType::Faq, u"faq", u"faq"},
    {ItemType::News, u"news", u"news"},
    {ItemType::Page, u"page", u"pages"},
}};

const TypeNames &namesOf(ItemType type)
{
    for (const TypeNames &n : Names) {
        if (n.type == type)
            return n;
    }
    Q_UNREACHABLE(); // every enumerator has its row (tst_knowledgebase checks the round trip)
}

} // namespace

const QList<ItemType> &itemTypes()
{
    static const QList<ItemType> types = [] {
        QList<ItemType> all;
        for (const TypeNames &n : Names)
            all.append(n.type);
        return all;
    }();
    return types;
}

QString typeName(ItemType type)
{
    return namesOf(type).name.toString();
}

std::optional<ItemType> typeFromName(QStringView name)
{
    for (const TypeNames &n : Names) {
        if (n.name == name)
            return n.type;
    }
    return std::nullopt;
}

ItemType storedType(QStringView name, const QString &itemId)
{
    if (const std::optional<ItemType> type = typeFromName(name))
        return *type;
    throw Error(Error::Kind::Corrupt, QStringLiteral("Item %1 in de kennisbank heeft een onbekend "
                                                     "type '%2'")
                                          .arg(itemId, name.left(40)));
}

QString pluralOfType(ItemType type)
{
    return namesOf(type).plural.toString();
}

std::optional<ItemType> typeFromPlural(QStringView plural)
{
    for (const TypeNames &n : Names) {
        if (n.plural == plural)
            return n.type;
    }
    return std::nullopt;
}

} // namespace Flexwonen::Kb
