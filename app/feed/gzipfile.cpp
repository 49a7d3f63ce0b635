// SPDX-License-Identifier: EUPL-1.2
#include "gzipfile.h"

#include "syncerror.h"

#include <QCryptographicHash>
#include <QFile>

#include <zlib.h>

namespace Flexwonen::Sync::Gzip {

namespace {

constexpr qint64 Chunk = 1 << 16;

[[noreturn]] void local(const QString &message)
{
    throw SyncError(Category::Local, message);
}

void openBoth(QFile &in, QFile &out)
{
    if (!in.open(QIODevice::ReadOnly))
        local(QStringLiteral("%1: %2").arg(in.fileName(), in.errorString()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        local(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
}

} // namespace

void compressFile(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    openBoth(in, out);
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        local(QStringLiteral("zlib: deflateInit2 mislukt"));
    QByteArray output(Chunk, '\0');
    int flush = Z_NO_FLUSH;
    do {
        QByteArray input = in.read(Chunk);
        flush = in.atEnd() ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(input.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(output.data());
            z.avail_out = uInt(output.size());
            deflate(&z, flush);
            const qint64 produced = output.size() - qint64(z.avail_out);
            if (out.write(output.constData(), produced) != produced) {
                deflateEnd(&z);
                local(QStringLiteral("%1: %2").arg(to, out.errorString()));
            }
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
}

QByteArray decompressFile(const QString &from, const QString &to, qint64 maxOutput, qint64 *outSize)
{
    QFile in(from);
    QFile out(to);
    openBoth(in, out);
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        local(QStringLiteral("zlib: inflateInit2 mislukt"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray output(Chunk, '\0');
    qint64 total = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        QByteArray input = in.read(Chunk);
        if (input.isEmpty())
            break;
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(input.size());
        while (z.avail_in > 0 && rc != Z_STREAM_END) {
            z.next_out = reinterpret_cast<Bytef *>(output.data());
            z.avail_out = uInt(output.size());
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                inflateEnd(&z);
                throw SyncError(Category::Snapshot,
                                QStringLiteral("snapshot is geen geldige gzip"));
            }
            const qint64 produced = output.size() - qint64(z.avail_out);
            total += produced;
            if (total > maxOutput) {
                inflateEnd(&z);
                throw SyncError(
                    Category::Size,
                    QStringLiteral("snapshot pakt uit tot meer dan %1 bytes").arg(maxOutput));
            }
            hash.addData(QByteArrayView(output.constData(), produced));
            if (out.write(output.constData(), produced) != produced) {
                inflateEnd(&z);
                local(QStringLiteral("%1: %2").arg(to, out.errorString()));
            }
        }
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        throw SyncError(Category::Snapshot, QStringLiteral("snapshot is afgekapt"));
    if (!out.flush())
        local(QStringLiteral("%1: %2").arg(to, out.errorString()));
    *outSize = total;
    return hash.result().toHex();
}

} // namespace Flexwonen::Sync::Gzip
