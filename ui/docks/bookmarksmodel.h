// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSet>
#include <QStandardItemModel>

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

// The Bladwijzers tree: the folders (one level, sorted) with their bookmarks, then the
// bookmarks at the top level. Rebuilt from the PersonalStore whenever it changes; every edit
// (rename a folder in place, a drop) goes to the store, which then signals the new state.
class BookmarksModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        FolderRole = Qt::UserRole + 40, // QString: the folder a row is (folder rows only)
        RemovedRole,                    // bool: the bookmark's item is no longer in the content
    };
    static constexpr const char *MimeType = "application/x-flexwonen-bookmarks";

    BookmarksModel(Personal::PersonalStore &store, QObject *parent = nullptr);

    // Reads the store again; present: the bookmarked ids the content still has.
    void rebuild(const QSet<QString> &present);

    QModelIndex folderIndex(const QString &folder) const;
    QModelIndex bookmarkIndex(const QString &itemId) const;

    // A folder row renamed in place renames the folder in the store.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Drag and drop moves bookmarks between folders (the store moves them, the tree follows).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    QString folderAt(const QModelIndex &parent) const; // where a drop on parent lands

    Personal::PersonalStore &m_store;
};

} // namespace Flexwonen::Ui
