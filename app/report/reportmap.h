// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "nlmap.h"
#include "reportcontent.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Report {

// The NlMap of the Netherlands with the region highlighted (its municipalities as given), a
// legend, its credits and its alternative text; falls back to placeholderMap() if the
// compiled-in map data cannot be read.
MapSource nlMapSource(const RegionMunicipalities &municipalities);
// The same with the regions' municipalities as kb lists them (one query).
MapSource nlMapSource(Kb::KnowledgeBase &kb);

} // namespace Flexwonen::Report
