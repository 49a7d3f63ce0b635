// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncerror.h"

namespace Flexwonen::Sync {

QString categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return QString();
    case Category::Signature:
        return QStringLiteral("SIGNATURE");
    case Category::Hash:
        return QStringLiteral("HASH");
    case Category::Size:
        return QStringLiteral("SIZE");
    case Category::Rollback:
        return QStringLiteral("ROLLBACK");
    case Category::Frozen:
        return QStringLiteral("FROZEN");
    case Category::Mismatch:
        return QStringLiteral("MISMATCH");
    case Category::AppTooOld:
        return QStringLiteral("APP_TOO_OLD");
    case Category::Clock:
        return QStringLiteral("CLOCK");
    case Category::Format:
        return QStringLiteral("FORMAT");
    case Category::Redirect:
        return QStringLiteral("REDIRECT");
    case Category::Snapshot:
        return QStringLiteral("SNAPSHOT");
    case Category::Keys:
        return QStringLiteral("KEYS");
    case Category::Insecure:
        return QStringLiteral("INSECURE");
    case Category::Network:
        return QStringLiteral("NETWORK");
    case Category::Busy:
        return QStringLiteral("BUSY");
    case Category::Local:
        return QStringLiteral("LOCAL");
    }
    return QStringLiteral("UNKNOWN");
}

int exitCodeOf(Category category)
{
    switch (category) {
    case Category::None:
        return 0;
    case Category::Network:
    case Category::Busy:
        return 3;
    case Category::Local:
        return 1;
    default:
        return 2;
    }
}

} // namespace Flexwonen::Sync
