// SPDX-License-Identifier: EUPL-1.2
#include "bookmarksmodel.h"

#include "kb/itemroles.h"
#include "personal/personalstore.h"
#include "removeditems.h"

#include <QApplication>
#include <QMimeData>
#include <QPalette>
#include <QTimer>

namespace Flexwonen::Ui {

BookmarksModel::BookmarksModel(Personal::PersonalStore &store, QObject *parent)
    : QStandardItemModel(parent)
    , m_store(store)
{}

void BookmarksModel::rebuild(const QSet<QString> &present)
{
    clear();
    QHash<QString, QStandardItem *> folderRows;
    const QStringList folders = m_store.folders();
    for (const QString &folder : folders) {
        auto *row = new QStandardItem(folder); // the user's text: a DisplayRole string
        row->setData(folder, FolderRole);
        row->setEditable(true);
        folderRows.insert(folder, row);
        appendRow(row);
    }
    for (const Personal::Bookmark &b : m_store.bookmarks()) {
        const bool removed = !present.contains(b.itemId);
        QStandardItem *row = personalRow(b.itemId, b.title, removed, RemovedRole);
        if (QStandardItem *folder = folderRows.value(b.folder))
            folder->appendRow(row);
        else
            appendRow(row);
    }
}

QModelIndex BookmarksModel::folderIndex(const QString &folder) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, 0);
        if (i.data(FolderRole).isValid() && i.data(FolderRole).toString() == folder)
            return i;
    }
    return {};
}

QModelIndex BookmarksModel::bookmarkIndex(const QString &itemId) const
{
    const QModelIndexList found =
        match(index(0, 0), Kb::ItemIdRole, itemId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

bool BookmarksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.data(FolderRole).isValid())
        return QStandardItemModel::setData(index, value, role);
    const QString from = index.data(FolderRole).toString();
    const QString to = value.toString().simplified();
    if (to.isEmpty() || to == from)
        return false;
    // Later: the store's signal rebuilds this model, which the editor must not see mid-commit.
    QTimer::singleShot(0, this, [this, from, to] { m_store.renameFolder(from, to); });
    return QStandardItemModel::setData(index, to, role);
}

Qt::ItemFlags BookmarksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QStandardItemModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (index.data(FolderRole).isValid())
        flags &= ~Qt::ItemIsDragEnabled;
    else
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList BookmarksModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *BookmarksModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(Kb::ItemIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(MimeType), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions BookmarksModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool BookmarksModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &) const
{
    return data && data->hasFormat(QLatin1String(MimeType));
}

bool BookmarksModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString folder = folderAt(parent);
    const QStringList ids =
        QString::fromUtf8(data->data(QLatin1String(MimeType))).split(QLatin1Char('\n'));
    // Later, as with a rename: the view finishes its drop before the tree is rebuilt. False:
    // the view must not remove the dragged rows itself.
    QTimer::singleShot(0, this, [this, ids, folder] {
        for (const QString &id : ids) {
            if (m_store.isBookmarked(id))
                m_store.moveBookmark(id, folder);
        }
    });
    return false;
}

QString BookmarksModel::folderAt(const QModelIndex &parent) const
{
    // On a folder: into it; on a bookmark: beside it, in its folder; elsewhere: the top level.
    if (!parent.isValid())
        return {};
    if (parent.data(FolderRole).isValid())
        return parent.data(FolderRole).toString();
    return parent.parent().data(FolderRole).toString();
}

} // namespace Flexwonen::Ui
