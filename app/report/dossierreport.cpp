// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierreport.h"

#include "itemsection.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "reportbuilder.h"
#include "reporthtml.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

using namespace Html;

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

    QString html =
        u"<h1>Dossier: %1</h1><p class=\"meta\">%2 documenten · afgedrukt op %3</p>"_s.arg(
            esc(dossier->title), QString::number(documents.size()), date(context.printDate));
    html += u"<p><b>%1</b></p>"_s.arg(esc(dossier->summary));
    html += u"<h3>Inhoud</h3><p>%1</p>"_s.arg(ReportContent::tocMarker());
    bool first = true;
    for (const Kb::ItemSummary &s : documents) {
        const auto item = kb.item(s.id);
        if (!item)
            continue;
        QString section = itemSectionHtml(*item, titleOf);
        // The first document starts on a new page after the contents; the rest flow on.
        if (first)
            section.replace(0, 4, u"<h2 style=\"page-break-before: always\">"_s);
        first = false;
        html += section;
    }
    if (documents.isEmpty())
        html += u"<p>Dit dossier bevat nog geen documenten.</p>"_s;

    ReportContent content;
    content.title = u"Dossier %1"_s.arg(dossier->title);
    content.subject =
        u"Alle documenten van het dossier %1 met soort, datum, regio en bronnen"_s.arg(
            dossier->title);
    content.footerNote = context.footerNote;
    content.html = html;
    content.tableOfContents = !documents.isEmpty();
    return content;
}

} // namespace Flexwonen::Report
