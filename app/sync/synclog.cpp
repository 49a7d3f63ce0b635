// SPDX-License-Identifier: EUPL-1.2
#include "synclog.h"

#include "syncclient.h"

namespace Flexwonen::Sync {

Q_LOGGING_CATEGORY(lcSync, "flexwonen.sync", QtWarningMsg)

void logOutcome(const SyncResult &result, const QString &feed)
{
    if (result.category == Category::None)
        qCInfo(lcSync).noquote() << QStringLiteral("%1 (%2): volgnummer %3 -> %4, %5 wijzigingen")
                                        .arg(result.statusName(), feed)
                                        .arg(result.seqBefore)
                                        .arg(result.seqAfter)
                                        .arg(result.changes.size());
    else
        qCWarning(lcSync).noquote()
            << QStringLiteral("bijwerken %1 (%2) van %3: %4")
                   .arg(isRefusal(result.category) ? QStringLiteral("geweigerd")
                                                   : QStringLiteral("mislukt"),
                        categoryName(result.category), feed, result.message);
}

} // namespace Flexwonen::Sync
