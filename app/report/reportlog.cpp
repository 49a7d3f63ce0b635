// SPDX-License-Identifier: EUPL-1.2
#include "reportlog.h"

namespace Flexwonen::Report {

Q_LOGGING_CATEGORY(lcReport, "flexwonen.report", QtWarningMsg)

} // namespace Flexwonen::Report
