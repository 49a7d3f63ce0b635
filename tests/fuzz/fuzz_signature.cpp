// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: the strict minisign signature and public-key parsers, and verification.
#include "feed/minisign.h"

#include <cstddef>
#include <cstdint>

using namespace Flexwonen::Sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const Minisign::PublicKey key =
        Minisign::parsePublicKey("RWTwozNWXfohcSFs8PSdmQSm7xCGWaJi+OBOuiNJropvf5yzGGzgXFuF");
    try {
        Minisign::verify(QByteArray("head"), input, {key});
    } catch (const Minisign::Failure &) {
    }
    try {
        Minisign::parsePublicKey(input);
    } catch (const Minisign::Failure &) {
    }
    return 0;
}
