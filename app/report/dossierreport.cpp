// SPDX-License-Identifier: EUPL-1.2
#include "dossierreport.h"

#include "itemsection.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "reportbuilder.h"
#include "reportparts.h"
#include "reportwords.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

ReportContent dossierReport(const ReportContext &context, const QString &dossierId)
{
    Kb::KnowledgeBase &kb = context.kb;
    const auto dossier = kb.item(dossierId);
    if (!dossier || dossier->type != Kb::ItemType::Dossier)
        throw Kb::Error(Kb::Error::Kind::NotFound, u"Onbekend dossier '%1'"_s.arg(dossierId));
    const QList<Kb::ItemSummary> documents = kb.list({Kb::ItemType::Document, {}, dossierId});
    const TitleLookup titleOf = [&kb](const QString &id) {
        const auto item = kb.item(id);
        return item ? item->title : QString();
    };

    QList<Block> blocks;
    blocks.append(itemHeading(1, u"Dossier: %1"_s.arg(dossier->title), dossier->id));
    blocks.append(Block::paragraph(u"%1 · afgedrukt op %2"_s.arg(
        countOf(documents.size(), u"document"_s, u"documenten"_s), reportDate(context.printDate))));
    if (!dossier->summary.isEmpty())
        blocks.append(Block::paragraph(paragraphOf({bold(dossier->summary)})));
    if (documents.isEmpty()) {
        blocks.append(Block::paragraph(u"Dit dossier bevat nog geen documenten."_s));
    } else {
        blocks.append(Block::heading(2, u"Inhoud"_s, u"inhoud"_s));
        blocks.append(Block::tableOfContents());
        // The first document starts on a new page after the contents; the rest flow on.
        blocks.append(Block::pageBreak());
    }
    for (const Kb::ItemSummary &s : documents) {
        if (const auto item = kb.item(s.id))
            blocks.append(itemSectionBlocks(*item, titleOf));
    }
    assignAnchors(blocks);

    ReportContent content;
    content.title = u"Dossier %1"_s.arg(dossier->title);
    content.subject =
        u"Alle documenten van het dossier %1 met soort, datum, regio en bronnen"_s.arg(
            dossier->title);
    content.footerNote = context.footerNote;
    content.blocks = std::move(blocks);
    return content;
}

} // namespace Flexwonen::Report
