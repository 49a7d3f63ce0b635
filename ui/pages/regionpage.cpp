// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpage.h"

#include "barchartwidget.h"
#include "common/plaintext.h"
#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"
#include "map/mapwidget.h"
#include "reader/itemdocument.h"
#include "reader/readerview.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

RegionPage::RegionPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent)
    : MapPage(map, parent)
    , m_kb(kb)
    , m_chart(new BarChartWidget)
{
    setObjectName(QStringLiteral("RegionPage"));
    sideLayout()->addSpacing(8);
    m_chartHeading = addSideHeading(tr("Kerncijfers in beeld"));
    sideLayout()->addWidget(m_chart);
    m_chartNote = plainLabel(tr("Elke eenheid heeft een eigen schaal. Jaar, definitie en bron "
                                "staan onder Kerncijfers."));
    m_chartNote->setWordWrap(true);
    m_chartNote->setForegroundRole(QPalette::PlaceholderText);
    sideLayout()->addWidget(m_chartNote);
    sideLayout()->addStretch(1);
}

void RegionPage::showRegion(const Kb::Item &region)
{
    m_regionId = region.id;
    mapWidget()->setHighlight(region.id);
    mapWidget()->setRegionTitles({{region.id, region.title}});
    m_chart->setFigures(region.figures);
    m_chartHeading->setVisible(!region.figures.isEmpty());
    m_chartNote->setVisible(!region.figures.isEmpty());
    textView()->showMarkdown(composeText(region));
}

QString RegionPage::composeText(const Kb::Item &region) const
{
    const ItemDocument document(m_kb);
    QString sections;

    const QList<Kb::ItemSummary> documents = m_kb.list({Kb::ItemType::Document, region.id, {}});
    QList<Kb::ItemSummary> agreements;
    for (const Kb::ItemSummary &d : documents) {
        if (d.kind == QLatin1String("convenant") || d.kind == QLatin1String("beleidsregel"))
            agreements.append(d);
    }
    sections += tr("## Afspraken: convenanten en beleidsregels\n\n");
    sections +=
        agreements.isEmpty()
            ? tr("Voor deze regio staan geen convenanten of beleidsregels in de "
                 "kennisbank.\n\n")
            : ItemDocument::linkList(agreements, ItemDocument::WithKind | ItemDocument::WithDate);

    const QList<Kb::ItemSummary> pilots = m_kb.list({Kb::ItemType::Pilot, region.id, {}});
    sections += tr("## Pilots in deze regio\n\n");
    sections += pilots.isEmpty() ? tr("Geen van de pilots ligt in deze regio.\n\n")
                                 : ItemDocument::linkList(pilots, ItemDocument::TitleOnly);

    QList<Kb::ItemSummary> events = m_kb.list({Kb::ItemType::Event, region.id, {}});
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.date > b.date; });
    sections += tr("## Agenda van de regio\n\n");
    sections += events.isEmpty() ? tr("Geen agendapunten voor deze regio.\n\n")
                                 : ItemDocument::linkList(events, ItemDocument::WithDate);

    sections += tr("## Documenten per dossier\n\n");
    if (documents.isEmpty())
        sections += tr("Geen documenten die specifiek voor deze regio gelden.\n\n");
    for (const Kb::ItemSummary &dossier : m_kb.list({Kb::ItemType::Dossier, {}, {}})) {
        QList<Kb::ItemSummary> inDossier;
        for (const Kb::ItemSummary &d : documents) {
            if (d.dossier == dossier.id)
                inDossier.append(d);
        }
        if (!inDossier.isEmpty())
            sections +=
                QStringLiteral("### [%1](kb:%2)\n\n")
                    .arg(Kb::ItemMarkdown::escape(dossier.title), dossier.id) +
                ItemDocument::linkList(inDossier, ItemDocument::WithKind | ItemDocument::WithDate);
    }
    return ItemDocument::insertBeforeClosing(document.compose(region), sections);
}

} // namespace Flexwonen::Ui
