// SPDX-License-Identifier: EUPL-1.2
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
    const char *label;  // what a person reads, Dutch (translated by typeLabel)
};

// The one mapping between the enum and its names, in display order. Written out rather than
// derived from the enumerators: a renamed enumerator must not rename stored data.
constexpr std::array<TypeNames, 9> Names = {{
    {ItemType::Region, u"region", u"regions", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Regio")},
    {ItemType::Dossier, u"dossier", u"dossiers", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Dossier")},
    {ItemType::Pilot, u"pilot", u"pilots", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Pilot")},
    {ItemType::Document, u"document", u"documents", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Document")},
    {ItemType::Event, u"event", u"events", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Agenda")},
    {ItemType::Organisation, u"organisation", u"organisations",
     QT_TRANSLATE_NOOP("Flexwonen::Kb", "Organisatie")},
    {ItemType::Faq, u"faq", u"faq", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Vraag en antwoord")},
    {ItemType::News, u"news", u"news", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Nieuws")},
    {ItemType::Page, u"page", u"pages", QT_TRANSLATE_NOOP("Flexwonen::Kb", "Pagina")},
}};

const TypeNames &namesOf(ItemType type)
{
    for (const TypeNames &n : Names) {
        if (n.type == type)
            return n;
    }
    Q_UNREACHABLE(); // every enumerator has its row (tst_knowledgebase checks the round trip)
}

// The type whose name (or plural) is text, exactly.
std::optional<ItemType> typeWhere(QStringView TypeNames::*column, QStringView text)
{
    for (const TypeNames &n : Names) {
        if (n.*column == text)
            return n.type;
    }
    return std::nullopt;
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
    return typeWhere(&TypeNames::name, name);
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
    return typeWhere(&TypeNames::plural, plural);
}

const char *typeLabelSource(ItemType type)
{
    return namesOf(type).label;
}

} // namespace Flexwonen::Kb
