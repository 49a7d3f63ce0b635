// SPDX-License-Identifier: GPL-3.0-or-later
#include "kblog.h"

namespace Flexwonen::Kb {

Q_LOGGING_CATEGORY(lcKb, "flexwonen.kb", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "flexwonen.search", QtWarningMsg)

} // namespace Flexwonen::Kb
