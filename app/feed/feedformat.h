// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "minisign.h"

#include "kb/item.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace Flexwonen::Sync {

// The files of a KB-Feed/1 tree (docs/feed-protocol.md) and their strict parsers. Parsers throw
// SyncError(Format or Size) with a Dutch reason; they never trust a field they did not check.
namespace Feed {

constexpr qsizetype MaxHeadSize = 256 * 1024;
constexpr qsizetype MaxBatchSize = 16 * 1024 * 1024;
constexpr qint64 MaxSnapshotSize = 512ll * 1024 * 1024;
constexpr qint64 MaxSnapshotRawSize = 2048ll * 1024 * 1024;
constexpr int MaxOpsPerBatch = 10000;
constexpr int MaxBatchesPerHead = 100000;
constexpr qint64 MaxSeq = (1ll << 53) - 1;
// A head's expires is at most this long after its generated (freeze protection stays on).
constexpr int MaxHeadValidityDays = 400;
constexpr qsizetype MaxKeysSize = 64 * 1024;
constexpr int MaxKeysPerRole = 8;

extern const char HeadFormat[];  // "kb-feed-head/1"
extern const char BatchFormat[]; // "kb-feed-batch/1"
extern const char KeysFormat[];  // "kb-feed-keys/1"

struct FileRef
{
    qint64 seq = 0;
    QString path; // relative to the feed's base, checked against the path rule
    qint64 size = 0;
    QByteArray sha256; // lower-case hex
    bool operator==(const FileRef &) const = default;
};

struct SnapshotRef : FileRef
{
    int schema = 0;
    qint64 rawSize = 0;
    QByteArray rawSha256;
    bool operator==(const SnapshotRef &) const = default;
};

struct Head
{
    QString feedId;
    int epoch = 0;
    qint64 seq = 0;
    QDateTime generated;
    QDateTime expires;
    int keysVersion = 1;
    int schema = 0;
    QString minClient;
    SnapshotRef snapshot;
    QList<FileRef> batches; // contiguous snapshot.seq+1 … seq
};

struct Op
{
    enum class Kind { Upsert, Delete };
    Kind kind = Kind::Upsert;
    QString id;
    int rev = 0;
    Kb::Item item; // upsert only
    QString when;  // delete only
};

struct Batch
{
    QString feedId;
    int epoch = 0;
    qint64 seq = 0;
    int schema = 0;
    QString published;
    QList<Op> ops;
};

// keys/<version>.json: the root keys name the feed keys that sign heads (design §1.5).
struct Keys
{
    QString feedId;
    int version = 0;
    QDateTime expires;
    QList<Minisign::PublicKey> rootKeys; // sign keys/<version+1>.json
    QList<Minisign::PublicKey> feedKeys; // sign heads
    qint64 seqFloor = 0;
};

Head parseHead(const QByteArray &bytes);
Keys parseKeys(const QByteArray &bytes);
QByteArray keysToJson(const Keys &keys);
// "kb-feed-keys/1 feed=<id> version=<v> expires=<iso>"
QString keysTrustedComment(const Keys &keys);
// The same keys in any order.
bool sameKeys(const QList<Minisign::PublicKey> &a, const QList<Minisign::PublicKey> &b);
Batch parseBatch(const QByteArray &bytes);
QByteArray headToJson(const Head &head);
QByteArray batchToJson(const Batch &batch);

// "kb-feed-head/1 feed=<id> epoch=<e> seq=<s> expires=<iso>"
QString headTrustedComment(const Head &head);
// Throws SyncError(Signature) when the signed comment disagrees with the head's JSON fields.
void checkTrustedComment(const QString &comment, const Head &head);

bool isValidPath(const QString &path);
QString isoUtc(const QDateTime &time); // 2025-03-01T10:00:00Z
QByteArray sha256Hex(const QByteArray &data);

} // namespace Feed
} // namespace Flexwonen::Sync
