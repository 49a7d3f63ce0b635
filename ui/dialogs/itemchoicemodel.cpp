// SPDX-License-Identifier: EUPL-1.2
#include "itemchoicemodel.h"

#include "common/plaintext.h"

#include "kb/itemmodels.h"
#include "kb/knowledgebase.h"

namespace Flexwonen::Ui {

ItemChoiceModel::ItemChoiceModel(Kb::KnowledgeBase &kb, QObject *parent)
    : QAbstractListModel(parent)
    , m_kb(kb)
{
    // A sync may change the items while the dialog is open: read them again.
    connect(&m_kb, &Kb::KnowledgeBase::contentChanged, this, &ItemChoiceModel::reload);
}

void ItemChoiceModel::setFilter(const QString &text)
{
    m_text = text.trimmed();
    m_types.clear();
    if (!m_text.isEmpty()) {
        for (Kb::ItemType type : Kb::itemTypes()) {
            if (Kb::typeLabel(type).contains(m_text, Qt::CaseInsensitive))
                m_types.append(type);
        }
    }
    reload();
}

void ItemChoiceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    endResetModel();
    fetchMore({});
}

void ItemChoiceModel::setChosen(const QSet<QString> &ids)
{
    m_chosen = ids;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::CheckStateRole});
}

int ItemChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kb::ItemSummary &item = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(item.title, Kb::typeLabel(item.type));
    case Qt::ToolTipRole:
        return toolTipHtml(item.title);
    case Qt::CheckStateRole:
        return m_chosen.contains(item.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole:
        return item.id;
    default:
        return {};
    }
}

bool ItemChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Kb::ItemSummary item = m_rows[index.row()];
    const bool chosen = value.value<Qt::CheckState>() == Qt::Checked;
    if (chosen == m_chosen.contains(item.id))
        return false;
    if (chosen)
        m_chosen.insert(item.id);
    else
        m_chosen.remove(item.id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit toggled(item, chosen);
    return true;
}

Qt::ItemFlags ItemChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

bool ItemChoiceModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ItemChoiceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Kb::ItemSummary> page = m_kb.choices(m_text, m_types, int(m_rows.size()), PageSize);
    m_complete = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace Flexwonen::Ui
