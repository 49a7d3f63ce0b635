// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/item.h"
#include "mappage.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class BarChartWidget;

// A region: the map with the region highlighted, its key figures as a bar chart beside the text,
// and in the text its municipalities, figures table, agreements, pilots, events and the dossier
// documents that apply to it.
class RegionPage final : public MapPage
{
    Q_OBJECT
public:
    RegionPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent = nullptr);

    void showRegion(const Kb::Item &region);
    QString regionId() const { return m_regionId; }
    BarChartWidget *chart() const { return m_chart; }
    QString composeText(const Kb::Item &region) const;

private:
    Kb::KnowledgeBase &m_kb;
    BarChartWidget *m_chart;
    QLabel *m_chartHeading;
    QLabel *m_chartNote;
    QString m_regionId;
};

} // namespace Flexwonen::Ui
