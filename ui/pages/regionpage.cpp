// SPDX-License-Identifier: EUPL-1.2
#include "regionpage.h"

#include "barchartwidget.h"
#include "common/plaintext.h"
#include "kb/coreerror.h"
#include "kb/knowledgebase.h"
#include "map/mapwidget.h"
#include "reader/readerview.h"
#include "regiontext.h"

#include <QHash>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Flexwonen::Ui {

RegionPage::RegionPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent)
    : MapPage(map, parent)
    , m_kb(kb)
    , m_chart(new BarChartWidget)
{
    setObjectName(QStringLiteral("RegionPage"));
    sideLayout()->addSpacing(8);
    m_chartHeading = addSideHeading([] { return tr("Kerncijfers in beeld"); });
    sideLayout()->addWidget(m_chart);
    m_chartNote = plainLabel({});
    m_chartNote->setWordWrap(true);
    m_chartNote->setForegroundRole(QPalette::PlaceholderText);
    sideLayout()->addWidget(m_chartNote);
    sideLayout()->addStretch(1);
}

QList<Kb::Figure> RegionPage::comparableFigures(const QList<Kb::Figure> &figures)
{
    // Bars only say something against each other on one scale: the largest group of figures in
    // one unit, if it has two or more. A lone figure is a 100 % bar and stays in the text.
    QHash<QString, QList<Kb::Figure>> byUnit;
    QStringList units;
    for (const Kb::Figure &f : figures) {
        if (!byUnit.contains(f.unit))
            units.append(f.unit);
        byUnit[f.unit].append(f);
    }
    QList<Kb::Figure> best;
    for (const QString &unit : units) {
        if (byUnit.value(unit).size() > best.size())
            best = byUnit.value(unit);
    }
    return best.size() >= 2 ? best : QList<Kb::Figure>();
}

void RegionPage::changeEvent(QEvent *event)
{
    // The region again: its text, the chart's note and values in the new language.
    if (event->type() == QEvent::LanguageChange && !m_regionId.isEmpty()) {
        try {
            if (const std::optional<Kb::Item> region = m_kb.item(m_regionId)) {
                QScrollBar *scroll = textView()->verticalScrollBar();
                const int at = scroll->value();
                showRegion(*region, m_municipality);
                scroll->setValue(at);
            }
        } catch (const Flexwonen::Error &) {
            // An event's edge: the text stays; the tab reports a failing read when it shows
            // the region again.
        }
    }
    MapPage::changeEvent(event);
}

void RegionPage::showRegion(const Kb::Item &region, const QString &municipality)
{
    m_regionId = region.id;
    m_municipality = municipality;
    mapWidget()->setHighlight(region.id);
    QString code;
    for (const Kb::Municipality &m : region.municipalities) {
        if (m.name == municipality)
            code = m.code;
    }
    mapWidget()->setMunicipalityHighlight(code);
    mapWidget()->setRegionTitles({{region.id, region.title}});
    const QList<Kb::Figure> comparable = comparableFigures(region.figures);
    m_chart->setFigures(comparable);
    m_chartHeading->setVisible(!comparable.isEmpty());
    m_chartNote->setVisible(!comparable.isEmpty());
    if (!comparable.isEmpty())
        m_chartNote->setText(tr("De cijfers in %1 op één schaal. Jaar, definitie en bron staan "
                                "onder Kerncijfers.")
                                 .arg(comparable.first().unit));
    textView()->showMarkdown(composeText(region, municipality));
}

QString RegionPage::composeText(const Kb::Item &region, const QString &municipality) const
{
    return RegionText(m_kb, region).compose(municipality);
}

} // namespace Flexwonen::Ui
