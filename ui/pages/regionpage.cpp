// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionpage.h"

#include "barchartwidget.h"
#include "common/plaintext.h"
#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"
#include "map/mapwidget.h"
#include "reader/itemdocument.h"
#include "reader/readerview.h"

#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace Flexwonen::Ui {

namespace {

bool isAgreement(const Kb::ItemSummary &s)
{
    return s.type == Kb::ItemType::Document &&
           (s.kind == QLatin1String("convenant") || s.kind == QLatin1String("beleidsregel"));
}

// The ids a Markdown text links to with kb:, in order, each once.
QStringList linkedIds(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral(R"(\]\(kb:([^)\s]+)\))"));
    QStringList ids;
    for (const QRegularExpressionMatch &m : link.globalMatch(markdown)) {
        if (!ids.contains(m.captured(1)))
            ids.append(m.captured(1));
    }
    return ids;
}

// The items of a list that are not listed yet on the page; marks them listed.
QList<Kb::ItemSummary> unlisted(const QList<Kb::ItemSummary> &items, QSet<QString> &listed)
{
    QList<Kb::ItemSummary> out;
    for (const Kb::ItemSummary &s : items) {
        if (!listed.contains(s.id)) {
            listed.insert(s.id);
            out.append(s);
        }
    }
    return out;
}

} // namespace

RegionPage::RegionPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent)
    : MapPage(map, parent)
    , m_kb(kb)
    , m_chart(new BarChartWidget)
{
    setObjectName(QStringLiteral("RegionPage"));
    sideLayout()->addSpacing(8);
    m_chartHeading = addSideHeading(tr("Kerncijfers in beeld"));
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
    // What a council officer looks for comes first: figures, municipalities and agreements;
    // the prose follows. Every related item is listed once on the page, in the first section
    // it belongs to; the body's own links count as listed under the generated sections.
    QSet<QString> listed{region.id};
    QList<Kb::ItemSummary> linked;
    QStringList linkIds = region.links;
    for (const QString &id : linkedIds(region.body)) {
        if (!linkIds.contains(id))
            linkIds.append(id);
    }
    for (const QString &id : linkIds) {
        if (const std::optional<Kb::Item> item = m_kb.item(id)) {
            Kb::ItemSummary s;
            s.id = item->id;
            s.type = item->type;
            s.title = item->title;
            s.kind = item->kind;
            s.date = item->date;
            s.dossier = item->dossier;
            linked.append(s);
        }
    }
    const auto linkedOf = [&linked](const auto &keep) {
        QList<Kb::ItemSummary> out;
        for (const Kb::ItemSummary &s : linked) {
            if (keep(s))
                out.append(s);
        }
        return out;
    };

    QString sections;

    const QList<Kb::ItemSummary> documents = m_kb.list({Kb::ItemType::Document, region.id, {}});
    QList<Kb::ItemSummary> agreements;
    for (const Kb::ItemSummary &d : documents) {
        if (isAgreement(d))
            agreements.append(d);
    }
    agreements += linkedOf(isAgreement);
    agreements = unlisted(agreements, listed);
    sections += tr("## Afspraken: convenanten en beleidsregels\n\n");
    sections +=
        agreements.isEmpty()
            ? tr("Voor deze regio staan geen convenanten of beleidsregels in de "
                 "kennisbank.\n\n")
            : ItemDocument::linkList(agreements, ItemDocument::WithKind | ItemDocument::WithDate);

    QList<Kb::ItemSummary> pilots = m_kb.list({Kb::ItemType::Pilot, region.id, {}});
    pilots += linkedOf([](const Kb::ItemSummary &s) { return s.type == Kb::ItemType::Pilot; });
    pilots = unlisted(pilots, listed);
    if (!pilots.isEmpty())
        sections += tr("## Pilots in deze regio\n\n") +
                    ItemDocument::linkList(pilots, ItemDocument::TitleOnly);

    QList<Kb::ItemSummary> events = m_kb.list({Kb::ItemType::Event, region.id, {}});
    events += linkedOf([](const Kb::ItemSummary &s) { return s.type == Kb::ItemType::Event; });
    events = unlisted(events, listed);
    std::stable_sort(events.begin(), events.end(),
                     [](const auto &a, const auto &b) { return a.date > b.date; });
    if (!events.isEmpty())
        sections += tr("## Agenda van de regio\n\n") +
                    ItemDocument::linkList(events, ItemDocument::WithDate);

    QList<Kb::ItemSummary> otherDocuments = documents;
    otherDocuments +=
        linkedOf([](const Kb::ItemSummary &s) { return s.type == Kb::ItemType::Document; });
    otherDocuments = unlisted(otherDocuments, listed);
    if (!otherDocuments.isEmpty()) {
        sections += tr("## Documenten per dossier\n\n");
        QSet<QString> shown;
        for (const Kb::ItemSummary &dossier : m_kb.list({Kb::ItemType::Dossier, {}, {}})) {
            QList<Kb::ItemSummary> inDossier;
            for (const Kb::ItemSummary &d : otherDocuments) {
                if (d.dossier == dossier.id) {
                    inDossier.append(d);
                    shown.insert(d.id);
                }
            }
            // The dossier heading is no listing of the dossier: it is a heading, not a row.
            if (!inDossier.isEmpty())
                sections +=
                    QStringLiteral("### %1\n\n").arg(Kb::ItemMarkdown::escape(dossier.title)) +
                    ItemDocument::linkList(inDossier,
                                           ItemDocument::WithKind | ItemDocument::WithDate);
        }
        QList<Kb::ItemSummary> loose;
        for (const Kb::ItemSummary &d : otherDocuments) {
            if (!shown.contains(d.id))
                loose.append(d);
        }
        if (!loose.isEmpty())
            sections +=
                tr("### Overige documenten\n\n") +
                ItemDocument::linkList(loose, ItemDocument::WithKind | ItemDocument::WithDate);
    }

    if (!region.body.trimmed().isEmpty())
        sections += tr("## Toelichting\n\n") + region.body.trimmed() + QStringLiteral("\n\n");

    QList<Kb::ItemSummary> rest = unlisted(linked, listed);
    if (!rest.isEmpty())
        sections += tr("## Zie ook\n\n") + ItemDocument::linkList(rest);
    QList<Kb::ItemSummary> referring = unlisted(m_kb.referencing(region.id), listed);
    if (!referring.isEmpty())
        sections += tr("## Gerelateerd\n\nDeze items verwijzen naar deze regio:\n\n") +
                    ItemDocument::linkList(referring);

    // The item's own composition without body and links: heading, facts, summary, figures,
    // municipalities, contacts and sources; the sections above go before the sources.
    Kb::Item head = region;
    head.body.clear();
    head.links.clear();
    // The words around the content follow the interface language, as in the reader (issue 14.8).
    const Kb::ItemMarkdown composer(
        [this](const QString &id) {
            const auto item = m_kb.item(id);
            return item ? item->title : QString();
        },
        Kb::Labels::Translated);
    QString md = composer.compose(head);
    if (!municipality.isEmpty()) {
        // The answer to "Mijn gemeente" on top, before the figures.
        const QString note = tr("> **%1** hoort bij regio %2.\n\n")
                                 .arg(Kb::ItemMarkdown::escape(municipality),
                                      Kb::ItemMarkdown::escape(region.title));
        const qsizetype at = md.indexOf(QStringLiteral("\n## "));
        md = at < 0 ? md + QLatin1Char('\n') + note : md.left(at + 1) + note + md.mid(at + 1);
    }
    return ItemDocument::insertBeforeClosing(
        md, sections, {Kb::ItemMarkdown::closingHeadings(Kb::Labels::Translated).at(1)});
}

} // namespace Flexwonen::Ui
