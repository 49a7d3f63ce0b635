// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"
#include "mappage.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class BarChartWidget;

// A region for the council officer: the map with the region (and a municipality) highlighted,
// comparable key figures as a bar chart beside the text; in the text first the figures,
// municipalities and agreements, then pilots, events, documents, and the prose after them.
class RegionPage final : public MapPage
{
    Q_OBJECT
public:
    RegionPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent = nullptr);

    // municipality: the one the user came from ("Venlo"), marked on the map and named on top.
    void showRegion(const Kb::Item &region, const QString &municipality = {});
    QString regionId() const { return m_regionId; }
    QString municipality() const { return m_municipality; }
    BarChartWidget *chart() const { return m_chart; }
    QString composeText(const Kb::Item &region, const QString &municipality = {}) const;
    // The figures the chart compares: the largest group in one unit, empty below two.
    static QList<Kb::Figure> comparableFigures(const QList<Kb::Figure> &figures);

protected:
    void changeEvent(QEvent *event) override;

private:
    Kb::KnowledgeBase &m_kb;
    BarChartWidget *m_chart;
    QLabel *m_chartHeading;
    QLabel *m_chartNote;
    QString m_regionId;
    QString m_municipality;
};

} // namespace Flexwonen::Ui
