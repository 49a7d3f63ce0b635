// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QString>

namespace Flexwonen::Personal {

// What a saved search alerts about after an update: the results that are new (their id is not
// among the seen ones) or changed (their revision is higher than the one seen). A seen result
// that no longer matches, or an older revision, counts for nothing.
// seen and current: item id -> revision.
int countNewOrChanged(const QHash<QString, int> &seen, const QHash<QString, int> &current);

} // namespace Flexwonen::Personal
