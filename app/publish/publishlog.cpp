// SPDX-License-Identifier: EUPL-1.2
#include "publishlog.h"

namespace Flexwonen::Publish {

Q_LOGGING_CATEGORY(lcPublish, "flexwonen.publish", QtWarningMsg)

} // namespace Flexwonen::Publish
