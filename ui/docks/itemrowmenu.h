// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QMenu;
class QPoint;

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

// The context menu of a list row that stands for an item (issue 14, point 6): open, open in a
// new tab, copy a citation, put it in the report basket. Mouse (right button) and keyboard (Menu
// key, Shift+F10) alike; rows without an item (groups, municipalities) get no menu. The citation
// comes from the caller so the menu needs no knowledge base of its own.
class ItemRowMenu final : public QObject
{
    Q_OBJECT
public:
    using CitationOf = std::function<QString(const QString &itemId)>;
    // Actions a list adds for its rows (the Agenda's and Regio's calendar exports, issue 16).
    using ExtraActions = std::function<void(QMenu *menu, const QString &itemId)>;
    ItemRowMenu(QAbstractItemView *view, CitationOf citationOf);
    void setExtraActions(ExtraActions extra) { m_extra = std::move(extra); }

    // The menu for the row at viewportPos, filled but not shown; null for a row without item.
    QMenu *menuAt(const QPoint &viewportPos);
    // With a store: "Bladwijzer toevoegen" / "Bladwijzer verwijderen" for the row's item.
    void setBookmarks(Personal::PersonalStore *store) { m_bookmarks = store; }

signals:
    void openRequested(const QString &itemId, bool newTab);
    void basketRequested(const QString &itemId); // "In rapportmand"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    CitationOf m_citationOf;
    ExtraActions m_extra;
    Personal::PersonalStore *m_bookmarks = nullptr;
};

} // namespace Flexwonen::Ui
