// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Report {

struct ReportContext;

// "Regio-overzicht voor de raad" (brief §3.3): one region on one or two A4 pages — map and
// municipalities, key figures, agreements and their state, norms with effective dates, pilots
// and good examples, open points, contacts, sources and map credits. Throws Kb::Error NotFound.
ReportContent regionOverview(const ReportContext &context, const QString &regionId);

} // namespace Flexwonen::Report
