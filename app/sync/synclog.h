// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLoggingCategory>

namespace Flexwonen::Sync {

struct SyncResult;

// flexwonen.sync: update runs and how they end (docs/decisions.md, "Logging"). Warnings show by
// default, info and debug with QT_LOGGING_RULES="flexwonen.sync=true" (or flexwonen.*).
Q_DECLARE_LOGGING_CATEGORY(lcSync)

// How a run ended: a warning naming the category when it was refused or failed, info when it
// updated or was up to date.
void logOutcome(const SyncResult &result, const QString &feed);

} // namespace Flexwonen::Sync
