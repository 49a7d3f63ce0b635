// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Settings {

// flexwonen.settings: migrations of the settings file and the administrator's locks.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)

} // namespace Flexwonen::Settings
