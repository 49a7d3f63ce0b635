// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "feedreader.h"
#include "keychain.h"
#include "synclog.h"
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
#include <QVersionNumber>

namespace Flexwonen::Sync {

namespace {

[[noreturn]] void refuse(Category category, const QString &message)
{
    throw SyncError(category, message);
}

// Policy checks on a verified head that need no local state.
void checkFreshness(const Feed::Head &head, const QDateTime &t0)
{
    // A head valid for decades would switch freeze protection off for as long.
    if (head.expires > head.generated.addDays(Feed::MaxHeadValidityDays))
        refuse(Category::Format,
               QStringLiteral("de head is geldig tot %1, meer dan %2 dagen na het maken (%3)")
                   .arg(Feed::isoUtc(head.expires))
                   .arg(Feed::MaxHeadValidityDays)
                   .arg(Feed::isoUtc(head.generated)));
    if (head.expires <= t0)
        refuse(Category::Frozen, QStringLiteral("de feed is verlopen op %1 (bevroren of "
                                                "verouderde spiegel)")
                                     .arg(Feed::isoUtc(head.expires)));
    if (head.generated > t0.addSecs(24 * 3600))
        refuse(Category::Clock, QStringLiteral("de feed is gemaakt in de toekomst (%1); klopt de "
                                               "klok van deze computer?")
                                    .arg(Feed::isoUtc(head.generated)));
    if (head.schema > Kb::Schema::ContentVersion)
        refuse(Category::AppTooOld,
               QStringLiteral("de feed gebruikt schema %1; deze app kent %2. Werk de app bij.")
                   .arg(head.schema)
                   .arg(Kb::Schema::ContentVersion));
    const QVersionNumber minimum = QVersionNumber::fromString(head.minClient);
    if (minimum.isNull() || minimum > QVersionNumber::fromString(QStringLiteral(FLEXWONEN_VERSION)))
        refuse(Category::AppTooOld, QStringLiteral("de feed vraagt app-versie %1 of nieuwer. Werk "
                                                   "de app bij.")
                                        .arg(head.minClient.left(20)));
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

void report(const SyncOptions &options, const QString &phase, int done, int total)
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

} // namespace

struct SyncClient::LocalMeta
{
    QString feedId;
    int epoch = 0;
    qint64 seq = 0;
    int schema = 0;
    bool usable = false;
};

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
                                {QStringLiteral("change"), c.kind},
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
    SyncResult result;
    SyncState state = SyncState::load(profile);
    LocalMeta local;
    qint64 committed = 0;
    try {
        result.contentPath = m_stores.contentPath();
        {
            Kb::Connection c(result.contentPath, Kb::Connection::Mode::ReadOnly);
            QSqlQuery q =
                c.prepare(QStringLiteral("SELECT feed_id, epoch, seq FROM meta WHERE id = 1"));
            c.run(q);
            if (q.next()) {
                local.feedId = q.value(0).toString();
                local.epoch = q.value(1).toInt();
                local.seq = q.value(2).toLongLong();
            }
            local.schema = c.userVersion();
        }
        result.seqBefore = result.seqAfter = committed = local.seq;
        const QDateTime t0 = now();

        Transport::Options transportOptions;
        transportOptions.inactivityTimeoutMs = m_options.inactivityTimeoutMs;
        transportOptions.deadlineMs = m_options.deadlineMs;
        transportOptions.cancel = m_options.cancel;
        transportOptions.caCertificates = m_options.caCertificates;
        const std::unique_ptr<Transport> transport =
            Transport::create(m_options.feed, transportOptions);
        const QString workDir = SyncState::directory(profile);
        FeedReader reader(*transport, m_options.trusted, workDir);
        KeyChain chain(*transport, storedKeys(profile, state, m_options.trusted, local.feedId),
                       local.feedId);
        reader.setKeyResolver([&](qint64 keysVersionHint) {
            if (chain.catchUp(keysVersionHint) > 0) {
                const TrustedKeys &t = chain.trusted();
                SyncState::saveKeys(profile, t.bytes, t.signature);
                state.keysVersion = t.version;
                state.keysAnchor = anchorOf(m_options.trusted);
                if (chain.feedKeysChanged()) {
                    // TUF: forget what the revoked key made us believe (a fast-forward), and
                    // rebuild content it wrote above seq_floor.
                    state.maxSeenSeq = chain.seqFloor();
                    if (local.seq > chain.seqFloor())
                        state.rebuild = true;
                }
                state.save(profile);
            }
            return chain.trusted().headKeys();
        });

        report(m_options, QStringLiteral("head"), 0, 1);
        QByteArray cachedHead, cachedSignature;
        const bool sameFeed = state.feedUrl == m_options.feed;
        if (sameFeed)
            SyncState::loadVerifiedHead(profile, &cachedHead, &cachedSignature);
        // The stored validator is used once: it comes back only with an accepted head, so one
        // the server refuses (or one of a failed run) is not sent again.
        const QByteArray etag = sameFeed ? state.headEtag : QByteArray();
        state.headEtag.clear();
        const FeedReader::VerifiedHead verified =
            reader.fetchHead(etag, cachedHead, cachedSignature);
        const Feed::Head &head = verified.head;
        chain.checkNotExpired(t0);

        // Policy (each failure its own category).
        if (head.feedId != local.feedId)
            refuse(Category::Mismatch, QStringLiteral("de feed '%1' is niet de feed van deze "
                                                      "kennisbank ('%2')")
                                           .arg(head.feedId, local.feedId));
        if (head.epoch < local.epoch || (state.feedId == head.feedId && head.epoch < state.epoch))
            refuse(
                Category::Rollback,
                QStringLiteral("de feed is van een oudere generatie (epoch %1)").arg(head.epoch));
        const qint64 seen =
            (state.feedId == head.feedId && state.epoch == head.epoch) ? state.maxSeenSeq : 0;
        // After a feed-key rotation the stored content above seq_floor does not count.
        const bool rebuild = state.rebuild;
        const qint64 floor = head.epoch == local.epoch && !rebuild ? qMax(seen, local.seq) : seen;
        if (head.seq < floor)
            refuse(
                Category::Rollback,
                QStringLiteral("de feed staat op volgnummer %1, deze computer heeft al %2 gezien "
                               "(teruggedraaide of verouderde spiegel)")
                    .arg(head.seq)
                    .arg(floor));
        checkFreshness(head, t0);

        // Only a head that is verified and accepted (applied, or the content already at it)
        // moves the highest seq seen (TUF: the newest timestamp), the epoch, the validator and
        // the stored head. A signed head refused later (a batch or snapshot that does not
        // match) must not lock the client out of the real feed.
        const auto accept = [&] {
            state.feedUrl = m_options.feed;
            state.feedId = head.feedId;
            state.epoch = head.epoch;
            state.maxSeenSeq = qMax(seen, head.seq);
            state.headEtag = verified.etag;
            state.lastVerified = t0;
            state.lastHeadExpires = head.expires;
            if (!verified.notModified)
                SyncState::saveVerifiedHead(profile, verified.bytes, verified.signature);
        };
        const bool upToDate = !rebuild && head.epoch == local.epoch && head.seq == local.seq;

        if (upToDate) {
            accept();
            pruneWorkFiles(workDir, head, head.seq);
            result.status = SyncResult::Status::UpToDate;
            state.lastSuccess = t0;
            state.lastFailureCategory.clear();
            state.save(profile);
            result.lastSuccess = t0;
            return result;
        }

        {
            // Only now, with work to do: a damaged database takes the snapshot path.
            Kb::Connection c(result.contentPath, Kb::Connection::Mode::ReadOnly);
            local.usable =
                c.scalar(QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok");
        }
        const bool incremental = !rebuild && local.usable && head.epoch == local.epoch &&
                                 head.snapshot.seq <= local.seq && local.seq < head.seq;
        const qint64 from = incremental ? local.seq : head.snapshot.seq;

        // Download and verify everything before the first write.
        QList<Feed::Batch> batches;
        bool gap = false;
        const int total = int(head.seq - from);
        for (const Feed::FileRef &ref : head.batches) {
            if (ref.seq <= from)
                continue;
            if (cancelled(m_options))
                refuse(Category::Network, QStringLiteral("afgebroken door de gebruiker"));
            report(m_options, QStringLiteral("download"), int(batches.size()), total);
            Feed::Batch batch;
            if (!reader.fetchBatch(ref, head, &batch)) {
                gap = true; // commit what we have, retry later
                break;
            }
            if (batch.schema > Kb::Schema::ContentVersion)
                refuse(Category::AppTooOld,
                       QStringLiteral("batch %1 heeft schema %2").arg(batch.seq).arg(batch.schema));
            batches.append(std::move(batch));
        }
        if (gap && !incremental)
            refuse(Category::Network,
                   QStringLiteral("een batch ontbreekt op de server; later opnieuw proberen"));

        if (incremental) {
            Kb::Connection c(result.contentPath, Kb::Connection::Mode::ReadWrite);
            Applier applier(c);
            for (int i = 0; i < batches.size(); ++i) {
                if (cancelled(m_options))
                    refuse(Category::Network, QStringLiteral("afgebroken door de gebruiker"));
                report(m_options, QStringLiteral("apply"), i, int(batches.size()));
                result.changes += applier.apply(batches[i]);
                committed = batches[i].seq;
            }
            if (!batches.isEmpty())
                applier.compactSearchIndex();
        } else {
            report(m_options, QStringLiteral("snapshot"), 0, 1);
            const QString name = QStringLiteral("kb-%1-%2-%3.sqlite")
                                     .arg(head.epoch)
                                     .arg(head.snapshot.seq)
                                     .arg(timestamp());
            const QString finalPath =
                QFileInfo(result.contentPath).absolutePath() + QLatin1Char('/') + name;
            const QString tempPath = finalPath + QStringLiteral(".tmp");
            try {
                reader.fetchSnapshot(head.snapshot, tempPath);
                {
                    Kb::Connection c(tempPath, Kb::Connection::Mode::ReadWrite);
                    checkSnapshot(c, head.snapshot, head);
                    Applier applier(c);
                    for (const Feed::Batch &batch : batches)
                        applier.apply(batch);
                    if (!batches.isEmpty())
                        applier.compactSearchIndex();
                    c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                }
                if (!QFile::rename(tempPath, finalPath))
                    refuse(Category::Local, QStringLiteral("kan %1 niet aanmaken").arg(finalPath));
            } catch (...) {
                removeDatabaseFiles(tempPath);
                throw;
            }
            m_stores.activate(name); // the atomic switch; the old file goes at the next start
            result.contentPath = finalPath;
            committed = batches.isEmpty() ? head.snapshot.seq : batches.constLast().seq;
            result.changes.append({QString(), QStringLiteral("snapshot"), QString(),
                                   QStringLiteral("Volledige kennisbank vernieuwd"), committed});
        }
        result.seqAfter = committed;
        pruneWorkFiles(workDir, head, committed);
        if (gap)
            refuse(Category::Network, QStringLiteral("bijgewerkt tot %1; de volgende batch "
                                                     "ontbreekt nog op de server")
                                          .arg(committed));
        accept();
        result.status = SyncResult::Status::Updated;
        state.rebuild = false;
        state.lastSuccess = t0;
        state.lastFailureCategory.clear();
        state.save(profile);
        result.lastSuccess = t0;
        report(m_options, QStringLiteral("done"), 1, 1);
        return result;
    } catch (const SyncError &e) {
        result.category = e.category();
        result.message = e.message();
    } catch (const Kb::Error &e) {
        result.category = Category::Local;
        result.message = e.message();
    }
    result.seqAfter = committed;
    result.status =
        exitCodeOf(result.category) == 2 ? SyncResult::Status::Refused : SyncResult::Status::Failed;
    if (committed > result.seqBefore)
        result.status = SyncResult::Status::Failed; // partly updated: retry later
    state.lastFailureCategory = categoryName(result.category);
    state.lastFailureMessage = result.message;
    state.lastFailure = QDateTime::currentDateTimeUtc();
    result.lastSuccess = state.lastSuccess;
    try {
        state.save(profile);
    } catch (const SyncError &) {
        // The failure being reported matters more than remembering it.
    }
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
