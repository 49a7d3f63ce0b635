// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMetaType>
#include <QString>

namespace Flexwonen::Ui {

// What a reader tab shows: the start page or one item. A type, not a reserved text such as
// ":start", so an item id can never be taken for a page of the window. Default: the start page.
class Location
{
public:
    enum class Kind { Start, Item };

    Location() = default;
    static Location start() { return {}; }
    static Location item(const QString &id) { return Location(Kind::Item, id); }
    // A region opened from one of its municipalities ("Mijn gemeente"): marked on its map.
    static Location region(const QString &id, const QString &municipality)
    {
        Location l(Kind::Item, id);
        l.m_municipality = municipality;
        return l;
    }

    Kind kind() const { return m_kind; }
    bool isStart() const { return m_kind == Kind::Start; }
    QString itemId() const { return m_itemId; } // empty for the start page
    QString municipality() const { return m_municipality; }

    bool operator==(const Location &) const = default;

private:
    Location(Kind kind, const QString &itemId)
        : m_kind(kind)
        , m_itemId(itemId)
    {}

    Kind m_kind = Kind::Start;
    QString m_itemId;
    QString m_municipality;
};

} // namespace Flexwonen::Ui

Q_DECLARE_METATYPE(Flexwonen::Ui::Location)
