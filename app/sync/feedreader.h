// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/feedformat.h"
#include "feed/minisign.h"

#include <functional>

namespace Flexwonen::Sync {

class Transport;

// Reads a feed tree through a Transport and verifies each file before handing it out: the head
// against the trusted keys, batches and snapshots against the sha256 and size in the signed head.
class FeedReader
{
    Q_DISABLE_COPY_MOVE(FeedReader)
public:
    struct VerifiedHead
    {
        Feed::Head head;
        QByteArray bytes;
        QByteArray signature;
        QByteArray etag;
        bool notModified = false; // a 304 answer: the stored head was re-used
    };

    // workDir holds partial/ (resumable downloads) and cache/ (verified files by sha256).
    FeedReader(Transport &transport, QList<Minisign::PublicKey> trusted, QString workDir);

    // The keys that may sign heads, given the head's (unverified) keys_version: the sync client
    // follows the keys chain here (design §1.7 step 3). Without a resolver: the trusted keys.
    using KeyResolver = std::function<QList<Minisign::PublicKey>(qint64 keysVersionHint)>;
    void setKeyResolver(KeyResolver resolver) { m_resolver = std::move(resolver); }

    // Conditional GET with etag; on 304 the cached head (verified again) is returned.
    VerifiedHead fetchHead(const QByteArray &etag, const QByteArray &cachedHead,
                           const QByteArray &cachedSignature);
    // Downloads, checks size and sha256, parses and checks feed_id/epoch/seq against the head.
    // Returns false when the server does not have the file (404).
    bool fetchBatch(const Feed::FileRef &ref, const Feed::Head &head, Feed::Batch *batch);
    // Downloads and checks the .gz, then inflates it (capped at raw_size) into target and checks
    // raw_size and raw_sha256. The caller checks the database itself.
    void fetchSnapshot(const Feed::SnapshotRef &ref, const QString &target);

    // Signature, strict parse and trusted comment; throws SyncError(Signature or Format).
    static Feed::Head verifyHead(const QByteArray &bytes, const QByteArray &signature,
                                 const QList<Minisign::PublicKey> &trusted);

private:
    QString fetchVerified(const Feed::FileRef &ref); // path in cache/, or empty on 404
    QList<Minisign::PublicKey> headKeys(const QByteArray &unverifiedHead) const;

    Transport &m_transport;
    QList<Minisign::PublicKey> m_trusted;
    QString m_workDir;
    KeyResolver m_resolver;
};

} // namespace Flexwonen::Sync
