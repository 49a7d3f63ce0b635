// SPDX-License-Identifier: EUPL-1.2
#include "syncstate.h"

#include "transport.h"

#include "feed/syncerror.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Flexwonen::Sync {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFrom(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw SyncError(
            Category::Local,
            QStringLiteral("%1 kan niet worden geschreven: %2").arg(path, file.errorString()));
}

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(1 << 20);
}

} // namespace

QString SyncState::directory(const QString &profileDir)
{
    const QString dir = profileDir + QStringLiteral("/sync");
    QDir().mkpath(dir);
    return dir;
}

SyncState SyncState::load(const QString &profileDir)
{
    SyncState s;
    const QJsonObject o =
        QJsonDocument::fromJson(readSmall(directory(profileDir) + QStringLiteral("/state.json")))
            .object();
    s.feedUrl = o.value(QLatin1String("feed_url")).toString();
    s.feedId = o.value(QLatin1String("feed_id")).toString();
    s.epoch = o.value(QLatin1String("epoch")).toInt();
    s.maxSeenSeq = o.value(QLatin1String("max_seen_seq")).toInteger();
    s.headEtag = o.value(QLatin1String("head_etag")).toString().toLatin1();
    if (!Transport::isValidEtag(s.headEtag))
        s.headEtag.clear(); // an older version stored any ETag a server sent
    s.lastVerified = timeFrom(o, "last_verified_utc");
    s.lastSuccess = timeFrom(o, "last_success_utc");
    s.lastHeadExpires = timeFrom(o, "last_head_expires");
    // A name this version does not know (a newer version's, or an edited file) reads as none.
    s.lastFailureCategory =
        categoryFromName(o.value(QLatin1String("last_failure_category")).toString())
            .value_or(Category::None);
    s.lastFailureMessage = o.value(QLatin1String("last_failure_message")).toString();
    s.lastFailure = timeFrom(o, "last_failure_utc");
    s.keysVersion = o.value(QLatin1String("keys_version")).toInt();
    s.keysAnchor = o.value(QLatin1String("keys_anchor")).toString();
    s.rebuild = o.value(QLatin1String("rebuild")).toBool();
    return s;
}

void SyncState::save(const QString &profileDir) const
{
    const QJsonObject o{
        {QStringLiteral("feed_url"), feedUrl},
        {QStringLiteral("feed_id"), feedId},
        {QStringLiteral("epoch"), epoch},
        {QStringLiteral("max_seen_seq"), maxSeenSeq},
        {QStringLiteral("head_etag"), QString::fromLatin1(headEtag)},
        {QStringLiteral("last_verified_utc"), timeText(lastVerified)},
        {QStringLiteral("last_success_utc"), timeText(lastSuccess)},
        {QStringLiteral("last_head_expires"), timeText(lastHeadExpires)},
        {QStringLiteral("last_failure_category"), categoryName(lastFailureCategory)},
        {QStringLiteral("last_failure_message"), lastFailureMessage},
        {QStringLiteral("last_failure_utc"), timeText(lastFailure)},
        {QStringLiteral("keys_version"), keysVersion},
        {QStringLiteral("keys_anchor"), keysAnchor},
        {QStringLiteral("rebuild"), rebuild}};
    writeAtomically(directory(profileDir) + QStringLiteral("/state.json"),
                    QJsonDocument(o).toJson(QJsonDocument::Indented));
}

namespace {

// A verified file kept with its signature; the signature goes first so that a crash between
// the two writes never leaves a file beside a signature that does not belong to it.
void saveSigned(const QString &dir, const QString &name, const QByteArray &bytes,
                const QByteArray &signature)
{
    writeAtomically(dir + QLatin1Char('/') + name + QStringLiteral(".minisig"), signature);
    writeAtomically(dir + QLatin1Char('/') + name, bytes);
}

bool loadSigned(const QString &dir, const QString &name, QByteArray *bytes, QByteArray *signature)
{
    *bytes = readSmall(dir + QLatin1Char('/') + name);
    *signature = readSmall(dir + QLatin1Char('/') + name + QStringLiteral(".minisig"));
    return !bytes->isEmpty() && !signature->isEmpty();
}

} // namespace

void SyncState::saveVerifiedHead(const QString &profileDir, const QByteArray &head,
                                 const QByteArray &signature)
{
    saveSigned(directory(profileDir), QStringLiteral("head.json"), head, signature);
}

bool SyncState::loadVerifiedHead(const QString &profileDir, QByteArray *head, QByteArray *signature)
{
    return loadSigned(directory(profileDir), QStringLiteral("head.json"), head, signature);
}

void SyncState::saveKeys(const QString &profileDir, const QByteArray &keys,
                         const QByteArray &signature)
{
    saveSigned(directory(profileDir), QStringLiteral("keys.json"), keys, signature);
}

bool SyncState::loadKeys(const QString &profileDir, QByteArray *keys, QByteArray *signature)
{
    return loadSigned(directory(profileDir), QStringLiteral("keys.json"), keys, signature);
}

} // namespace Flexwonen::Sync
