// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Publish {

// flexwonen.publish: feed states and keys files published (docs/decisions.md, "Logging"). Warnings
// show by default, info and debug with QT_LOGGING_RULES="flexwonen.publish=true" (or flexwonen.*).
Q_DECLARE_LOGGING_CATEGORY(lcPublish)

} // namespace Flexwonen::Publish
