// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeView;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class ItemChoiceModel;

// The own report's chooser: every item to pick from, filtered by typing and read a page at a
// time, and beside it the chosen items in the report's order (issue 14.9). The two are apart
// so the order is set among a few chosen rows, not among all items of the knowledge base.
class OwnSelectionPage : public QWidget
{
    Q_OBJECT
public:
    explicit OwnSelectionPage(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);

    // Adds item at the end of the chosen ones (once).
    void add(const Kb::ItemSummary &item);
    // The chosen items' ids, in the report's order.
    QStringList chosenIds() const;
    // The chosen items are these, in this order (the report basket's).
    void setChosenItems(const QList<Kb::ItemSummary> &items);
    QString note() const;
    void setNote(const QString &text); // the user's text: plain

private:
    QWidget *createChooser();
    QWidget *createChosenList();
    void setChosen(const Kb::ItemSummary &item, bool chosen);
    // Moves the current chosen row up (-1) or down (1).
    void moveCurrent(int delta);
    void removeCurrent();
    void markChosen();

    ItemChoiceModel *m_choices = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_choiceView = nullptr;
    QListWidget *m_chosen = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Flexwonen::Ui
