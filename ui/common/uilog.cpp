// SPDX-License-Identifier: EUPL-1.2
#include "uilog.h"

namespace Flexwonen::Ui {

Q_LOGGING_CATEGORY(lcUi, "flexwonen.ui", QtWarningMsg)

} // namespace Flexwonen::Ui
