// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "kb/itemmodels.h"
#include "kb/itemroles.h"

namespace Flexwonen::Ui {

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString plain = hit.snippet;
        plain.remove(SearchProvider::MarkStart).remove(SearchProvider::MarkEnd);
        return plain;
    }
    case Kb::ItemIdRole:
        return hit.id;
    case Kb::ItemTypeRole:
        return hit.type;
    case Kb::SecondaryTextRole:
        return hit.snippet;
    default:
        return {};
    }
}

QString snippetHtml(const QString &markedSnippet)
{
    QString html = markedSnippet.toHtmlEscaped();
    html.replace(SearchProvider::MarkStart,
                 QStringLiteral("<span style=\"background-color:#fde68a;font-weight:600\">"));
    html.replace(SearchProvider::MarkEnd, QStringLiteral("</span>"));
    return html;
}

} // namespace Flexwonen::Ui
