// SPDX-License-Identifier: GPL-3.0-or-later
#include "personallog.h"

namespace Flexwonen::Personal {

Q_LOGGING_CATEGORY(lcPersonal, "flexwonen.personal", QtWarningMsg)

} // namespace Flexwonen::Personal
