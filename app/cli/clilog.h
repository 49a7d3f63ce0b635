// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Cli {

// flexwonen.cli: the verb run and its exit code (docs/decisions.md, "Logging"). Warnings show by
// default, info and debug with QT_LOGGING_RULES="flexwonen.cli=true" (or flexwonen.*).
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace Flexwonen::Cli
