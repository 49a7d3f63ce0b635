// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Report {

// flexwonen.report: reports written (docs/decisions.md, "Logging"). Warnings show by default, info
// and debug with QT_LOGGING_RULES="flexwonen.report=true" (or flexwonen.*).
Q_DECLARE_LOGGING_CATEGORY(lcReport)

} // namespace Flexwonen::Report
