// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilog.h"

namespace Flexwonen::Ui {

Q_LOGGING_CATEGORY(lcUi, "flexwonen.ui", QtWarningMsg)

} // namespace Flexwonen::Ui
