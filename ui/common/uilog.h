// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Ui {

// flexwonen.ui: failures the window reports (docs/decisions.md, "Logging"). Warnings show by
// default, info and debug with QT_LOGGING_RULES="flexwonen.ui=true" (or flexwonen.*).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace Flexwonen::Ui
