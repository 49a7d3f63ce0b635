// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/itemroles.h"
#include "kb/search/searchtypes.h"

#include <QAbstractListModel>
#include <QPalette>

namespace Flexwonen::Ui {

// Search hits as rows, with the shared item roles (ItemIdRole, ItemTypeRole), the snippet as
// SecondaryTextRole and its matched words as MatchesRole. Every text role is plain text
// (HitDelegate escapes it).
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // QStringList: in a best match, the query's words the hit lacks.
    static constexpr int MissingRole = Kb::MatchesRole + 64;
    // QString: on a "Mijn gemeente" answer row, the municipality's name; empty on a hit.
    static constexpr int MunicipalityRole = Kb::MatchesRole + 65;

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<Kb::SearchHit> &hits);
    // The hits, after a row per municipality the query names ("Venlo hoort bij regio Limburg"),
    // which opens that region.
    void setResults(const Kb::SearchResults &results);
    // The interface language changed: the answer rows' words again (dataChanged).
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    static Kb::SearchHit answerHit(const Kb::MunicipalityMatch &m); // "Venlo hoort bij …"

    QList<Kb::SearchHit> m_hits;
    QStringList m_municipalities; // the first rows' municipalities (answers before the hits)
    QList<Kb::MunicipalityMatch> m_answers;
};

// The snippet as HTML: text escaped, the matched words highlighted (on a selected row, where a
// light background would drown the selection's light text, bold and underlined instead), in
// the hit colours of the palette's ScreenColours.
QString snippetHtml(const QString &snippet, const QList<Kb::TextSpan> &matches,
                    bool selected = false, const QPalette &palette = QPalette());

} // namespace Flexwonen::Ui
