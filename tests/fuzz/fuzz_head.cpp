// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the head.json parser; whatever it accepts must survive a round trip.
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
        const Feed::Head head = Feed::parseHead(input);
        const Feed::Head again = Feed::parseHead(Feed::headToJson(head));
        if (again.seq != head.seq || again.batches != head.batches ||
            again.snapshot != head.snapshot)
            std::abort();
        Feed::checkTrustedComment(Feed::headTrustedComment(head), head);
    } catch (const SyncError &) {
    }
    return 0;
}
