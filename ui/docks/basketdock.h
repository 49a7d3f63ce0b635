// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDockWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Personal {
class PersonalStore;
}
namespace Flexwonen::Settings {
class Preferences;
}

namespace Flexwonen::Ui {

class ErrorReporter;

// Rapportmand (issue 16.4): items collected from anywhere (Ctrl+B, a row's context menu) in the
// user's order, with a cover note, made into the own-selection report. Reorder by dragging or
// with Alt+Up/Alt+Down, Delete removes, Enter opens. An item an update removed stays as
// "<last title> (verwijderd)" and is left out of the report.
class BasketDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasketDock)
public:
    BasketDock(Personal::PersonalStore &store, Kb::KnowledgeBase &kb,
               Settings::Preferences &preferences, ErrorReporter &errors,
               QWidget *parent = nullptr);

    // Puts the item at the end of the basket (once); unknown ids are ignored.
    void add(const QString &itemId);
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *reportButton() const { return m_report; }
    QLabel *removedLabel() const { return m_removed; }
    // "Rapport maken…": the export dialog on the own report with the basket's items and note.
    void makeReport();

signals:
    void itemActivated(const QString &itemId, bool newTab);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void takeOrderFromList(); // after a drag: the store follows the rows
    void moveCurrent(int delta);
    void removeCurrent();
    void retranslate();

    Personal::PersonalStore &m_store;
    Kb::KnowledgeBase &m_kb;
    Settings::Preferences &m_preferences;
    ErrorReporter &m_errors;
    QListWidget *m_list;
    QPlainTextEdit *m_note;
    QLabel *m_removed;
    QPushButton *m_report;
    QLabel *m_noteLabel;
    bool m_reloading = false;
};

} // namespace Flexwonen::Ui
