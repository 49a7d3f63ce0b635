// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// Every item of the knowledge base to choose from, read a page at a time (issue 14.9: with
// 100,000 items the chooser opens at once and each keystroke of the filter reads one page).
// A row's check mark says whether the item is chosen; the choice itself is kept by the owner.
class ItemChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    explicit ItemChoiceModel(Kb::KnowledgeBase &kb, QObject *parent = nullptr);

    // Shows the items whose title or type label contains text (every item when empty) and
    // reads their first page.
    void setFilter(const QString &text);
    void setChosen(const QSet<QString> &ids);
    Kb::ItemSummary summaryAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The user checked or unchecked a row.
    void toggled(const Flexwonen::Kb::ItemSummary &item, bool chosen);

private:
    void reload();

    Kb::KnowledgeBase &m_kb;
    QString m_text;
    QList<Kb::ItemType> m_types; // types whose label contains m_text
    QList<Kb::ItemSummary> m_rows;
    bool m_complete = false;
    QSet<QString> m_chosen;
};

} // namespace Flexwonen::Ui
