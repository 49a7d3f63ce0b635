// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"
#include "reportcontent.h"

#include <QStringList>

namespace Flexwonen::Kb {
class KnowledgeBase;
} // namespace Flexwonen::Kb

namespace Flexwonen::Report {

struct ReportContext;

// The most hits a search-results report lists.
constexpr int SearchReportLimit = 100;

// The filters of a search as the report prints them, e.g. "type: Documenten".
QStringList describeFilters(const Kb::SearchFilters &filters);

// One pilot ("alle" or "all": every pilot) with municipality, initiator, region and sources.
ReportContent pilotReport(const ReportContext &context, const QString &pilotId);

// The query, the filters and every hit with its snippet (the matched words in bold).
ReportContent searchReport(const ReportContext &context, const Kb::SearchResults &results);

// Items the user collected, in the order given, after a cover note. Unknown ids throw.
ReportContent collectionReport(const ReportContext &context, const QStringList &ids,
                               const QString &coverNote);

} // namespace Flexwonen::Report
