// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportcontent.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Report {

struct ReportContext;

// "Regio-overzicht voor de raad" (brief §3.3): one region on one or two A4 pages — map and
// municipalities, key figures, agreements and their state, norms with effective dates, pilots
// and good examples, open points, contacts, sources and map credits. municipality (a name of
// the region's list, from "Mijn gemeente") is marked on the map and in the list; a name the
// region does not list throws Kb::Error NotFound. Throws Kb::Error NotFound for an unknown region.
ReportContent regionOverview(const ReportContext &context, const QString &regionId,
                             const QString &municipality = {});

} // namespace Flexwonen::Report
