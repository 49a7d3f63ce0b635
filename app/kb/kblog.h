// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Kb {

// Logging categories of the kb module (docs/decisions.md, "Logging"). Warnings show by default,
// info and debug with QT_LOGGING_RULES="flexwonen.kb=true" (or flexwonen.*).
Q_DECLARE_LOGGING_CATEGORY(lcKb)     // flexwonen.kb: the profile's stores, repairs, switches
Q_DECLARE_LOGGING_CATEGORY(lcSearch) // flexwonen.search: the search thread

} // namespace Flexwonen::Kb
