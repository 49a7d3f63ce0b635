// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "notematcher.h"

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStackedWidget;
class QStandardItemModel;
class QToolButton;

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

class ErrorReporter;
class ReaderView;

// Notities (issue 16.1; docs/decisions.md, item 101): the user's own Markdown note on the item
// of the current reader tab, beside it. Shown rendered (through the reader's view, which never
// reads a resource) or edited; every change is saved as it is typed. Below it, a search of the
// notes only (NoteMatcher): the titles of the items whose notes match, also of items an update
// removed ("(verwijderd)"); Enter opens the item, and so its note.
class NotesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesDock)
public:
    enum { RemovedRole = Qt::UserRole + 50 };

    NotesDock(Personal::PersonalStore &store, Kb::KnowledgeBase &kb, ErrorReporter &errors,
              QWidget *parent = nullptr);

    // The item whose note is shown (empty: none, the start page), and its title.
    void setItem(const QString &itemId, const QString &title);
    QString itemId() const { return m_itemId; }
    // Editing (true) or the rendered note.
    void setEditing(bool editing);
    bool isEditing() const;

    QPlainTextEdit *editor() const { return m_editor; }
    ReaderView *noteView() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QListView *resultsView() const { return m_results; }
    QStandardItemModel *results() const { return m_resultModel; }

signals:
    void itemActivated(const QString &itemId, bool newTab);
    void message(const QString &text); // for the status bar

private:
    void save();
    void loadNote();
    void render();
    void refreshResults();
    void activateResult(const QModelIndex &index);
    void setTexts();

    Personal::PersonalStore &m_store;
    Kb::KnowledgeBase &m_kb;
    ErrorReporter &m_errors;
    QLabel *m_title;
    QToolButton *m_editButton;
    QStackedWidget *m_stack;
    ReaderView *m_view;
    QPlainTextEdit *m_editor;
    QLineEdit *m_search;
    QListView *m_results;
    QStandardItemModel *m_resultModel;
    NoteMatcher m_matcher;
    QString m_itemId;
    QString m_itemTitle;
    bool m_loading = false;
};

} // namespace Flexwonen::Ui
