// SPDX-License-Identifier: EUPL-1.2
#include "kblog.h"

namespace Flexwonen::Kb {

Q_LOGGING_CATEGORY(lcKb, "flexwonen.kb", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "flexwonen.search", QtWarningMsg)

} // namespace Flexwonen::Kb
