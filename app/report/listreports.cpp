// SPDX-License-Identifier: EUPL-1.2
#include "listreports.h"

#include "itemsection.h"
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "reportbuilder.h"
#include "reportparts.h"
#include "reportwords.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

TitleLookup titleLookup(Kb::KnowledgeBase &kb)
{
    return [&kb](const QString &id) {
        const auto item = kb.item(id);
        return item ? item->title : QString();
    };
}

// The contents (level-2 headings after it, linked, with page numbers), then every item as a
// section, the first on a new page.
QList<Block> sectionsWithToc(const QList<Kb::Item> &items, const TitleLookup &titleOf)
{
    QList<Block> blocks;
    blocks.append(Block::heading(2, u"Inhoud"_s, u"inhoud"_s));
    blocks.append(Block::tableOfContents());
    blocks.append(Block::pageBreak());
    for (const Kb::Item &item : items)
        blocks.append(itemSectionBlocks(item, titleOf));
    return blocks;
}

// The snippet with the matched words in bold; spans that overlap an earlier one are left out
// and spans reaching past the text are cut, as Kb::markMatches does.
Paragraph snippetParagraph(const QString &snippet, const QList<Kb::TextSpan> &matches)
{
    Paragraph p;
    const auto add = [&p](const QString &text, bool strong) {
        QString flow = text;
        flow.replace(u'\n', u' ').replace(u'\r', u' ');
        if (!flow.isEmpty())
            p.runs.append(TextRun{flow, strong, false, {}});
    };
    qsizetype at = 0;
    for (const Kb::TextSpan &span : matches) {
        if (span.start < at || span.start >= snippet.size() || span.length <= 0)
            continue;
        const qsizetype end = std::min(snippet.size(), span.start + span.length);
        add(snippet.mid(at, span.start - at), false);
        add(snippet.mid(span.start, end - span.start), true);
        at = end;
    }
    add(snippet.mid(at), false);
    return p;
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
    const TitleLookup titleOf = titleLookup(kb);
    ReportContent content;
    content.footerNote = context.footerNote;
    QList<Block> blocks;
    if (all) {
        content.title = u"Overzicht van de pilots"_s;
        content.subject = u"Alle pilots met gemeente, initiatiefnemer, regio en bronnen"_s;
        blocks.append(Block::heading(1, u"Overzicht van de pilots"_s, u"pilots"_s));
        blocks.append(Block::paragraph(u"%1 · afgedrukt op %2"_s.arg(
            countOf(pilots.size(), u"pilot"_s, u"pilots"_s), reportDate(context.printDate))));
        if (pilots.isEmpty()) {
            blocks.append(Block::paragraph(u"De kennisbank bevat geen pilots."_s));
        } else {
            Table table = headedTable({u"Pilot"_s, u"Gemeente"_s, u"Initiatiefnemer"_s, u"Regio"_s},
                                      {34, 18, 30, 18});
            for (const Kb::Item &p : std::as_const(pilots))
                table.rows.append(
                    {cellOf(p.title), cellOf(p.municipality), cellOf(p.initiator),
                     cellOf(p.region.isEmpty() ? u"buiten de acht regio's"_s : titleOf(p.region))});
            table.summary = u"De pilots met gemeente, initiatiefnemer en regio"_s;
            blocks.append(Block::tableBlock(std::move(table)));
            blocks.append(sectionsWithToc(pilots, titleOf));
        }
    } else {
        const Kb::Item &pilot = pilots.first();
        content.title = u"Pilot: %1"_s.arg(pilot.title);
        content.subject =
            u"De pilot %1 met gemeente, initiatiefnemer, regio en bronnen"_s.arg(pilot.title);
        blocks = itemSectionBlocks(pilot, titleOf, 1);
    }
    assignAnchors(blocks);
    content.blocks = std::move(blocks);
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
    QList<Block> blocks;
    blocks.append(Block::heading(1, u"Zoekresultaten"_s, u"zoekresultaten"_s));
    blocks.append(Block::paragraph(paragraphOf({plain(u"Zoekopdracht: "_s), bold(results.query)})));
    blocks.append(Block::paragraph(
        u"Filters: %1"_s.arg(filters.isEmpty() ? u"geen"_s : filters.join(u"; "_s))));
    blocks.append(Block::paragraph(u"Aantal resultaten: %1 · afgedrukt op %2"_s.arg(
        QString::number(results.total), reportDate(context.printDate))));
    if (results.hits.isEmpty())
        blocks.append(Block::paragraph(u"Geen resultaten."_s));
    int n = 0;
    for (const Kb::SearchHit &hit : results.hits) {
        blocks.append(itemHeading(2, u"%1. %2"_s.arg(++n).arg(hit.title), hit.id));
        blocks.append(Block::paragraph(paragraphOf(
            {italic(u"%1 · %2"_s.arg(Kb::typeLabel(hit.type, Kb::Labels::Dutch), hit.id))})));
        const Paragraph snippet = snippetParagraph(hit.snippet, hit.matches);
        if (!snippet.isEmpty())
            blocks.append(Block::paragraph(snippet));
    }
    assignAnchors(blocks);
    content.blocks = std::move(blocks);
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
    const QString count = countOf(items.size(), u"item"_s, u"items"_s);
    ReportContent content;
    content.title = u"Eigen rapport: %1 uit de Flexwonen Kennisbank"_s.arg(count);
    content.subject = u"Door de gebruiker samengestelde items uit de Flexwonen Kennisbank"_s;
    content.footerNote = context.footerNote;
    QList<Block> blocks;
    blocks.append(Block::heading(1, u"Eigen rapport"_s, u"eigen-rapport"_s));
    blocks.append(
        Block::paragraph(u"%1 · afgedrukt op %2"_s.arg(count, reportDate(context.printDate))));
    if (!coverNote.trimmed().isEmpty()) {
        blocks.append(Block::heading(2, u"Toelichting"_s, u"toelichting"_s));
        // The user's lines stay lines; an empty line is no paragraph.
        for (const QString &line : coverNote.trimmed().split(u'\n')) {
            QString text = line;
            text.remove(u'\r');
            if (!text.trimmed().isEmpty())
                blocks.append(Block::paragraph(text));
        }
    }
    blocks.append(sectionsWithToc(items, titleLookup(kb)));
    assignAnchors(blocks);
    content.blocks = std::move(blocks);
    return content;
}

} // namespace Flexwonen::Report
