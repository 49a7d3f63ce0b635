// SPDX-License-Identifier: GPL-3.0-or-later
#include "clilog.h"

namespace Flexwonen::Cli {

Q_LOGGING_CATEGORY(lcCli, "flexwonen.cli", QtWarningMsg)

} // namespace Flexwonen::Cli
