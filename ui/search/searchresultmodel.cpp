// SPDX-License-Identifier: EUPL-1.2
#include "searchresultmodel.h"

#include "kb/itemroles.h"
#include "theme/screencolours.h"

namespace Flexwonen::Ui {

Kb::SearchHit SearchResultModel::answerHit(const Kb::MunicipalityMatch &m)
{
    Kb::SearchHit answer;
    answer.id = m.regionId;
    answer.type = Kb::ItemType::Region;
    answer.title = tr("%1 hoort bij regio %2").arg(m.name, m.regionTitle);
    answer.snippet =
        tr("Gemeente %1 (%2): open de regio met de gemeente op de kaart.").arg(m.name, m.code);
    return answer;
}

void SearchResultModel::setHits(const QList<Kb::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_municipalities.clear();
    m_answers.clear();
    endResetModel();
}

void SearchResultModel::setResults(const Kb::SearchResults &results)
{
    beginResetModel();
    m_hits.clear();
    m_municipalities.clear();
    m_answers = results.municipalities;
    for (const Kb::MunicipalityMatch &m : results.municipalities) {
        m_hits.append(answerHit(m));
        m_municipalities.append(m.name);
    }
    m_hits += results.hits;
    endResetModel();
}

void SearchResultModel::retranslate()
{
    for (int row = 0; row < m_answers.size(); ++row)
        m_hits[row] = answerHit(m_answers[row]);
    if (!m_answers.isEmpty())
        emit dataChanged(index(0), index(int(m_answers.size()) - 1));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Kb::SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case Kb::SecondaryTextRole:
        return hit.snippet;
    case Kb::MatchesRole:
        return QVariant::fromValue(hit.matches);
    case Kb::ItemIdRole:
        return hit.id;
    case Kb::ItemTypeRole:
        return QVariant::fromValue(hit.type);
    case MissingRole:
        return hit.missing;
    case MunicipalityRole:
        return m_municipalities.value(index.row());
    default:
        return {};
    }
}

QString snippetHtml(const QString &snippet, const QList<Kb::TextSpan> &matches, bool selected,
                    const QPalette &palette)
{
    const ScreenColours colours = ScreenColours::of(palette);
    const QString open =
        selected ? QStringLiteral("<span style=\"font-weight:700;text-decoration:underline\">")
                 : QStringLiteral("<span style=\"background-color:%1;color:%2;font-weight:600\">")
                       .arg(colours.hitBackground.name(), colours.hitText.name());
    return Kb::markMatches(snippet, matches, open, u"</span>", Kb::MarkedText::HtmlEscaped);
}

} // namespace Flexwonen::Ui
