// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "listreports.h"
#include "reportcontent.h"
#include "reportmap.h"

#include <QDate>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Report {

// What every report builder reads from.
struct ReportContext
{
    Kb::KnowledgeBase &kb;
    QDate printDate;
    MapSource map;
    QString footerNote; // app version, knowledge-base version and print date
};

// Builds the content of each kind of report from the knowledge base. Unknown ids throw
// Kb::Error (NotFound) with a Dutch message.
class ReportBuilder
{
public:
    // Without a map (no painter), the real map with kb's regions: nlMapSource(kb).
    explicit ReportBuilder(Kb::KnowledgeBase &kb, MapSource map = {},
                           QDate printDate = QDate::currentDate());

    // municipality: one of the region's municipalities to mark on the map and in its list.
    ReportContent regionOverview(const QString &regionId, const QString &municipality = {}) const;
    ReportContent dossier(const QString &dossierId) const;
    // One pilot, or every pilot for id "alle" (or "all").
    ReportContent pilots(const QString &pilotId) const;
    // Runs the search (its first SearchReportLimit hits) and reports what it found.
    ReportContent search(const QString &query, const Kb::SearchFilters &filters = {}) const;
    ReportContent searchResults(const Kb::SearchResults &results) const;
    ReportContent collection(const QStringList &ids, const QString &coverNote) const;

    const MapSource &map() const { return m_context.map; }
    const ReportContext &context() const { return m_context; }

private:
    ReportContext m_context;
};

} // namespace Flexwonen::Report
