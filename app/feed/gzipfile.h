// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

namespace Flexwonen::Sync::Gzip {

// gzip (RFC 1952) with zlib, streaming, for snapshots. qUncompress does not read gzip.
void compressFile(const QString &from, const QString &to); // level 9
// Inflates from into to, refusing (SyncError Size) output beyond maxOutput bytes.
// Returns the sha256 (lower-case hex) of the output; outSize receives its length.
QByteArray decompressFile(const QString &from, const QString &to, qint64 maxOutput,
                          qint64 *outSize);

} // namespace Flexwonen::Sync::Gzip
