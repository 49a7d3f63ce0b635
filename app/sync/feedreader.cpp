// SPDX-License-Identifier: EUPL-1.2
#include "feedreader.h"

#include "transport.h"

#include "feed/gzipfile.h"
#include "feed/syncerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Flexwonen::Sync {

namespace {

QByteArray fileSha256(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    *size = file.size();
    return hash.result().toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SyncError(Category::Local, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

FeedReader::FeedReader(Transport &transport, QList<Minisign::PublicKey> trusted, QString workDir)
    : m_transport(transport)
    , m_trusted(std::move(trusted))
    , m_workDir(std::move(workDir))
{
    QDir().mkpath(m_workDir + QStringLiteral("/partial"));
    QDir().mkpath(m_workDir + QStringLiteral("/cache"));
}

Feed::Head FeedReader::verifyHead(const QByteArray &bytes, const QByteArray &signature,
                                  const QList<Minisign::PublicKey> &trusted)
{
    QString comment;
    try {
        comment = Minisign::verify(bytes, signature, trusted);
    } catch (const Minisign::Failure &f) {
        throw SyncError(Category::Signature, QStringLiteral("head.json: %1").arg(f.message()));
    }
    const Feed::Head head = Feed::parseHead(bytes);
    Feed::checkTrustedComment(comment, head);
    return head;
}

QList<Minisign::PublicKey> FeedReader::headKeys(const QByteArray &unverifiedHead) const
{
    if (!m_resolver)
        return m_trusted;
    const double hint = QJsonDocument::fromJson(unverifiedHead)
                            .object()
                            .value(QLatin1String("keys_version"))
                            .toDouble(0);
    return m_resolver(hint >= 1 && hint <= double(1 << 30) ? qint64(hint) : 0);
}

FeedReader::VerifiedHead FeedReader::fetchHead(const QByteArray &etag, const QByteArray &cachedHead,
                                               const QByteArray &cachedSignature)
{
    const bool haveCache = !cachedHead.isEmpty() && !cachedSignature.isEmpty();
    Transport::Response response = m_transport.get(QStringLiteral("head.json"), Feed::MaxHeadSize,
                                                   haveCache ? etag : QByteArray());
    if (response.status == 304 && haveCache) {
        VerifiedHead v{verifyHead(cachedHead, cachedSignature, headKeys(cachedHead)), cachedHead,
                       cachedSignature, etag, true};
        return v;
    }
    // 304 without a stored head, or a 4xx to the validator (a mirror's oversized ETag that the
    // server refuses, say): ask once more without it.
    if (response.status == 304 ||
        (response.status >= 400 && response.status < 500 && response.status != 404))
        response = m_transport.get(QStringLiteral("head.json"), Feed::MaxHeadSize);
    if (response.status == 404)
        throw SyncError(Category::Network,
                        QStringLiteral("head.json ontbreekt op %1").arg(m_transport.describe()));

    // Until the signature checks out, seq is only a hint for where the signature lives.
    double seqHint =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("seq")).toDouble(-1);
    if (seqHint < 0) {
        // Not JSON we can read (too deep, say): a signed head still says where its signature is.
        static const QRegularExpression seqRule(
            QStringLiteral("\"seq\"\\s*:\\s*([0-9]{1,16})[,}\\s]"));
        const QRegularExpressionMatch m =
            seqRule.match(QString::fromLatin1(response.body.left(4096)));
        if (m.hasMatch())
            seqHint = m.captured(1).toDouble();
    }
    if (seqHint < 1 || seqHint > double(Feed::MaxSeq) || seqHint != double(qint64(seqHint)))
        throw SyncError(Category::Signature,
                        QStringLiteral("head.json is geen ondertekende head (captive portal of "
                                       "foutpagina?)"));
    const QString base = QStringLiteral("heads/%1.json").arg(qint64(seqHint));
    const Transport::Response signature =
        m_transport.get(base + QStringLiteral(".minisig"), Minisign::MaxSignatureFileSize);
    if (signature.status == 404)
        throw SyncError(
            Category::Signature,
            QStringLiteral("head.json is niet ondertekend (%1.minisig ontbreekt)").arg(base));
    const QList<Minisign::PublicKey> keys = headKeys(response.body);
    try {
        return {verifyHead(response.body, signature.body, keys), response.body, signature.body,
                response.etag, false};
    } catch (const SyncError &first) {
        if (first.category() != Category::Signature)
            throw;
        // head.json may have been read mid-upload: the immutable copy is authoritative.
        const Transport::Response copy = m_transport.get(base, Feed::MaxHeadSize);
        if (copy.status != 200 || copy.body == response.body)
            throw;
        try {
            return {
                verifyHead(copy.body, signature.body, keys), copy.body, signature.body, {}, false};
        } catch (const SyncError &) {
            throw first;
        }
    }
}

QString FeedReader::fetchVerified(const Feed::FileRef &ref)
{
    const QString cached = m_workDir + QStringLiteral("/cache/") + QString::fromLatin1(ref.sha256);
    qint64 size = 0;
    if (QFile::exists(cached) && fileSha256(cached, &size) == ref.sha256 && size == ref.size)
        return cached;
    const QString part = m_workDir + QStringLiteral("/partial/") + QString::fromLatin1(ref.sha256) +
                         QStringLiteral(".part");
    if (m_transport.download(ref.path, ref.size, part) == 404)
        return {};
    const QByteArray actual = fileSha256(part, &size);
    if (size != ref.size) {
        // A completed transfer of the wrong length is a wrong file (an interrupted one threw
        // in download() and keeps its .part for resuming).
        QFile::remove(part);
        throw SyncError(size > ref.size ? Category::Size : Category::Hash,
                        QStringLiteral("%1: %2 bytes ontvangen, %3 verwacht")
                            .arg(ref.path)
                            .arg(size)
                            .arg(ref.size));
    }
    if (actual != ref.sha256) {
        QFile::remove(part);
        throw SyncError(
            Category::Hash,
            QStringLiteral("%1: sha256 klopt niet met de ondertekende head").arg(ref.path));
    }
    QFile::remove(cached);
    if (!QFile::rename(part, cached))
        throw SyncError(Category::Local, QStringLiteral("kan %1 niet bewaren").arg(cached));
    return cached;
}

bool FeedReader::fetchBatch(const Feed::FileRef &ref, const Feed::Head &head, Feed::Batch *batch)
{
    const QString path = fetchVerified(ref);
    if (path.isEmpty())
        return false;
    *batch = Feed::parseBatch(readAll(path));
    if (batch->feedId != head.feedId || batch->epoch != head.epoch || batch->seq != ref.seq)
        throw SyncError(Category::Mismatch,
                        QStringLiteral("%1 hoort bij %2/%3/%4, niet bij %5/%6/%7")
                            .arg(ref.path, batch->feedId)
                            .arg(batch->epoch)
                            .arg(batch->seq)
                            .arg(head.feedId)
                            .arg(head.epoch)
                            .arg(ref.seq));
    return true;
}

void FeedReader::fetchSnapshot(const Feed::SnapshotRef &ref, const QString &target)
{
    const QString path = fetchVerified(ref);
    if (path.isEmpty())
        throw SyncError(Category::Network,
                        QStringLiteral("%1 ontbreekt op de server").arg(ref.path));
    qint64 rawSize = 0;
    const QByteArray rawSha = Gzip::decompressFile(path, target, ref.rawSize, &rawSize);
    if (rawSize != ref.rawSize || rawSha != ref.rawSha256)
        throw SyncError(Category::Hash,
                        QStringLiteral("%1: uitgepakte inhoud klopt niet met raw_sha256/raw_size")
                            .arg(ref.path));
}

} // namespace Flexwonen::Sync
