// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Personal {

// flexwonen.personal: the personal store's writes, imports and repairs.
Q_DECLARE_LOGGING_CATEGORY(lcPersonal)

} // namespace Flexwonen::Personal
