// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishlog.h"

namespace Flexwonen::Publish {

Q_LOGGING_CATEGORY(lcPublish, "flexwonen.publish", QtWarningMsg)

} // namespace Flexwonen::Publish
