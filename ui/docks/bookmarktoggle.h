// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QAction;
class QIcon;

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

// The star on every item (issue 16.1): a checkable "Bladwijzer" action, Ctrl+D, ticked while
// the item shown is bookmarked; it adds or removes the bookmark. Disabled where no item is
// shown (the start page).
class BookmarkToggle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarkToggle)
public:
    BookmarkToggle(Personal::PersonalStore &store, QObject *parent);

    QAction *action() const { return m_action; }
    // The item shown now (empty: none) and its title.
    void setItem(const QString &itemId, const QString &title);
    void toggle();

    // The theme's bookmark star, or one drawn here when the theme has none.
    static QIcon starIcon();

private:
    void update();

    Personal::PersonalStore &m_store;
    QAction *m_action;
    QString m_itemId;
    QString m_title;
};

} // namespace Flexwonen::Ui
