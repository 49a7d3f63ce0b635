// SPDX-License-Identifier: EUPL-1.2
#include "settingslog.h"

namespace Flexwonen::Settings {

Q_LOGGING_CATEGORY(lcSettings, "flexwonen.settings", QtWarningMsg)

} // namespace Flexwonen::Settings
