// SPDX-License-Identifier: EUPL-1.2
#include "clilog.h"

namespace Flexwonen::Cli {

Q_LOGGING_CATEGORY(lcCli, "flexwonen.cli", QtWarningMsg)

} // namespace Flexwonen::Cli
