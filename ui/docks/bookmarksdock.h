// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDockWidget>

class QMenu;
class QTreeView;

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

class BookmarksModel;
class ErrorReporter;

// Bladwijzers (issue 16.1): the user's bookmarks in folders one level deep. Enter opens,
// Ctrl+Enter in a new tab, Delete removes (a folder: its bookmarks move to the top), F2 renames
// a folder, Ctrl+Shift+N makes one; bookmarks move by drag and drop or by the context menu's
// "Verplaatsen naar". A bookmark whose item an update removed stays, greyed, as
// "<last title> (verwijderd)".
class BookmarksDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookmarksDock)
public:
    BookmarksDock(Personal::PersonalStore &store, Kb::KnowledgeBase &kb, ErrorReporter &errors,
                  QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    BookmarksModel *model() const { return m_model; }

    // A new folder ("Nieuwe map", numbered when taken), its name open for editing.
    void createFolder();
    // The context menu of the current row (or of the empty list), filled but not shown.
    QMenu *createMenu();

signals:
    void itemActivated(const QString &itemId, bool newTab);
    // A line for the status bar (a bookmark whose item is gone was opened).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void open(const QModelIndex &index, bool newTab);
    void removeCurrent();

    Personal::PersonalStore &m_store;
    Kb::KnowledgeBase &m_kb;
    ErrorReporter &m_errors;
    BookmarksModel *m_model;
    QTreeView *m_view;
    QString m_pendingEdit; // a folder just made, edited once the tree shows it
};

} // namespace Flexwonen::Ui
