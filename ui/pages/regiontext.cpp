// SPDX-License-Identifier: EUPL-1.2
#include "regiontext.h"

#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"
#include "reader/itemdocument.h"

#include <QRegularExpression>

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

Kb::ItemSummary summaryOf(const Kb::Item &item)
{
    Kb::ItemSummary s;
    s.id = item.id;
    s.type = item.type;
    s.title = item.title;
    s.kind = item.kind;
    s.date = item.date;
    s.dossier = item.dossier;
    return s;
}

constexpr int KindAndDate = ItemDocument::WithKind | ItemDocument::WithDate;

} // namespace

RegionText::RegionText(Kb::KnowledgeBase &kb, const Kb::Item &region)
    : m_kb(kb)
    , m_region(region)
    , m_documents(kb.list({Kb::ItemType::Document, region.id, {}}))
    , m_listed{region.id}
{
    QStringList ids = region.links;
    for (const QString &id : linkedIds(region.body)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : std::as_const(ids)) {
        if (const std::optional<Kb::Item> item = m_kb.item(id))
            m_linked.append(summaryOf(*item));
    }
    // In page order, one statement each (the operands of + have no set order): an item goes
    // to the first section that lists it.
    m_sections = agreements();
    m_sections += pilots();
    m_sections += events();
    m_sections += documentsByDossier();
    m_sections += closing();
}

QList<Kb::ItemSummary> RegionText::unlisted(const QList<Kb::ItemSummary> &items)
{
    QList<Kb::ItemSummary> out;
    for (const Kb::ItemSummary &s : items) {
        if (!m_listed.contains(s.id)) {
            m_listed.insert(s.id);
            out.append(s);
        }
    }
    return out;
}

QList<Kb::ItemSummary> RegionText::linkedOfType(Kb::ItemType type) const
{
    QList<Kb::ItemSummary> out;
    for (const Kb::ItemSummary &s : m_linked) {
        if (s.type == type)
            out.append(s);
    }
    return out;
}

QString RegionText::agreements()
{
    // The region's own agreements and those its text names: "geen" only when there is none.
    QList<Kb::ItemSummary> found;
    for (const Kb::ItemSummary &d : m_documents + m_linked) {
        if (isAgreement(d))
            found.append(d);
    }
    found = unlisted(found);
    return tr("## Afspraken: convenanten en beleidsregels\n\n") +
           (found.isEmpty() ? tr("Voor deze regio staan geen convenanten of beleidsregels in de "
                                 "kennisbank.\n\n")
                            : ItemDocument::linkList(found, KindAndDate));
}

QString RegionText::pilots()
{
    const QList<Kb::ItemSummary> found = unlisted(
        m_kb.list({Kb::ItemType::Pilot, m_region.id, {}}) + linkedOfType(Kb::ItemType::Pilot));
    return found.isEmpty() ? QString()
                           : tr("## Pilots in deze regio\n\n") +
                                 ItemDocument::linkList(found, ItemDocument::TitleOnly);
}

QString RegionText::events()
{
    QList<Kb::ItemSummary> found = unlisted(m_kb.list({Kb::ItemType::Event, m_region.id, {}}) +
                                            linkedOfType(Kb::ItemType::Event));
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.date > b.date; });
    return found.isEmpty() ? QString()
                           : tr("## Agenda van de regio\n\n") +
                                 ItemDocument::linkList(found, ItemDocument::WithDate);
}

QString RegionText::documentsByDossier()
{
    const QList<Kb::ItemSummary> documents =
        unlisted(m_documents + linkedOfType(Kb::ItemType::Document));
    if (documents.isEmpty())
        return {};
    QString md = tr("## Documenten per dossier\n\n");
    QSet<QString> shown;
    for (const Kb::ItemSummary &dossier : m_kb.list({Kb::ItemType::Dossier, {}, {}})) {
        QList<Kb::ItemSummary> inDossier;
        for (const Kb::ItemSummary &d : documents) {
            if (d.dossier == dossier.id) {
                inDossier.append(d);
                shown.insert(d.id);
            }
        }
        // The dossier heading is no listing of the dossier: it is a heading, not a row.
        if (!inDossier.isEmpty())
            md += QStringLiteral("### %1\n\n").arg(Kb::ItemMarkdown::escape(dossier.title)) +
                  ItemDocument::linkList(inDossier, KindAndDate);
    }
    QList<Kb::ItemSummary> loose;
    for (const Kb::ItemSummary &d : documents) {
        if (!shown.contains(d.id))
            loose.append(d);
    }
    if (!loose.isEmpty())
        md += tr("### Overige documenten\n\n") + ItemDocument::linkList(loose, KindAndDate);
    return md;
}

QString RegionText::closing()
{
    QString md;
    if (!m_region.body.trimmed().isEmpty())
        md += tr("## Toelichting\n\n") + m_region.body.trimmed() + QStringLiteral("\n\n");
    const QList<Kb::ItemSummary> rest = unlisted(m_linked);
    if (!rest.isEmpty())
        md += tr("## Zie ook\n\n") + ItemDocument::linkList(rest);
    const QList<Kb::ItemSummary> referring = unlisted(m_kb.referencing(m_region.id));
    if (!referring.isEmpty())
        md += tr("## Gerelateerd\n\nDeze items verwijzen naar deze regio:\n\n") +
              ItemDocument::linkList(referring);
    return md;
}

QString RegionText::head(const QString &municipality) const
{
    // The item's own composition without body and links: heading, facts, summary, figures,
    // municipalities, contacts and sources. The words around the content follow the interface
    // language, as in the reader (issue 14.8).
    Kb::Item head = m_region;
    head.body.clear();
    head.links.clear();
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
                                      Kb::ItemMarkdown::escape(m_region.title));
        const qsizetype at = md.indexOf(QStringLiteral("\n## "));
        md = at < 0 ? md + QLatin1Char('\n') + note : md.left(at + 1) + note + md.mid(at + 1);
    }
    return md;
}

QString RegionText::compose(const QString &municipality) const
{
    // The sections go before the sources.
    return ItemDocument::insertBeforeClosing(
        head(municipality), m_sections,
        {Kb::ItemMarkdown::closingHeadings(Kb::Labels::Translated).at(1)});
}

} // namespace Flexwonen::Ui
