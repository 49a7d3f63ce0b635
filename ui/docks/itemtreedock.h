// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDockWidget>

class QTreeView;

namespace Flexwonen::Kb {
class ItemTreeModel;
}

namespace Flexwonen::Ui {

// A dock that lists items of one kind in a tree and asks the reader to open the chosen one.
class ItemTreeDock : public QDockWidget
{
    Q_OBJECT
public:
    // The subclass sets the title (followLanguage); the list is named by it.
    ItemTreeDock(const QString &objectName, Kb::ItemTreeModel *model, QWidget *parent);

    QTreeView *view() const { return m_view; }
    Kb::ItemTreeModel *model() const { return m_model; }

signals:
    // newTab: Ctrl was held (open beside the current reader tab).
    void itemActivated(const QString &itemId, bool newTab);

protected:
    virtual void activate(const QModelIndex &index);
    // LanguageChange: the rows' words (group headings, kinds, dates) in the new language.
    void changeEvent(QEvent *event) override;
    // Titles wrapped to the panel's width instead of cut off (ItemDelegate::setWrapTitles).
    void setWrapTitles(bool wrap);

private:
    Kb::ItemTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace Flexwonen::Ui
