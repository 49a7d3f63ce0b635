// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

namespace Flexwonen::Report {

// The NlMap of the Netherlands with the region highlighted, and its credits; falls back to
// placeholderMap() if the compiled-in map data cannot be read.
MapSource nlMapSource();

} // namespace Flexwonen::Report
