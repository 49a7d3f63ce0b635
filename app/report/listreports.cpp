// SPDX-License-Identifier: GPL-3.0-or-later
#include "listreports.h"

#include "itemsection.h"
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "reportbuilder.h"
#include "reporthtml.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

using namespace Html;

namespace {

TitleLookup titleLookup(Kb::KnowledgeBase &kb)
{
    return [&kb](const QString &id) {
        const auto item = kb.item(id);
        return item ? item->title : QString();
    };
}

QString sectionsWithToc(const QList<Kb::Item> &items, const TitleLookup &titleOf)
{
    QString html = u"<h3>Inhoud</h3><p>%1</p>"_s.arg(ReportContent::tocMarker());
    bool first = true;
    for (const Kb::Item &item : items) {
        QString section = itemSectionHtml(item, titleOf);
        if (first)
            section.replace(0, 4, u"<h2 style=\"page-break-before: always\">"_s);
        first = false;
        html += section;
    }
    return html;
}

} // namespace

QStringList describeFilters(const Kb::SearchFilters &filters)
{
    QStringList out;
    if (filters.type)
        out.append(u"type: %1"_s.arg(Kb::typeLabel(*filters.type, Kb::Labels::Dutch)));
    if (!filters.region.isEmpty())
        out.append(u"regio: %1"_s.arg(filters.region));
    if (!filters.dossier.isEmpty())
        out.append(u"dossier: %1"_s.arg(filters.dossier));
    if (filters.year != 0)
        out.append(u"jaar: %1"_s.arg(filters.year));
    return out;
}

ReportContent pilotReport(const ReportContext &context, const QString &pilotId)
{
    Kb::KnowledgeBase &kb = context.kb;
    QList<Kb::Item> pilots;
    const bool all = pilotId == QLatin1String("alle") || pilotId == QLatin1String("all");
    if (all) {
        for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Pilot, {}, {}})) {
            if (const auto item = kb.item(s.id))
                pilots.append(*item);
        }
    } else {
        const auto item = kb.item(pilotId);
        if (!item || item->type != Kb::ItemType::Pilot)
            throw Kb::Error(Kb::Error::Kind::NotFound, u"Onbekende pilot '%1'"_s.arg(pilotId));
        pilots.append(*item);
    }
    ReportContent content;
    content.footerNote = context.footerNote;
    if (all) {
        content.title = u"Overzicht van de pilots"_s;
        content.subject = u"Alle pilots met gemeente, initiatiefnemer, regio en bronnen"_s;
        QString html =
            u"<h1>Overzicht van de pilots</h1><p class=\"meta\">%1 pilots · "
            "afgedrukt op %2</p>"_s.arg(QString::number(pilots.size()), date(context.printDate));
        html += gridTable() +
                u"<tr><th width=\"40%\">Pilot</th><th width=\"20%\">Gemeente"
                "</th><th width=\"20%\">Initiatiefnemer</th><th width=\"20%\">Regio</th></tr>"_s;
        const TitleLookup titleOf = titleLookup(kb);
        for (const Kb::Item &p : pilots)
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(p.title), esc(p.municipality), esc(p.initiator),
                p.region.isEmpty() ? u"buiten de acht regio's"_s : esc(titleOf(p.region)));
        html += u"</table>"_s;
        content.html = html + sectionsWithToc(pilots, titleOf);
        content.tableOfContents = !pilots.isEmpty();
    } else {
        content.title = u"Pilot: %1"_s.arg(pilots.first().title);
        content.subject = u"De pilot %1 met gemeente, initiatiefnemer, regio en bronnen"_s.arg(
            pilots.first().title);
        content.html = itemSectionHtml(pilots.first(), titleLookup(kb));
        content.html.replace(0, 4, u"<h1>"_s);
        content.html.replace(content.html.indexOf(u"</h2>"_s), 5, u"</h1>"_s);
    }
    return content;
}

ReportContent searchReport(const ReportContext &context, const Kb::SearchResults &results)
{
    const QStringList filters = describeFilters(results.filters);
    ReportContent content;
    content.title = u"Zoekresultaten: %1"_s.arg(results.query);
    content.subject =
        u"Resultaten van de zoekopdracht '%1' in de Flexwonen Kennisbank"_s.arg(results.query);
    content.footerNote = context.footerNote;
    QString html =
        u"<h1>Zoekresultaten</h1><p>Zoekopdracht: <b>%1</b><br/>Filters: %2<br/>"
        "Aantal resultaten: %3 · afgedrukt op %4</p>"_s.arg(
            esc(results.query), filters.isEmpty() ? u"geen"_s : esc(filters.join(u"; "_s)),
            QString::number(results.total), date(context.printDate));
    if (results.hits.isEmpty())
        html += u"<p>Geen resultaten.</p>"_s;
    int n = 0;
    for (const Kb::SearchHit &hit : results.hits) {
        html += u"<h3>%1. %2</h3><p class=\"meta\">%3 · %4</p><p>%5</p>"_s.arg(
            QString::number(++n), esc(hit.title), esc(Kb::typeLabel(hit.type, Kb::Labels::Dutch)),
            esc(hit.id),
            Kb::markMatches(hit.snippet, hit.matches, u"<b>", u"</b>",
                            Kb::MarkedText::HtmlEscaped));
    }
    content.html = html;
    return content;
}

ReportContent collectionReport(const ReportContext &context, const QStringList &ids,
                               const QString &coverNote)
{
    Kb::KnowledgeBase &kb = context.kb;
    QList<Kb::Item> items;
    for (const QString &id : ids) {
        const auto item = kb.item(id.trimmed());
        if (!item)
            throw Kb::Error(Kb::Error::Kind::NotFound, u"Onbekend item '%1'"_s.arg(id.trimmed()));
        items.append(*item);
    }
    if (items.isEmpty())
        throw Kb::Error(Kb::Error::Kind::BadInput, u"Geen items gekozen voor het rapport"_s);
    ReportContent content;
    content.title = u"Eigen rapport: %1 items uit de Flexwonen Kennisbank"_s.arg(items.size());
    content.subject = u"Door de gebruiker samengestelde items uit de Flexwonen Kennisbank"_s;
    content.footerNote = context.footerNote;
    QString html = u"<h1>Eigen rapport</h1><p class=\"meta\">%1 items · afgedrukt op %2</p>"_s.arg(
        QString::number(items.size()), date(context.printDate));
    if (!coverNote.trimmed().isEmpty()) {
        QString note = esc(coverNote.trimmed());
        note.replace(u"\n"_s, u"<br/>"_s);
        html += u"<h3>Toelichting</h3><p>%1</p>"_s.arg(note);
    }
    content.html = html + sectionsWithToc(items, titleLookup(kb));
    content.tableOfContents = true;
    return content;
}

} // namespace Flexwonen::Report
