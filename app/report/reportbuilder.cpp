// SPDX-License-Identifier: EUPL-1.2
#include "reportbuilder.h"

#include "dossierreport.h"
#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"
#include "regionoverview.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

QString footerNoteFor(Kb::KnowledgeBase &kb, const QDate &printDate)
{
    const Kb::KbMeta meta = kb.meta();
    const QDate built = QDate::fromString(meta.built.left(10), Qt::ISODate);
    QString kbVersion = u"kennisbank nr. %1"_s.arg(meta.seq);
    if (built.isValid())
        kbVersion += u" van %1"_s.arg(Kb::ItemMarkdown::formatDate(built));
    return u"Flexwonen Kennisbank %1 · %2 · afgedrukt %3"_s.arg(
        QStringLiteral(FLEXWONEN_VERSION), kbVersion, Kb::ItemMarkdown::formatDate(printDate));
}

} // namespace

ReportBuilder::ReportBuilder(Kb::KnowledgeBase &kb, MapSource map, QDate printDate)
    : m_context{kb, printDate, map.paint ? std::move(map) : nlMapSource(kb),
                footerNoteFor(kb, printDate)}
{}

ReportContent ReportBuilder::regionOverview(const QString &regionId,
                                            const QString &municipality) const
{
    return Report::regionOverview(m_context, regionId, municipality);
}

ReportContent ReportBuilder::dossier(const QString &dossierId) const
{
    return dossierReport(m_context, dossierId);
}

ReportContent ReportBuilder::pilots(const QString &pilotId) const
{
    return pilotReport(m_context, pilotId);
}

ReportContent ReportBuilder::search(const QString &query, const Kb::SearchFilters &filters) const
{
    Kb::SearchRequest request;
    request.text = query;
    request.filters = filters;
    request.limit = SearchReportLimit;
    return searchReport(m_context, m_context.kb.search(request));
}

ReportContent ReportBuilder::searchResults(const Kb::SearchResults &results) const
{
    return searchReport(m_context, results);
}

ReportContent ReportBuilder::collection(const QStringList &ids, const QString &coverNote) const
{
    return collectionReport(m_context, ids, coverNote);
}

} // namespace Flexwonen::Report
