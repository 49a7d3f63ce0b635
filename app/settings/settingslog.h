// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Settings {

// flexwonen.settings: migrations of the settings file and the administrator's locks.
Q_DECLARE_LOGGING_CATEGORY(lcSettings)

} // namespace Flexwonen::Settings
