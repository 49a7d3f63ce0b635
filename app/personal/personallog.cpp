// SPDX-License-Identifier: EUPL-1.2
#include "personallog.h"

namespace Flexwonen::Personal {

Q_LOGGING_CATEGORY(lcPersonal, "flexwonen.personal", QtWarningMsg)

} // namespace Flexwonen::Personal
