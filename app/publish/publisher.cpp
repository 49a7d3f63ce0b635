// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"

#include "feedfiles.h"

#include "keyspublisher.h"
#include "publishlog.h"

#include "feed/feedformat.h"
#include "feed/gzipfile.h"
#include "feed/syncerror.h"
#include "kb/contentsource.h"
#include "kb/database.h"
#include "kb/itemjson.h"
#include "kb/kberror.h"
#include "kb/kbwriter.h"
#include "kb/schema.h"
#include "sync/syncclient.h"
#include "sync/transport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace Flexwonen::Publish {

namespace {

using Sync::Feed::FileRef;
using Sync::Feed::Head;

struct Published
{
    int rev = 0;
    QByteArray sha256;
    bool deleted = false;
};

[[noreturn]] void fail(const QString &message)
{
    throw Kb::Error(Kb::Error::Kind::Io, message);
}

[[noreturn]] void badInput(const QString &message)
{
    throw Kb::Error(Kb::Error::Kind::BadInput, message);
}

// The files a run adds to the tree. Unless the run completes they are removed again: a failed
// publish leaves the tree as it was, and the next run does not trip over a half-published seq
// (immutable files with other bytes).
class NewFiles
{
    Q_DISABLE_COPY_MOVE(NewFiles)
public:
    NewFiles() = default;
    ~NewFiles()
    {
        if (!m_kept) {
            for (const QString &path : m_paths)
                QFile::remove(path);
        }
    }
    void write(const QString &path, const QByteArray &bytes)
    {
        if (FeedFiles::writeImmutable(path, bytes))
            m_paths.append(path);
    }
    void keep() { m_kept = true; }

private:
    QStringList m_paths;
    bool m_kept = false;
};

// The tree as clients will see it once head.json is replaced: the new head from memory, every
// other file from disk.
class StagedTree final : public Sync::Transport
{
public:
    StagedTree(std::unique_ptr<Sync::Transport> disk, QByteArray head)
        : m_disk(std::move(disk))
        , m_head(std::move(head))
    {}
    Response get(const QString &path, qint64 cap, const QByteArray &etag) override
    {
        if (path == QLatin1String("head.json"))
            return {200, m_head, {}};
        return m_disk->get(path, cap, etag);
    }
    int download(const QString &path, qint64 size, const QString &partPath) override
    {
        return m_disk->download(path, size, partPath);
    }
    QString describe() const override { return m_disk->describe(); }

private:
    std::unique_ptr<Sync::Transport> m_disk;
    QByteArray m_head;
};

// The root key(s) the publisher checks its tree with: keys/1.json's, or its own key when the
// feed has no keys files (the head is then signed by the root itself).
QList<Sync::Minisign::PublicKey> selfCheckTrust(const QString &outDir,
                                                const Sync::Minisign::SecretKey &key)
{
    QFile first(outDir + QStringLiteral("/keys/1.json"));
    if (first.open(QIODevice::ReadOnly)) {
        try {
            return Sync::Feed::parseKeys(first.read(Sync::Feed::MaxKeysSize + 1)).rootKeys;
        } catch (const Sync::SyncError &) {
            // the verifier reports the broken file
        }
    }
    return {key.publicKey()};
}

void checkOptions(const PublishOptions &o)
{
    if (o.expiresDays < 1 || o.expiresDays > Sync::Feed::MaxHeadValidityDays)
        badInput(QStringLiteral("--expires-days moet tussen 1 en %1 dagen liggen")
                     .arg(Sync::Feed::MaxHeadValidityDays));
    if (o.seq && (*o.seq < 1 || *o.seq > Sync::Feed::MaxSeq))
        badInput(QStringLiteral("--seq moet tussen 1 en %1 liggen").arg(Sync::Feed::MaxSeq));
}

qint64 nextSeq(const PublishOptions &o, bool newFeed, qint64 published)
{
    if (newFeed)
        return o.seq.value_or(1);
    if (!o.seq) {
        if (published >= Sync::Feed::MaxSeq)
            badInput(QStringLiteral("het gepubliceerde volgnummer %1 is het hoogste mogelijke")
                         .arg(published));
        return published + 1;
    }
    if (*o.seq <= published)
        badInput(QStringLiteral("--seq %1 ligt niet boven het gepubliceerde volgnummer %2")
                     .arg(*o.seq)
                     .arg(published));
    if (*o.seq > published + 1 && !o.snapshot)
        badInput(QStringLiteral("--seq %1 slaat volgnummers over na %2; dat kan alleen met "
                                "--snapshot")
                     .arg(*o.seq)
                     .arg(published));
    return *o.seq;
}

// What identifies an item's content, independent of its rev.
QByteArray contentHash(Kb::Item item)
{
    item.rev = 0;
    return QCryptographicHash::hash(
               QJsonDocument(Kb::itemToJson(item)).toJson(QJsonDocument::Compact),
               QCryptographicHash::Sha256)
        .toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1 kan niet worden gelezen").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

Sync::Feed::SnapshotRef buildSnapshot(const QList<Kb::Item> &items, const PublishOptions &o,
                                      qint64 seq, const QString &generated, NewFiles &files)
{
    QTemporaryDir work;
    const QString raw = work.filePath(QStringLiteral("snapshot.sqlite"));
    {
        Kb::Connection c(raw, Kb::Connection::Mode::ReadWrite);
        c.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); // one self-contained file
        Kb::Schema::migrate(c, Kb::Schema::Store::Content);
        Kb::Transaction t(c);
        Kb::KbWriter writer(c);
        for (const Kb::Item &item : items)
            writer.upsert(item);
        writer.setMeta(seq, QStringLiteral("sync"), generated);
        QSqlQuery q = c.prepare(QStringLiteral(
            "UPDATE meta SET feed_id = ?, epoch = ?, snapshot_seq = ? WHERE id = 1"));
        q.addBindValue(o.feedId);
        q.addBindValue(o.epoch);
        q.addBindValue(seq);
        c.run(q);
        t.commit();
        c.exec(QStringLiteral("VACUUM"));
    }
    Sync::Feed::SnapshotRef ref;
    ref.seq = seq;
    ref.schema = Kb::Schema::ContentVersion;
    ref.rawSize = QFileInfo(raw).size();
    ref.rawSha256 = fileSha256(raw);
    const QString gz = work.filePath(QStringLiteral("snapshot.sqlite.gz"));
    Sync::Gzip::compressFile(raw, gz);
    const QByteArray compressed = FeedFiles::read(gz);
    ref.size = compressed.size();
    ref.sha256 = Sync::Feed::sha256Hex(compressed);
    ref.path =
        QStringLiteral("snapshots/%1-%2.sqlite.gz").arg(seq).arg(QString::fromLatin1(ref.sha256));
    files.write(o.outDir + QLatin1Char('/') + ref.path, compressed);
    return ref;
}

} // namespace

Publisher::Publisher(PublishOptions options)
    : m_options(std::move(options))
{}

PublishResult Publisher::publish()
{
    const PublishOptions &o = m_options;
    checkOptions(o);
    QList<Kb::Item> items = Kb::ContentSource::readDirectory(o.sourceDir);
    const QStringList problems = Kb::ContentSource::crossCheck(items);
    if (!problems.isEmpty())
        throw Kb::Error(Kb::Error::Kind::BadInput, QStringLiteral("%1 fout(en) in de bronnen: %2")
                                                       .arg(problems.size())
                                                       .arg(problems.first()));
    QDir().mkpath(o.outDir);
    const QDateTime now = (o.now.isValid() ? o.now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString generated = Sync::Feed::isoUtc(now);

    // The last published state: seq and id -> {rev, sha256, deleted}.
    const QString statePath = o.outDir + QStringLiteral("/state/published.json");
    const QJsonObject stateJson = QJsonDocument::fromJson(FeedFiles::read(statePath)).object();
    const bool newFeed = stateJson.isEmpty();
    QHash<QString, Published> published;
    const QJsonObject stateItems = stateJson.value(QLatin1String("items")).toObject();
    for (auto it = stateItems.begin(); it != stateItems.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        published.insert(it.key(), {e.value(QLatin1String("rev")).toInt(),
                                    e.value(QLatin1String("sha256")).toString().toLatin1(),
                                    e.value(QLatin1String("deleted")).toBool()});
    }
    Head previous;
    if (!newFeed) {
        if (stateJson.value(QLatin1String("feed_id")).toString() != o.feedId ||
            stateJson.value(QLatin1String("epoch")).toInt() != o.epoch)
            fail(QStringLiteral("%1 hoort bij een andere feed of epoch").arg(o.outDir));
        previous = Sync::Feed::parseHead(FeedFiles::read(o.outDir + QStringLiteral("/head.json")));
    }
    const qint64 seq = nextSeq(o, newFeed, previous.seq);

    // Revisions: unchanged items keep theirs, changed and re-added items get the next one.
    Sync::Feed::Batch batch{o.feedId, o.epoch, seq, Kb::Schema::ContentVersion, generated, {}};
    QSet<QString> present;
    PublishResult result;
    result.seq = seq;
    for (Kb::Item &item : items) {
        present.insert(item.id);
        const QByteArray hash = contentHash(item);
        const auto it = published.constFind(item.id);
        if (it != published.cend() && !it->deleted && it->sha256 == hash) {
            item.rev = it->rev;
            continue;
        }
        if (it != published.cend())
            item.rev = it->rev + 1;
        published.insert(item.id, {item.rev, hash, false});
        Sync::Feed::Op op;
        op.kind = Sync::Feed::Op::Kind::Upsert;
        op.id = item.id;
        op.rev = item.rev;
        op.item = item;
        batch.ops.append(op);
        ++result.upserts;
    }
    for (auto it = published.begin(); it != published.end(); ++it) {
        if (it->deleted || present.contains(it.key()))
            continue;
        it->deleted = true;
        it->rev += 1; // a tombstone outranks the last published revision
        Sync::Feed::Op op;
        op.kind = Sync::Feed::Op::Kind::Delete;
        op.id = it.key();
        op.rev = it->rev;
        op.when = generated;
        batch.ops.append(op);
        ++result.deletes;
    }
    if (batch.ops.size() > Sync::Feed::MaxOpsPerBatch)
        fail(QStringLiteral("meer dan %1 wijzigingen; publiceer met --snapshot")
                 .arg(Sync::Feed::MaxOpsPerBatch));

    Head head;
    head.feedId = o.feedId;
    head.epoch = o.epoch;
    head.seq = seq;
    head.generated = now;
    head.expires = now.addDays(o.expiresDays);
    // Old clients require keys_version >= 1; a feed without keys/ files says 1 (and clients find
    // no keys/1.json: the head is then signed by the root key itself).
    head.keysVersion = qMax(1, latestKeysVersion(o.outDir));
    head.schema = Kb::Schema::ContentVersion;
    head.minClient = QStringLiteral(FLEXWONEN_VERSION);

    // Upload order: batches and snapshots, then heads/<seq>.json(.minisig), head.json last.
    NewFiles files;
    if (newFeed || o.snapshot) {
        head.snapshot = buildSnapshot(items, o, seq, generated, files);
        result.snapshot = true;
    } else {
        head.snapshot = previous.snapshot;
        head.batches = previous.batches;
        const QByteArray bytes = Sync::Feed::batchToJson(batch);
        const QByteArray sha = Sync::Feed::sha256Hex(bytes);
        const FileRef ref{
            seq, QStringLiteral("batches/%1-%2.json").arg(seq).arg(QString::fromLatin1(sha)),
            bytes.size(), sha};
        files.write(o.outDir + QLatin1Char('/') + ref.path, bytes);
        head.batches.append(ref);
    }
    const QByteArray headBytes = Sync::Feed::headToJson(head);
    const QByteArray signature =
        Sync::Minisign::sign(headBytes, o.key, Sync::Feed::headTrustedComment(head),
                             QStringLiteral("flexwonen feed head %1").arg(seq));
    const QString headName = QStringLiteral("/heads/%1.json").arg(seq);
    files.write(o.outDir + headName, headBytes);
    files.write(o.outDir + headName + QStringLiteral(".minisig"), signature);

    // The client's own verifier over the tree as it will be served; head.json stays the old
    // one until everything checks out.
    StagedTree staged(Sync::Transport::create(o.outDir, {}), headBytes);
    const Sync::VerifyReport check = Sync::verifyFeed(staged, selfCheckTrust(o.outDir, o.key));
    if (check.category != Sync::Category::None) {
        qCWarning(lcPublish).noquote()
            << QStringLiteral("eigen controle weigert de nieuwe feed (%1): %2")
                   .arg(Sync::categoryName(check.category), check.message);
        throw Sync::SyncError(check.category, check.message);
    }
    FeedFiles::writeReplacing(o.outDir + QStringLiteral("/head.json"), headBytes);
    files.keep();

    QJsonObject itemsJson;
    for (auto it = published.cbegin(); it != published.cend(); ++it) {
        QJsonObject e{{QStringLiteral("rev"), it->rev},
                      {QStringLiteral("sha256"), QString::fromLatin1(it->sha256)}};
        if (it->deleted)
            e.insert(QStringLiteral("deleted"), true);
        itemsJson.insert(it.key(), e);
    }
    FeedFiles::writeReplacing(statePath,
                              QJsonDocument(QJsonObject{{QStringLiteral("feed_id"), o.feedId},
                                                        {QStringLiteral("epoch"), o.epoch},
                                                        {QStringLiteral("seq"), seq},
                                                        {QStringLiteral("items"), itemsJson}})
                                  .toJson(QJsonDocument::Indented));
    qCInfo(lcPublish).noquote()
        << QStringLiteral("volgnummer %1 gepubliceerd in %2").arg(seq).arg(o.outDir);
    return result;
}

} // namespace Flexwonen::Publish
