// SPDX-License-Identifier: EUPL-1.2
#include "publisher.h"

#include "atomfeed.h"
#include "feedfiles.h"
#include "publishedstate.h"

#include "keyspublisher.h"
#include "publishlog.h"

#include "feed/feedformat.h"
#include "feed/gzipfile.h"
#include "feed/syncerror.h"
#include "kb/contentsource.h"
#include "kb/database.h"
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

QString statePath(const PublishOptions &o)
{
    return o.outDir + QStringLiteral("/state/published.json");
}

QList<Kb::Item> readSources(const QString &dir)
{
    QList<Kb::Item> items = Kb::ContentSource::readDirectory(dir);
    const QStringList problems = Kb::ContentSource::crossCheck(items);
    if (!problems.isEmpty())
        throw Kb::Error(Kb::Error::Kind::BadInput, QStringLiteral("%1 fout(en) in de bronnen: %2")
                                                       .arg(problems.size())
                                                       .arg(problems.first()));
    return items;
}

// The tree as published so far: the publisher's memory and the live head (nothing for a new
// feed).
struct PublishedTree
{
    std::optional<PublishedState> state;
    Head head;
};

PublishedTree loadState(const PublishOptions &o)
{
    PublishedTree tree;
    tree.state = PublishedState::fromJson(FeedFiles::read(statePath(o)));
    if (tree.state) {
        if (tree.state->feedId != o.feedId || tree.state->epoch != o.epoch)
            fail(QStringLiteral("%1 hoort bij een andere feed of epoch").arg(o.outDir));
        tree.head = Sync::Feed::parseHead(FeedFiles::read(o.outDir + QStringLiteral("/head.json")));
    }
    return tree;
}

Head nextHead(const PublishOptions &o, qint64 seq, const QDateTime &now)
{
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
    return head;
}

FileRef writeBatch(const PublishOptions &o, const Sync::Feed::Batch &batch, NewFiles &files)
{
    const QByteArray bytes = Sync::Feed::batchToJson(batch);
    const QByteArray sha = Sync::Feed::sha256Hex(bytes);
    const FileRef ref{
        batch.seq,
        QStringLiteral("batches/%1-%2.json").arg(batch.seq).arg(QString::fromLatin1(sha)),
        bytes.size(), sha};
    files.write(o.outDir + QLatin1Char('/') + ref.path, bytes);
    return ref;
}

// The client's own verifier over the tree as it will be served; head.json stays the old one
// until everything checks out.
void checkStagedTree(const PublishOptions &o, const QByteArray &headBytes)
{
    StagedTree staged(Sync::Transport::create(o.outDir, {}), headBytes);
    const Sync::VerifyReport check = Sync::verifyFeed(staged, selfCheckTrust(o.outDir, o.key));
    if (check.category != Sync::Category::None) {
        qCWarning(lcPublish).noquote()
            << QStringLiteral("eigen controle weigert de nieuwe feed (%1): %2")
                   .arg(Sync::categoryName(check.category), check.message);
        throw Sync::SyncError(check.category, check.message);
    }
}

// Upload order: the batch or snapshot, then heads/<seq>.json(.minisig), the check, head.json,
// and the publisher's memory last.
void writeTree(const PublishOptions &o, const NextBatch &next, const Head &previous, bool snapshot,
               const QDateTime &now)
{
    const qint64 seq = next.batch.seq;
    Head head = nextHead(o, seq, now);
    NewFiles files;
    if (snapshot) {
        head.snapshot = buildSnapshot(next.items, o, seq, next.batch.published, files);
    } else {
        head.snapshot = previous.snapshot;
        head.batches = previous.batches;
        head.batches.append(writeBatch(o, next.batch, files));
    }
    const QByteArray headBytes = Sync::Feed::headToJson(head);
    const QByteArray signature =
        Sync::Minisign::sign(headBytes, o.key, Sync::Feed::headTrustedComment(head),
                             QStringLiteral("flexwonen feed head %1").arg(seq));
    const QString headName = QStringLiteral("/heads/%1.json").arg(seq);
    files.write(o.outDir + headName, headBytes);
    files.write(o.outDir + headName + QStringLiteral(".minisig"), signature);

    // Made before the tree is switched, so a failure leaves everything as it was.
    const QByteArray atom = atomFeed(next.items, {o.baseUrl, now});

    checkStagedTree(o, headBytes);
    FeedFiles::writeReplacing(o.outDir + QStringLiteral("/head.json"), headBytes);
    files.keep();
    FeedFiles::writeReplacing(statePath(o), next.state.toJson());
    // A view for feed readers, outside the signed tree: written last (decision 124).
    FeedFiles::writeReplacing(o.outDir + QStringLiteral("/atom.xml"), atom);
}

} // namespace

Publisher::Publisher(PublishOptions options)
    : m_options(std::move(options))
{}

// load-state → compute-batch (pure, publishedstate.h) → write-tree.
PublishResult Publisher::publish()
{
    const PublishOptions &o = m_options;
    checkOptions(o);
    const QList<Kb::Item> items = readSources(o.sourceDir);
    QDir().mkpath(o.outDir);
    const QDateTime now = (o.now.isValid() ? o.now : QDateTime::currentDateTimeUtc()).toUTC();

    const PublishedTree tree = loadState(o);
    const bool newFeed = !tree.state;
    const qint64 seq = nextSeq(o, newFeed, tree.head.seq);
    const NextBatch next = computeBatch(
        tree.state.value_or(PublishedState{}), items,
        {o.feedId, o.epoch, seq, Kb::Schema::ContentVersion, Sync::Feed::isoUtc(now), {}});
    if (next.batch.ops.size() > Sync::Feed::MaxOpsPerBatch)
        fail(QStringLiteral("meer dan %1 wijzigingen; publiceer met --snapshot")
                 .arg(Sync::Feed::MaxOpsPerBatch));

    const bool snapshot = newFeed || o.snapshot;
    writeTree(o, next, tree.head, snapshot, now);
    PublishResult result;
    result.seq = seq;
    result.upserts = next.upserts;
    result.deletes = next.deletes;
    result.snapshot = snapshot;
    qCInfo(lcPublish).noquote()
        << QStringLiteral("volgnummer %1 gepubliceerd in %2").arg(seq).arg(o.outDir);
    return result;
}

} // namespace Flexwonen::Publish
