// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlog.h"

namespace Flexwonen::Report {

Q_LOGGING_CATEGORY(lcReport, "flexwonen.report", QtWarningMsg)

} // namespace Flexwonen::Report
