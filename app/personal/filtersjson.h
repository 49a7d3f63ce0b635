// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"

#include <QJsonObject>

namespace Flexwonen::Personal {

// A saved search's filters as JSON ({"type": "pilot", "region": …}); unknown or malformed
// values read as "no filter".
QJsonObject filtersToJson(const Kb::SearchFilters &filters);
Kb::SearchFilters filtersFromJson(const QJsonObject &json);

} // namespace Flexwonen::Personal
