// SPDX-License-Identifier: EUPL-1.2
#include "searchalerts.h"

namespace Flexwonen::Personal {

int countNewOrChanged(const QHash<QString, int> &seen, const QHash<QString, int> &current)
{
    int count = 0;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const auto was = seen.constFind(it.key());
        if (was == seen.cend() || it.value() > was.value())
            ++count;
    }
    return count;
}

} // namespace Flexwonen::Personal
