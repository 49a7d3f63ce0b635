// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"
#include "reportblocks.h"

#include <optional>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace Flexwonen::Report {

// The key figures of a region as a horizontal bar chart, drawn with QPainter as vectors (text
// as outlines), one scale per unit. A chart must say something, so a unit in which the region
// has a single figure is compared with the other regions: their first figure in the same unit
// (for "gemeenten" with no such figure, the number of municipalities in their lists). The
// region's bars are dark, the others light; a range (value_max) ends in a lighter stretch.
// With fewer than two bars there is no chart (the table says it all).
class KeyFigureChart
{
public:
    struct Bar
    {
        QString label;       // left of the bar: the figure's label, or the other region's name
        QString description; // for the alternative text: region, figure, value and year
        double value = 0;
        std::optional<double> valueMax;
        QString valueText; // right of the bar, e.g. "17.000–21.000"
        bool own = true;   // the region's own figure (dark) or one to compare with (light)
    };
    struct Group
    {
        QString title; // the unit and what is compared
        QList<Bar> bars;
    };

    // regions: the region items of the knowledge base to compare with (region itself is
    // skipped among them).
    static KeyFigureChart forRegion(const Kb::Item &region, const QList<Kb::Item> &regions);

    const QList<Group> &groups() const { return m_groups; }
    int barCount() const;
    bool isUseful() const { return barCount() >= 2; }
    bool comparesRegions() const;

    QString altText() const;
    QString caption() const;
    QSizeF sizeMm() const;
    void paint(QPainter &painter, const QRectF &rect) const;
    // The chart as a report figure (the figure keeps its own copy of the data).
    Figure figure() const;

private:
    QString m_region;
    QList<Group> m_groups;
};

} // namespace Flexwonen::Report
