// SPDX-License-Identifier: EUPL-1.2
#include "keyspublisher.h"

#include "feedfiles.h"
#include "publishlog.h"

#include "feed/feedformat.h"
#include "feed/syncerror.h"
#include "kb/kberror.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Flexwonen::Publish {

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw Kb::Error(Kb::Error::Kind::Io, message);
}

QString defaultFeedId(const QString &outDir)
{
    const QString fromState =
        QJsonDocument::fromJson(FeedFiles::read(outDir + QStringLiteral("/state/published.json")))
            .object()
            .value(QLatin1String("feed_id"))
            .toString();
    return fromState.isEmpty() ? QStringLiteral("nl.flexwonen.kennisbank") : fromState;
}

qint64 publishedSeq(const QString &outDir)
{
    const QByteArray head = FeedFiles::read(outDir + QStringLiteral("/head.json"));
    if (head.isEmpty())
        return 0;
    try {
        return Sync::Feed::parseHead(head).seq;
    } catch (const Sync::SyncError &e) {
        fail(QStringLiteral("head.json is onleesbaar: %1").arg(e.message()));
    }
}

} // namespace

int latestKeysVersion(const QString &outDir)
{
    int version = 0;
    while (QFile::exists(outDir + QStringLiteral("/keys/%1.json").arg(version + 1)))
        ++version;
    return version;
}

int publishKeys(const KeysOptions &o)
{
    const int current = latestKeysVersion(o.outDir);
    Sync::Feed::Keys previous;
    if (current > 0) {
        try {
            previous = Sync::Feed::parseKeys(
                FeedFiles::read(o.outDir + QStringLiteral("/keys/%1.json").arg(current)));
        } catch (const Sync::SyncError &e) {
            fail(QStringLiteral("keys/%1.json is onleesbaar: %2").arg(current).arg(e.message()));
        }
        if (!previous.rootKeys.contains(o.root.publicKey()))
            fail(QStringLiteral("--root-key is geen hoofdsleutel van keys/%1.json").arg(current));
    }
    Sync::Feed::Keys keys;
    keys.version = current + 1;
    keys.feedId = !o.feedId.isEmpty() ? o.feedId
                  : current > 0       ? previous.feedId
                                      : defaultFeedId(o.outDir);
    const QDateTime now = (o.now.isValid() ? o.now : QDateTime::currentDateTimeUtc()).toUTC();
    keys.expires = now.addDays(o.expiresDays);
    keys.rootKeys = o.newRoot     ? QList{o.newRoot->publicKey()}
                    : current > 0 ? previous.rootKeys
                                  : QList{o.root.publicKey()};
    keys.feedKeys = !o.feedKeys.isEmpty() ? o.feedKeys : previous.feedKeys;
    if (keys.feedKeys.isEmpty())
        fail(QStringLiteral("het eerste sleutelbestand heeft een feed-sleutel nodig (--feed-pub)"));
    const bool rotation = current > 0 && !Sync::Feed::sameKeys(keys.feedKeys, previous.feedKeys);
    // After a feed-key change clients forget any seq above the floor: by default the last
    // seq that was published legitimately.
    keys.seqFloor = o.seqFloor ? *o.seqFloor
                    : rotation ? publishedSeq(o.outDir)
                               : previous.seqFloor;

    const QByteArray bytes = Sync::Feed::keysToJson(keys);
    const QString comment = Sync::Feed::keysTrustedComment(keys);
    const QString path = o.outDir + QStringLiteral("/keys/%1.json").arg(keys.version);
    const QString untrusted = QStringLiteral("flexwonen feed keys %1").arg(keys.version);
    // Signatures first, the keys file last: a client never sees a keys file without them.
    FeedFiles::writeNew(path + QStringLiteral(".minisig"),
                        Sync::Minisign::sign(bytes, o.root, comment, untrusted));
    if (o.newRoot)
        FeedFiles::writeNew(path + QStringLiteral(".rotation.minisig"),
                            Sync::Minisign::sign(bytes, *o.newRoot, comment, untrusted));
    FeedFiles::writeNew(path, bytes);
    qCInfo(lcPublish).noquote() << QStringLiteral("sleutelbestand %1 geschreven").arg(path);
    return keys.version;
}

} // namespace Flexwonen::Publish
