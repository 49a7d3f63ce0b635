// SPDX-License-Identifier: EUPL-1.2
#include "bookmarksdock.h"

#include "bookmarksmodel.h"
#include "common/errorreporter.h"
#include "common/languagechange.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "personal/personalstore.h"
#include "removeditems.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QTreeView>

namespace Flexwonen::Ui {

BookmarksDock::BookmarksDock(Personal::PersonalStore &store, Kb::KnowledgeBase &kb,
                             ErrorReporter &errors, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_kb(kb)
    , m_errors(errors)
    , m_model(new BookmarksModel(store, this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("bookmarksDock"));
    m_view->setObjectName(QStringLiteral("bookmarksView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    // Long titles keep their end: "(verwijderd)" stays in sight.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed); // F2, folders only (flags)
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(this, &QDockWidget::windowTitleChanged, m_view, &QWidget::setAccessibleName);
    setWidget(m_view);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        open(index, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });

    auto *newFolder = new QAction(this);
    newFolder->setObjectName(QStringLiteral("newBookmarkFolder"));
    newFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newFolder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newFolder, &QAction::triggered, this, &BookmarksDock::createFolder);
    addAction(newFolder);
    followLanguage(this, [this, newFolder] {
        setWindowTitle(tr("Bladwijzers"));
        newFolder->setText(tr("Nieuwe &map"));
        reload(); // "(verwijderd)" in the new language
    });

    connect(&store, &Personal::PersonalStore::bookmarksChanged, this, &BookmarksDock::reload);
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, &BookmarksDock::reload);
}

void BookmarksDock::reload()
{
    // Keep the current row across the rebuild: the user is working in this list.
    const QModelIndex current = m_view->currentIndex();
    const QString currentId = current.data(Kb::ItemIdRole).toString();
    const QString currentFolder = current.data(BookmarksModel::FolderRole).toString();
    QStringList ids;
    for (const Personal::Bookmark &b : m_store.bookmarks())
        ids.append(b.itemId);
    m_model->rebuild(presentItems(m_kb, m_errors, ids));
    m_view->expandAll();
    QModelIndex again = !currentId.isEmpty()       ? m_model->bookmarkIndex(currentId)
                        : !currentFolder.isEmpty() ? m_model->folderIndex(currentFolder)
                                                   : QModelIndex();
    if (!m_pendingEdit.isEmpty()) {
        again = m_model->folderIndex(std::exchange(m_pendingEdit, QString()));
        if (again.isValid()) {
            m_view->setCurrentIndex(again);
            m_view->edit(again);
            return;
        }
    }
    if (!again.isValid() && m_model->rowCount() > 0)
        again = m_model->index(0, 0);
    if (again.isValid())
        m_view->setCurrentIndex(again);
}

void BookmarksDock::createFolder()
{
    const QString base = tr("Nieuwe map");
    const QStringList taken = m_store.folders();
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n);
    show();
    raise();
    m_view->setFocus(Qt::OtherFocusReason); // first: the editor closes when it loses the focus
    m_pendingEdit = name;
    m_store.addFolder(name); // bookmarksChanged: reload() opens the editor
}

void BookmarksDock::open(const QModelIndex &index, bool newTab)
{
    const QString id = index.data(Kb::ItemIdRole).toString();
    if (id.isEmpty())
        return; // a folder
    if (index.data(BookmarksModel::RemovedRole).toBool()) {
        emit message(tr("“%1” staat niet meer in de kennisbank: een update heeft het verwijderd.")
                         .arg(m_store.lastTitle(id).isEmpty() ? id : m_store.lastTitle(id)));
        return;
    }
    emit itemActivated(id, newTab);
}

void BookmarksDock::removeCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    if (index.data(BookmarksModel::FolderRole).isValid())
        m_store.removeFolder(index.data(BookmarksModel::FolderRole).toString());
    else
        m_store.removeBookmark(index.data(Kb::ItemIdRole).toString());
}

QMenu *BookmarksDock::createMenu()
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("BookmarksMenu"));
    const QModelIndex index = m_view->currentIndex();
    const QString id = index.data(Kb::ItemIdRole).toString();
    const bool folder = index.data(BookmarksModel::FolderRole).isValid();
    if (!id.isEmpty()) {
        menu->addAction(tr("&Openen"), this, [this, index] { open(index, false); });
        menu->addAction(tr("Openen in nieuw &tabblad"), this, [this, index] { open(index, true); });
        QMenu *move = menu->addMenu(tr("&Verplaatsen naar"));
        move->setObjectName(QStringLiteral("MoveToMenu"));
        const QString in = m_store.bookmark(id) ? m_store.bookmark(id)->folder : QString();
        QAction *top = move->addAction(tr("(bovenste niveau)"), this,
                                       [this, id] { m_store.moveBookmark(id, {}); });
        top->setEnabled(!in.isEmpty());
        for (const QString &name : m_store.folders()) {
            // A folder's name is the user's text: '&' must not become a mnemonic.
            QAction *to =
                move->addAction(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                                [this, id, name] { m_store.moveBookmark(id, name); });
            to->setData(name);
            to->setEnabled(name != in);
        }
        menu->addSeparator();
        QAction *remove =
            menu->addAction(tr("Bladwijzer ver&wijderen"), this, &BookmarksDock::removeCurrent);
        remove->setShortcut(QKeySequence::Delete);
    } else if (folder) {
        QAction *rename =
            menu->addAction(tr("&Naam wijzigen"), this, [this, index] { m_view->edit(index); });
        rename->setShortcut(QKeySequence(Qt::Key_F2));
        QAction *remove =
            menu->addAction(tr("Map &verwijderen"), this, &BookmarksDock::removeCurrent);
        remove->setShortcut(QKeySequence::Delete);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *create = menu->addAction(tr("Nieuwe &map"), this, &BookmarksDock::createFolder);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    return menu;
}

bool BookmarksDock::eventFilter(QObject *watched, QEvent *event)
{
    // Keys reach the view only when no name is being edited (the editor has them then).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu &&
        (watched == m_view || watched == m_view->viewport())) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QPoint pos = watched == m_view ? m_view->viewport()->mapFrom(m_view, menuEvent->pos())
                                       : menuEvent->pos();
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            const QRect rect = m_view->visualRect(m_view->currentIndex());
            pos = rect.isValid() ? rect.center() : QPoint(0, 0);
        } else {
            m_view->setCurrentIndex(m_view->indexAt(pos));
        }
        QMenu *menu = createMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Flexwonen::Ui
