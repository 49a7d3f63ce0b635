// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingslog.h"

namespace Flexwonen::Settings {

Q_LOGGING_CATEGORY(lcSettings, "flexwonen.settings", QtWarningMsg)

} // namespace Flexwonen::Settings
