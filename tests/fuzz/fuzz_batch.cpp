// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the batch parser (ops, items through itemFromJson, caps).
#include "feed/feedformat.h"
#include "feed/syncerror.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Flexwonen::Sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const Feed::Batch batch = Feed::parseBatch(input);
        const Feed::Batch again = Feed::parseBatch(Feed::batchToJson(batch));
        if (again.ops.size() != batch.ops.size())
            std::abort();
    } catch (const SyncError &) {
    }
    return 0;
}
