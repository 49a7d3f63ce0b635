// SPDX-License-Identifier: EUPL-1.2
#include "itemrowmenu.h"

#include "kb/itemroles.h"
#include "personal/personalstore.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>

namespace Flexwonen::Ui {

ItemRowMenu::ItemRowMenu(QAbstractItemView *view, CitationOf citationOf)
    : QObject(view)
    , m_view(view)
    , m_citationOf(std::move(citationOf))
{
    // Mouse menus arrive at the viewport, keyboard menus (Menu key) at the focused view.
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

QMenu *ItemRowMenu::menuAt(const QPoint &viewportPos)
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    const QString id = index.data(Kb::ItemIdRole).toString();
    if (id.isEmpty())
        return nullptr;
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("ItemRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Openen"), this, [this, id] { emit openRequested(id, false); });
    menu->addAction(tr("Openen in nieuw &tabblad"), this,
                    [this, id] { emit openRequested(id, true); });
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("Kopieer &bronvermelding"), this, [this, id] {
        const QString text = m_citationOf(id);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    copy->setObjectName(QStringLiteral("CopyCitationAction"));
    if (m_extra)
        m_extra(menu, id);
    if (m_bookmarks) {
        Personal::PersonalStore *store = m_bookmarks;
        const bool marked = store->isBookmarked(id);
        QAction *bookmark =
            menu->addAction(marked ? tr("Bladwijzer &verwijderen") : tr("Bladwijzer toe&voegen"),
                            this, [store, id, marked, title = index.data().toString()] {
                                if (marked)
                                    store->removeBookmark(id);
                                else
                                    store->addBookmark(id, title);
                            });
        bookmark->setObjectName(QStringLiteral("ToggleBookmarkAction"));
    }
    QAction *basket =
        menu->addAction(tr("In &rapportmand"), this, [this, id] { emit basketRequested(id); });
    basket->setObjectName(QStringLiteral("AddToBasketAction"));
    return menu;
}

bool ItemRowMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    QPoint pos = watched == m_view->viewport()
                     ? menuEvent->pos()
                     : m_view->viewport()->mapFrom(m_view, menuEvent->pos());
    if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
        // The keyboard means the current row, wherever the pointer is.
        const QRect rect = m_view->visualRect(m_view->currentIndex());
        if (!rect.isValid())
            return true;
        pos = rect.center();
    } else {
        m_view->setCurrentIndex(m_view->indexAt(pos));
    }
    if (QMenu *menu = menuAt(pos))
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    return true;
}

} // namespace Flexwonen::Ui
