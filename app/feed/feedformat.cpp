// SPDX-License-Identifier: EUPL-1.2
#include "feedformat.h"

#include "syncerror.h"

#include "kb/itemjson.h"
#include "kb/kberror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Flexwonen::Sync::Feed {

const char HeadFormat[] = "kb-feed-head/1";
const char BatchFormat[] = "kb-feed-batch/1";
const char KeysFormat[] = "kb-feed-keys/1";

namespace {

constexpr int MaxShortString = 200;

[[noreturn]] void bad(const QString &what)
{
    throw SyncError(Category::Format, what);
}

QJsonObject parseObject(const QByteArray &bytes, qsizetype cap, const QString &what)
{
    if (bytes.size() > cap)
        throw SyncError(Category::Size,
                        QStringLiteral("%1 is groter dan %2 bytes").arg(what).arg(cap));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        bad(QStringLiteral("%1 is geen geldige JSON (%2)").arg(what, error.errorString()));
    if (!doc.isObject())
        bad(QStringLiteral("%1 is geen JSON-object").arg(what));
    return doc.object();
}

QString text(const QJsonObject &o, const char *key, const QString &what, int maxLength)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        bad(QStringLiteral("%1: veld '%2' ontbreekt of is geen tekst")
                .arg(what, QLatin1String(key)));
    const QString s = v.toString();
    if (s.size() > maxLength)
        bad(QStringLiteral("%1: veld '%2' is te lang").arg(what, QLatin1String(key)));
    return s;
}

qint64 integer(const QJsonObject &o, const char *key, const QString &what, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        bad(QStringLiteral("%1: veld '%2' ontbreekt of is geen getal")
                .arg(what, QLatin1String(key)));
    const double d = v.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != double(qint64(d)))
        bad(QStringLiteral("%1: veld '%2' is geen geheel getal tussen %3 en %4")
                .arg(what, QLatin1String(key))
                .arg(min)
                .arg(max));
    return qint64(d);
}

QDateTime dateTime(const QJsonObject &o, const char *key, const QString &what)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\\z"));
    const QString s = text(o, key, what, 20);
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!re.match(s).hasMatch() || !t.isValid())
        bad(QStringLiteral("%1: veld '%2' is geen UTC-tijd JJJJ-MM-DDTuu:mm:ssZ")
                .arg(what, QLatin1String(key)));
    return t.toUTC();
}

QByteArray hexHash(const QJsonObject &o, const char *key, const QString &what)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
    const QString s = text(o, key, what, 64);
    if (!re.match(s).hasMatch())
        bad(QStringLiteral("%1: veld '%2' is geen sha256 in kleine hex")
                .arg(what, QLatin1String(key)));
    return s.toLatin1();
}

void checkFormat(const QJsonObject &o, const char *expected, const QString &what)
{
    const QString format = text(o, "format", what, MaxShortString);
    const QString want = QString::fromLatin1(expected);
    // Same major version; a minor suffix (".2") is allowed, everything else is unknown.
    if (format != want && !format.startsWith(want + QLatin1Char('.')))
        bad(QStringLiteral("%1: onbekend formaat '%2'").arg(what, format.left(60)));
}

FileRef fileRef(const QJsonObject &o, const QString &what, const char *folder, qint64 maxSize)
{
    FileRef ref;
    ref.seq = integer(o, "seq", what, 0, MaxSeq);
    ref.path = text(o, "path", what, 220);
    ref.size = integer(o, "size", what, 1, maxSize);
    ref.sha256 = hexHash(o, "sha256", what);
    if (!isValidPath(ref.path) || !ref.path.startsWith(QLatin1String(folder)))
        bad(QStringLiteral("%1: ongeldig pad '%2'").arg(what, ref.path.left(80)));
    return ref;
}

QJsonObject fileRefJson(const FileRef &ref)
{
    return {{QStringLiteral("seq"), ref.seq},
            {QStringLiteral("path"), ref.path},
            {QStringLiteral("size"), ref.size},
            {QStringLiteral("sha256"), QString::fromLatin1(ref.sha256)}};
}

Op parseOp(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        bad(QStringLiteral("%1: elke operatie moet een object zijn").arg(what));
    const QJsonObject o = value.toObject();
    Op op;
    const QString kind = text(o, "op", what, 10);
    op.id = text(o, "id", what, 64);
    if (!Kb::isValidId(op.id))
        bad(QStringLiteral("%1: ongeldig id '%2'").arg(what, op.id));
    op.rev = int(integer(o, "rev", what, 1, 1 << 30));
    if (kind == QLatin1String("delete")) {
        op.kind = Op::Kind::Delete;
        op.when = text(o, "when", what, 40);
        return op;
    }
    if (kind != QLatin1String("upsert"))
        bad(QStringLiteral("%1: onbekende operatie '%2'").arg(what, kind.left(20)));
    op.kind = Op::Kind::Upsert;
    try {
        op.item = Kb::itemFromJson(o);
    } catch (const Kb::Error &e) {
        bad(QStringLiteral("%1: %2").arg(what, e.message()));
    }
    const QStringList problems = Kb::validateItem(op.item);
    if (!problems.isEmpty())
        bad(QStringLiteral("%1: %2").arg(what, problems.first()));
    return op;
}

QList<Minisign::PublicKey> keyList(const QJsonObject &o, const char *key, const QString &what)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > MaxKeysPerRole)
        bad(QStringLiteral("%1: '%2' moet 1 tot %3 sleutels bevatten")
                .arg(what, QLatin1String(key))
                .arg(MaxKeysPerRole));
    QList<Minisign::PublicKey> keys;
    for (const QJsonValue &entry : v.toArray()) {
        if (!entry.isString() || entry.toString().size() > 200)
            bad(QStringLiteral("%1: '%2' bevat geen sleutel").arg(what, QLatin1String(key)));
        try {
            keys.append(Minisign::parsePublicKey(entry.toString().toLatin1()));
        } catch (const Minisign::Failure &f) {
            bad(QStringLiteral("%1: '%2': %3").arg(what, QLatin1String(key), f.message()));
        }
    }
    return keys;
}

QJsonArray keyListJson(const QList<Minisign::PublicKey> &keys)
{
    QJsonArray list;
    for (const Minisign::PublicKey &key : keys)
        list.append(key.toBase64());
    return list;
}

} // namespace

bool isValidPath(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral("^(heads|keys|batches|snapshots|blobs)/[a-z0-9][a-z0-9./_-]{0,200}\\z"));
    return re.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Head parseHead(const QByteArray &bytes)
{
    const QString what = QStringLiteral("head.json");
    const QJsonObject o = parseObject(bytes, MaxHeadSize, what);
    checkFormat(o, HeadFormat, what);
    Head head;
    head.feedId = text(o, "feed_id", what, MaxShortString);
    static const QRegularExpression feedIdRule(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,99}\\z"));
    if (!feedIdRule.match(head.feedId).hasMatch())
        bad(QStringLiteral("head.json: ongeldige feed_id"));
    head.epoch = int(integer(o, "epoch", what, 1, 1 << 30));
    head.seq = integer(o, "seq", what, 1, MaxSeq);
    head.generated = dateTime(o, "generated", what);
    head.expires = dateTime(o, "expires", what);
    head.keysVersion = int(integer(o, "keys_version", what, 1, 1 << 30));
    head.schema = int(integer(o, "schema", what, 1, 1 << 20));
    head.minClient = text(o, "min_client", what, 40);

    const QJsonValue snapshot = o.value(QLatin1String("snapshot"));
    if (!snapshot.isObject())
        bad(QStringLiteral("head.json: 'snapshot' ontbreekt"));
    const QJsonObject so = snapshot.toObject();
    const QString swhat = QStringLiteral("head.json snapshot");
    static_cast<FileRef &>(head.snapshot) = fileRef(so, swhat, "snapshots/", MaxSnapshotSize);
    head.snapshot.schema = int(integer(so, "schema", swhat, 1, 1 << 20));
    head.snapshot.rawSize = integer(so, "raw_size", swhat, 1, MaxSnapshotRawSize);
    head.snapshot.rawSha256 = hexHash(so, "raw_sha256", swhat);
    if (head.snapshot.seq > head.seq)
        bad(QStringLiteral("head.json: snapshot is nieuwer dan de head"));

    const QJsonValue batches = o.value(QLatin1String("batches"));
    if (!batches.isArray())
        bad(QStringLiteral("head.json: 'batches' ontbreekt"));
    const QJsonArray list = batches.toArray();
    if (list.size() > MaxBatchesPerHead)
        bad(QStringLiteral("head.json: te veel batches"));
    // Contiguous: snapshot.seq+1 … seq, no holes, no duplicates, ascending.
    if (list.size() != head.seq - head.snapshot.seq)
        bad(QStringLiteral("head.json: de lijst met batches is niet aaneengesloten (%1 batches "
                           "voor %2 … %3)")
                .arg(list.size())
                .arg(head.snapshot.seq + 1)
                .arg(head.seq));
    qint64 expected = head.snapshot.seq + 1;
    for (const QJsonValue &v : list) {
        if (!v.isObject())
            bad(QStringLiteral("head.json: elke batch moet een object zijn"));
        const FileRef ref =
            fileRef(v.toObject(), QStringLiteral("head.json batch"), "batches/", MaxBatchSize);
        if (ref.seq != expected)
            bad(QStringLiteral("head.json: batch %1 verwacht, %2 gevonden (gat of dubbel)")
                    .arg(expected)
                    .arg(ref.seq));
        ++expected;
        head.batches.append(ref);
    }
    return head;
}

QByteArray headToJson(const Head &head)
{
    QJsonObject snapshot = fileRefJson(head.snapshot);
    snapshot.insert(QStringLiteral("schema"), head.snapshot.schema);
    snapshot.insert(QStringLiteral("raw_size"), head.snapshot.rawSize);
    snapshot.insert(QStringLiteral("raw_sha256"), QString::fromLatin1(head.snapshot.rawSha256));
    QJsonArray batches;
    for (const FileRef &ref : head.batches)
        batches.append(fileRefJson(ref));
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(HeadFormat)},
                        {QStringLiteral("feed_id"), head.feedId},
                        {QStringLiteral("epoch"), head.epoch},
                        {QStringLiteral("seq"), head.seq},
                        {QStringLiteral("generated"), isoUtc(head.generated)},
                        {QStringLiteral("expires"), isoUtc(head.expires)},
                        {QStringLiteral("keys_version"), head.keysVersion},
                        {QStringLiteral("schema"), head.schema},
                        {QStringLiteral("min_client"), head.minClient},
                        {QStringLiteral("snapshot"), snapshot},
                        {QStringLiteral("batches"), batches}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Keys parseKeys(const QByteArray &bytes)
{
    const QString what = QStringLiteral("sleutelbestand");
    const QJsonObject o = parseObject(bytes, MaxKeysSize, what);
    checkFormat(o, KeysFormat, what);
    Keys keys;
    keys.feedId = text(o, "feed_id", what, MaxShortString);
    keys.version = int(integer(o, "version", what, 1, 1 << 30));
    keys.expires = dateTime(o, "expires", what);
    keys.rootKeys = keyList(o, "root_keys", what);
    keys.feedKeys = keyList(o, "feed_keys", what);
    keys.seqFloor = integer(o, "seq_floor", what, 0, MaxSeq);
    return keys;
}

QByteArray keysToJson(const Keys &keys)
{
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(KeysFormat)},
                        {QStringLiteral("feed_id"), keys.feedId},
                        {QStringLiteral("version"), keys.version},
                        {QStringLiteral("expires"), isoUtc(keys.expires)},
                        {QStringLiteral("root_keys"), keyListJson(keys.rootKeys)},
                        {QStringLiteral("feed_keys"), keyListJson(keys.feedKeys)},
                        {QStringLiteral("seq_floor"), keys.seqFloor}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString keysTrustedComment(const Keys &keys)
{
    return QStringLiteral("%1 feed=%2 version=%3 expires=%4")
        .arg(QString::fromLatin1(KeysFormat), keys.feedId)
        .arg(keys.version)
        .arg(isoUtc(keys.expires));
}

bool sameKeys(const QList<Minisign::PublicKey> &a, const QList<Minisign::PublicKey> &b)
{
    for (const Minisign::PublicKey &key : a) {
        if (!b.contains(key))
            return false;
    }
    for (const Minisign::PublicKey &key : b) {
        if (!a.contains(key))
            return false;
    }
    return true;
}

Batch parseBatch(const QByteArray &bytes)
{
    const QString what = QStringLiteral("batch");
    const QJsonObject o = parseObject(bytes, MaxBatchSize, what);
    checkFormat(o, BatchFormat, what);
    Batch batch;
    batch.feedId = text(o, "feed_id", what, MaxShortString);
    batch.epoch = int(integer(o, "epoch", what, 1, 1 << 30));
    batch.seq = integer(o, "seq", what, 1, MaxSeq);
    batch.schema = int(integer(o, "schema", what, 1, 1 << 20));
    batch.published = text(o, "published", what, 40);
    const QJsonValue ops = o.value(QLatin1String("ops"));
    if (!ops.isArray())
        bad(QStringLiteral("batch: 'ops' ontbreekt"));
    const QJsonArray list = ops.toArray();
    if (list.size() > MaxOpsPerBatch)
        bad(QStringLiteral("batch: meer dan %1 operaties").arg(MaxOpsPerBatch));
    QSet<QString> seen;
    batch.ops.reserve(list.size());
    for (const QJsonValue &v : list) {
        Op op = parseOp(v, QStringLiteral("batch %1").arg(batch.seq));
        if (seen.contains(op.id))
            bad(QStringLiteral("batch %1: id '%2' komt twee keer voor").arg(batch.seq).arg(op.id));
        seen.insert(op.id);
        batch.ops.append(std::move(op));
    }
    return batch;
}

QByteArray batchToJson(const Batch &batch)
{
    QJsonArray ops;
    for (const Op &op : batch.ops) {
        if (op.kind == Op::Kind::Delete) {
            ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("delete")},
                                   {QStringLiteral("id"), op.id},
                                   {QStringLiteral("rev"), op.rev},
                                   {QStringLiteral("when"), op.when}});
            continue;
        }
        QJsonObject item = Kb::itemToJson(op.item);
        item.insert(QStringLiteral("op"), QStringLiteral("upsert"));
        item.insert(QStringLiteral("rev"), op.rev);
        ops.append(item);
    }
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(BatchFormat)},
                        {QStringLiteral("feed_id"), batch.feedId},
                        {QStringLiteral("epoch"), batch.epoch},
                        {QStringLiteral("seq"), batch.seq},
                        {QStringLiteral("schema"), batch.schema},
                        {QStringLiteral("published"), batch.published},
                        {QStringLiteral("ops"), ops}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString headTrustedComment(const Head &head)
{
    return QStringLiteral("%1 feed=%2 epoch=%3 seq=%4 expires=%5")
        .arg(QString::fromLatin1(HeadFormat), head.feedId)
        .arg(head.epoch)
        .arg(head.seq)
        .arg(isoUtc(head.expires));
}

void checkTrustedComment(const QString &comment, const Head &head)
{
    if (comment != headTrustedComment(head))
        throw SyncError(
            Category::Signature,
            QStringLiteral("het vertrouwde commentaar van de handtekening past niet bij "
                           "head.json ('%1')")
                .arg(comment.left(120)));
}

} // namespace Flexwonen::Sync::Feed
