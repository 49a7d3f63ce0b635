// SPDX-License-Identifier: EUPL-1.2
#include "syncclient.h"

#include "feedreader.h"
#include "keychain.h"
#include "synclog.h"
#include "syncplan.h"
#include "syncstate.h"
#include "transport.h"

#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/profilestores.h"
#include "kb/schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QSet>
#include <QTemporaryDir>

namespace Flexwonen::Sync {

namespace {

[[noreturn]] void refuse(Category category, const QString &message)
{
    throw SyncError(category, message);
}

// Verified downloads wait in cache/ (by sha256) until applied, interrupted ones in partial/ to
// be resumed. Whatever no later run of this head needs goes: applied batches, an applied
// snapshot, leftovers of heads that were refused or replaced.
void pruneWorkFiles(const QString &workDir, const Feed::Head &head, qint64 committed)
{
    QSet<QString> needed;
    for (const Feed::FileRef &ref : head.batches) {
        if (ref.seq > committed)
            needed.insert(QString::fromLatin1(ref.sha256));
    }
    for (const QString &sub : {QStringLiteral("/cache"), QStringLiteral("/partial")}) {
        const QFileInfoList entries =
            QDir(workDir + sub)
                .entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            QString name = entry.fileName();
            if (name.endsWith(QLatin1String(".part")))
                name.chop(5);
            if (!needed.contains(name))
                QFile::remove(entry.filePath()); // best effort: the next run tries again
        }
    }
}

void report(const SyncOptions &options, Phase phase, int done, int total)
{
    if (options.progress)
        options.progress(phase, done, total);
}

bool cancelled(const SyncOptions &options)
{
    return options.cancel && options.cancel->load();
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Opens an inflated snapshot and checks it against its signed head entry.
void checkSnapshot(Kb::Connection &c, const Feed::SnapshotRef &ref, const Feed::Head &head)
{
    try {
        if (c.scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
            refuse(Category::Snapshot, QStringLiteral("snapshot faalt op integrity_check"));
        if (c.applicationId() != Kb::Schema::ContentApplicationId)
            refuse(Category::Snapshot, QStringLiteral("snapshot is geen kennisbank"));
        if (c.userVersion() != ref.schema || ref.schema > Kb::Schema::ContentVersion)
            refuse(Category::Snapshot, QStringLiteral("snapshot heeft schema %1, de head zegt %2")
                                           .arg(c.userVersion())
                                           .arg(ref.schema));
        QSqlQuery q =
            c.prepare(QStringLiteral("SELECT feed_id, epoch, seq FROM meta WHERE id = 1"));
        c.run(q);
        if (!q.next() || q.value(0).toString() != head.feedId || q.value(1).toInt() != head.epoch ||
            q.value(2).toLongLong() != ref.seq)
            refuse(Category::Snapshot,
                   QStringLiteral("meta van de snapshot past niet bij de head (feed, epoch, seq)"));
    } catch (const Kb::Error &e) {
        refuse(Category::Snapshot, QStringLiteral("snapshot is onleesbaar: %1").arg(e.message()));
    }
}

QString anchorOf(const QList<Minisign::PublicKey> &roots)
{
    QStringList keys;
    for (const Minisign::PublicKey &key : roots)
        keys.append(key.toBase64());
    keys.sort();
    return keys.join(QLatin1Char(' '));
}

// Where the chain starts: the stored keys file when it was reached from the same pinned root
// for this feed, else the pinned root itself (version 0).
TrustedKeys storedKeys(const QString &profile, const SyncState &state,
                       const QList<Minisign::PublicKey> &roots, const QString &feedId)
{
    TrustedKeys trusted = TrustedKeys::pinned(roots);
    QByteArray bytes, signature;
    if (state.keysVersion < 1 || state.keysAnchor != anchorOf(roots) ||
        !SyncState::loadKeys(profile, &bytes, &signature))
        return trusted;
    try {
        const Feed::Keys keys = Feed::parseKeys(bytes);
        if (keys.version != state.keysVersion || keys.feedId != feedId)
            return trusted;
        trusted.version = keys.version;
        trusted.keys = keys;
        trusted.bytes = bytes;
        trusted.signature = signature;
    } catch (const SyncError &) {
        // A damaged local copy: follow the chain again from the pinned root.
    }
    return trusted;
}

// read-local: the content database's feed, epoch and seq.
LocalMeta readLocalMeta(const QString &contentPath)
{
    LocalMeta local;
    Kb::Connection c(contentPath, Kb::Connection::Mode::ReadOnly);
    QSqlQuery q = c.prepare(QStringLiteral("SELECT feed_id, epoch, seq FROM meta WHERE id = 1"));
    c.run(q);
    if (q.next()) {
        local.feedId = q.value(0).toString();
        local.epoch = q.value(1).toInt();
        local.seq = q.value(2).toLongLong();
    }
    return local;
}

bool passesQuickCheck(const QString &contentPath)
{
    Kb::Connection c(contentPath, Kb::Connection::Mode::ReadOnly);
    return c.scalar(QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok");
}

Transport::Options transportOptions(const SyncOptions &options)
{
    Transport::Options t;
    t.inactivityTimeoutMs = options.inactivityTimeoutMs;
    t.deadlineMs = options.deadlineMs;
    t.cancel = options.cancel;
    t.caCertificates = options.caCertificates;
    return t;
}

// A head that passed the signature and the policy, and the highest seq seen before it.
struct CheckedHead
{
    FeedReader::VerifiedHead verified;
    qint64 seen = 0;
};

// The verified batches of a plan, in order; gap: the server lacks the next one (404).
struct Downloads
{
    QList<Feed::Batch> batches;
    bool gap = false;
};

// The feed side of one cycle: the transport, the reader that verifies what it fetches, and the
// keys chain. Its steps are verify-head and download.
class FeedSession
{
    Q_DISABLE_COPY_MOVE(FeedSession)
public:
    // state: the client state of this cycle; verify-head takes the validator out of it and
    // persists a followed keys link at once (a link stays followed whatever happens next).
    FeedSession(const SyncOptions &options, const QString &profile, const LocalMeta &local,
                SyncState &state)
        : m_options(options)
        , m_profile(profile)
        , m_local(local)
        , m_state(state)
        , m_transport(Transport::create(options.feed, transportOptions(options)))
        , m_reader(*m_transport, options.trusted, SyncState::directory(profile))
        , m_chain(*m_transport, storedKeys(profile, state, options.trusted, local.feedId),
                  local.feedId)
    {
        m_reader.setKeyResolver([this](qint64 hint) { return followKeys(hint); });
    }

    QString workDir() const { return SyncState::directory(m_profile); }
    FeedReader &reader() { return m_reader; }

    // verify-head: a conditional GET with the stored validator (used once: it comes back only
    // with an accepted head, so one the server refuses is not sent again; on 304 the stored
    // head is verified again), the keys chain up to the head's hint, the signature, and the
    // policy checks, each failure its own category.
    CheckedHead verifyHead(const QDateTime &t0)
    {
        report(m_options, Phase::Head, 0, 1);
        QByteArray cachedHead, cachedSignature;
        const bool sameFeed = m_state.feedUrl == m_options.feed;
        if (sameFeed)
            SyncState::loadVerifiedHead(m_profile, &cachedHead, &cachedSignature);
        const QByteArray etag = sameFeed ? m_state.headEtag : QByteArray();
        m_state.headEtag.clear();
        CheckedHead checked;
        checked.verified = m_reader.fetchHead(etag, cachedHead, cachedSignature);
        m_chain.checkNotExpired(t0);
        checked.seen = checkHeadPolicy(checked.verified.head, m_local, m_state);
        checkFreshness(checked.verified.head, t0);
        return checked;
    }

    // download: every batch the plan needs, verified, before the first write. A missing batch
    // ends the list (the batches before it can still be applied); the snapshot path needs all.
    Downloads download(const Feed::Head &head, const UpdatePlan &plan)
    {
        Downloads d;
        const int total = int(head.seq - plan.from);
        for (const Feed::FileRef &ref : head.batches) {
            if (ref.seq <= plan.from)
                continue;
            if (cancelled(m_options))
                refuse(Category::Network, QStringLiteral("afgebroken door de gebruiker"));
            report(m_options, Phase::Download, int(d.batches.size()), total);
            Feed::Batch batch;
            if (!m_reader.fetchBatch(ref, head, &batch)) {
                d.gap = true; // commit what we have, retry later
                break;
            }
            if (batch.schema > Kb::Schema::ContentVersion)
                refuse(Category::AppTooOld,
                       QStringLiteral("batch %1 heeft schema %2").arg(batch.seq).arg(batch.schema));
            d.batches.append(std::move(batch));
        }
        if (d.gap && plan.route != UpdatePlan::Route::Batches)
            refuse(Category::Network,
                   QStringLiteral("een batch ontbreekt op de server; later opnieuw proberen"));
        return d;
    }

private:
    // The keys that may sign heads, given the head's unverified keys_version hint.
    QList<Minisign::PublicKey> followKeys(qint64 keysVersionHint)
    {
        if (m_chain.catchUp(keysVersionHint) > 0) {
            const TrustedKeys &t = m_chain.trusted();
            SyncState::saveKeys(m_profile, t.bytes, t.signature);
            m_state.keysVersion = t.version;
            m_state.keysAnchor = anchorOf(m_options.trusted);
            if (m_chain.feedKeysChanged()) {
                // TUF: forget what the revoked key made us believe (a fast-forward), and
                // rebuild content it wrote above seq_floor.
                m_state.maxSeenSeq = m_chain.seqFloor();
                if (m_local.seq > m_chain.seqFloor())
                    m_state.rebuild = true;
            }
            m_state.save(m_profile);
        }
        return m_chain.trusted().headKeys();
    }

    const SyncOptions &m_options;
    QString m_profile;
    LocalMeta m_local;
    SyncState &m_state;
    std::unique_ptr<Transport> m_transport;
    FeedReader m_reader;
    KeyChain m_chain;
};

// apply (batches): one transaction per batch on the content database. result.changes and
// result.seqAfter follow each commit, so a failure later still reports what was committed.
void applyBatches(const QString &contentPath, const QList<Feed::Batch> &batches,
                  const SyncOptions &options, SyncResult &result)
{
    Kb::Connection c(contentPath, Kb::Connection::Mode::ReadWrite);
    Applier applier(c);
    for (int i = 0; i < batches.size(); ++i) {
        if (cancelled(options))
            refuse(Category::Network, QStringLiteral("afgebroken door de gebruiker"));
        report(options, Phase::Apply, i, int(batches.size()));
        result.changes += applier.apply(batches[i]);
        result.seqAfter = batches[i].seq;
    }
    if (!batches.isEmpty())
        applier.compactSearchIndex();
}

// The snapshot inflated to tempPath, checked against the head, with the later batches applied.
void buildFromSnapshot(FeedReader &reader, const Feed::Head &head,
                       const QList<Feed::Batch> &batches, const QString &tempPath)
{
    reader.fetchSnapshot(head.snapshot, tempPath);
    Kb::Connection c(tempPath, Kb::Connection::Mode::ReadWrite);
    checkSnapshot(c, head.snapshot, head);
    try {
        // A feed published by an older app (same data, fewer indexes) is brought to this
        // schema; then it must be exactly ours before a batch writes to it (a trigger or view
        // of its own would run on our writes).
        Kb::Schema::migrate(c, Kb::Schema::Store::Content);
        Kb::Schema::checkOwnSchema(c);
    } catch (const Kb::Error &e) {
        refuse(Category::Snapshot, QStringLiteral("snapshot: %1").arg(e.message()));
    }
    Applier applier(c);
    for (const Feed::Batch &batch : batches)
        applier.apply(batch);
    if (!batches.isEmpty())
        applier.compactSearchIndex();
    c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// apply (snapshot): a new database file beside the active one, then the atomic switch (the old
// file goes at the next start). result moves only once the switch is made.
void applySnapshot(Kb::ProfileStores &stores, FeedReader &reader, const Feed::Head &head,
                   const QList<Feed::Batch> &batches, const SyncOptions &options,
                   SyncResult &result)
{
    report(options, Phase::Snapshot, 0, 1);
    const QString name = QStringLiteral("kb-%1-%2-%3.sqlite")
                             .arg(head.epoch)
                             .arg(head.snapshot.seq)
                             .arg(timestamp());
    const QString finalPath =
        QFileInfo(result.contentPath).absolutePath() + QLatin1Char('/') + name;
    const QString tempPath = finalPath + QStringLiteral(".tmp");
    try {
        buildFromSnapshot(reader, head, batches, tempPath);
        if (!QFile::rename(tempPath, finalPath))
            refuse(Category::Local, QStringLiteral("kan %1 niet aanmaken").arg(finalPath));
    } catch (...) {
        removeDatabaseFiles(tempPath);
        throw;
    }
    stores.activate(name);
    result.contentPath = finalPath;
    result.seqAfter = batches.isEmpty() ? head.snapshot.seq : batches.constLast().seq;
    result.changes.append({QString(), Change::Kind::Snapshot, QString(),
                           QStringLiteral("Volledige kennisbank vernieuwd"), result.seqAfter});
}

// record (accepted): only a head that is verified and accepted (applied, or the content
// already at it) moves the highest seq seen (TUF: the newest timestamp), the epoch, the
// validator and the stored head. A signed head refused later (a batch or snapshot that does
// not match) must not lock the client out of the real feed.
void recordSuccess(const QString &profile, const QString &feedUrl, const CheckedHead &checked,
                   const QDateTime &t0, SyncState &state)
{
    const FeedReader::VerifiedHead &verified = checked.verified;
    state.feedUrl = feedUrl;
    state.feedId = verified.head.feedId;
    state.epoch = verified.head.epoch;
    state.maxSeenSeq = qMax(checked.seen, verified.head.seq);
    state.headEtag = verified.etag;
    state.lastVerified = t0;
    state.lastHeadExpires = verified.head.expires;
    if (!verified.notModified)
        SyncState::saveVerifiedHead(profile, verified.bytes, verified.signature);
    state.rebuild = false;
    state.lastSuccess = t0;
    state.lastFailureCategory = Category::None;
    state.save(profile);
}

// record (failed or refused): the outcome, and the failure for the window's banner.
void recordFailure(const QString &profile, SyncResult &result, SyncState &state)
{
    result.status =
        isRefusal(result.category) ? SyncResult::Status::Refused : SyncResult::Status::Failed;
    if (result.seqAfter > result.seqBefore)
        result.status = SyncResult::Status::Failed; // partly updated: retry later
    state.lastFailureCategory = result.category;
    state.lastFailureMessage = result.message;
    state.lastFailure = QDateTime::currentDateTimeUtc();
    result.lastSuccess = state.lastSuccess;
    try {
        state.save(profile);
    } catch (const SyncError &) {
        // The failure being reported matters more than remembering it.
    }
}

} // namespace

QDateTime SyncClient::now()
{
    const QString fake = qEnvironmentVariable("FLEXWONEN_SYNC_NOW");
    if (!fake.isEmpty()) {
        const QDateTime t = QDateTime::fromString(fake, Qt::ISODate);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

QString SyncResult::statusName() const
{
    switch (status) {
    case Status::Updated:
        return QStringLiteral("updated");
    case Status::UpToDate:
        return QStringLiteral("up-to-date");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject SyncResult::toJson() const
{
    QJsonArray list;
    for (const Change &c : changes)
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("change"), Change::kindName(c.kind)},
                                {QStringLiteral("type"), c.type},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("seq"), c.seq}});
    QJsonObject o{{QStringLiteral("status"), statusName()},
                  {QStringLiteral("category"), category == Category::None
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(categoryName(category))},
                  {QStringLiteral("seq_before"), seqBefore},
                  {QStringLiteral("seq_after"), seqAfter},
                  {QStringLiteral("changes"), list}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

SyncClient::SyncClient(Kb::ProfileStores &stores, SyncOptions options)
    : m_stores(stores)
    , m_options(std::move(options))
{}

SyncResult SyncClient::run()
{
    QLockFile lock(SyncState::directory(m_stores.profileDir()) + QStringLiteral("/sync.lock"));
    SyncResult result;
    if (lock.tryLock(0)) {
        result = runLocked();
    } else {
        result.category = Category::Busy;
        result.message = QStringLiteral("er loopt al een update in een ander venster of proces");
    }
    logOutcome(result, m_options.feed);
    return result;
}

SyncResult SyncClient::runLocked()
{
    const QString profile = m_stores.profileDir();
    SyncState state = SyncState::load(profile);
    SyncResult result;
    try {
        result.contentPath = m_stores.contentPath();
        const LocalMeta local = readLocalMeta(result.contentPath);
        result.seqBefore = result.seqAfter = local.seq;
        const QDateTime t0 = now();
        FeedSession feed(m_options, profile, local, state);
        const CheckedHead checked = feed.verifyHead(t0);
        const Feed::Head &head = checked.verified.head;
        const UpdatePlan plan = planUpdate(head, local, state.rebuild, [&] {
            return passesQuickCheck(result.contentPath); // a damaged database takes a snapshot
        });
        if (plan.route == UpdatePlan::Route::UpToDate) {
            pruneWorkFiles(feed.workDir(), head, head.seq);
            recordSuccess(profile, m_options.feed, checked, t0, state);
            result.status = SyncResult::Status::UpToDate;
            result.lastSuccess = t0;
            return result;
        }
        const Downloads downloads = feed.download(head, plan);
        if (plan.route == UpdatePlan::Route::Batches)
            applyBatches(result.contentPath, downloads.batches, m_options, result);
        else
            applySnapshot(m_stores, feed.reader(), head, downloads.batches, m_options, result);
        pruneWorkFiles(feed.workDir(), head, result.seqAfter);
        if (downloads.gap)
            refuse(Category::Network, QStringLiteral("bijgewerkt tot %1; de volgende batch "
                                                     "ontbreekt nog op de server")
                                          .arg(result.seqAfter));
        recordSuccess(profile, m_options.feed, checked, t0, state);
        result.status = SyncResult::Status::Updated;
        result.lastSuccess = t0;
        report(m_options, Phase::Done, 1, 1);
        return result;
    } catch (const SyncError &e) {
        result.category = e.category();
        result.message = e.message();
    } catch (const Kb::Error &e) {
        result.category = Category::Local;
        result.message = e.message();
    }
    recordFailure(profile, result, state);
    return result;
}

QJsonObject VerifyReport::toJson() const
{
    QJsonObject o{{QStringLiteral("status"),
                   category == Category::None ? QStringLiteral("ok") : QStringLiteral("refused")},
                  {QStringLiteral("category"), category == Category::None
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(categoryName(category))},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("keys_version"), keysVersion},
                  {QStringLiteral("batches"), batches},
                  {QStringLiteral("ops"), ops}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

VerifyReport verifyFeed(const QString &feed, const QList<Minisign::PublicKey> &trusted,
                        int inactivityTimeoutMs)
{
    try {
        Transport::Options options;
        options.inactivityTimeoutMs = inactivityTimeoutMs;
        const std::unique_ptr<Transport> transport = Transport::create(feed, options);
        return verifyFeed(*transport, trusted);
    } catch (const SyncError &e) {
        VerifyReport report;
        report.category = e.category();
        report.message = e.message();
        return report;
    }
}

VerifyReport verifyFeed(const SyncOptions &options)
{
    try {
        Transport::Options t;
        t.inactivityTimeoutMs = options.inactivityTimeoutMs;
        t.deadlineMs = options.deadlineMs;
        t.cancel = options.cancel;
        t.caCertificates = options.caCertificates;
        const std::unique_ptr<Transport> transport = Transport::create(options.feed, t);
        return verifyFeed(*transport, options.trusted);
    } catch (const SyncError &e) {
        VerifyReport report;
        report.category = e.category();
        report.message = e.message();
        return report;
    }
}

VerifyReport verifyFeed(Transport &transport, const QList<Minisign::PublicKey> &trusted)
{
    VerifyReport report;
    QTemporaryDir work;
    try {
        FeedReader reader(transport, trusted, work.path());
        KeyChain chain(transport, TrustedKeys::pinned(trusted), QString());
        reader.setKeyResolver([&chain](qint64 keysVersionHint) {
            chain.catchUp(keysVersionHint, 100000); // the whole chain, not a client's run
            return chain.trusted().headKeys();
        });
        const Feed::Head head = reader.fetchHead({}, {}, {}).head;
        report.seq = head.seq;
        report.keysVersion = chain.trusted().version;
        if (chain.trusted().version >= 1 && head.feedId != chain.trusted().keys.feedId)
            refuse(Category::Keys, QStringLiteral("de sleutels horen bij een andere feed"));
        chain.checkNotExpired(SyncClient::now());
        checkFreshness(head, SyncClient::now());
        for (const Feed::FileRef &ref : head.batches) {
            Feed::Batch batch;
            if (!reader.fetchBatch(ref, head, &batch))
                refuse(Category::Network, QStringLiteral("%1 ontbreekt").arg(ref.path));
            ++report.batches;
            report.ops += int(batch.ops.size());
        }
        const QString snapshot = work.filePath(QStringLiteral("snapshot.sqlite"));
        reader.fetchSnapshot(head.snapshot, snapshot);
        Kb::Connection c(snapshot, Kb::Connection::Mode::ReadOnly);
        checkSnapshot(c, head.snapshot, head);
    } catch (const SyncError &e) {
        report.category = e.category();
        report.message = e.message();
    } catch (const Kb::Error &e) {
        report.category = Category::Local;
        report.message = e.message();
    }
    return report;
}

QList<Minisign::PublicKey> trustedKeys(const QString &option)
{
    QByteArray text;
    if (option.isEmpty()) {
        QFile builtIn(QStringLiteral(":/flexwonen/feed/root.pub"));
        if (builtIn.open(QIODevice::ReadOnly))
            text = builtIn.readAll();
    } else if (QFileInfo(option).isFile()) {
        QFile file(option);
        if (file.open(QIODevice::ReadOnly))
            text = file.read(4097);
    } else {
        text = option.toLatin1();
    }
    try {
        return {Minisign::parsePublicKeyFile(text)};
    } catch (const Minisign::Failure &f) {
        throw SyncError(Category::Local,
                        QStringLiteral("vertrouwde sleutel onbruikbaar: %1").arg(f.message()));
    }
}

} // namespace Flexwonen::Sync
