// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/syncerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Flexwonen::Sync {

// What the client remembers between runs, in <profile>/sync/ (never in the user database):
// state.json (written with QSaveFile) and the last verified head with its signature.
struct SyncState
{
    QString feedUrl;
    QString feedId;
    int epoch = 0;
    qint64 maxSeenSeq = 0;
    QByteArray headEtag;
    QDateTime lastVerified;
    QDateTime lastSuccess;
    QDateTime lastHeadExpires;
    Category lastFailureCategory = Category::None; // stored by name (categoryName)
    QString lastFailureMessage;
    QDateTime lastFailure;
    int keysVersion = 0;  // the keys chain: last verified keys/<v>.json (0: the pinned root)
    QString keysAnchor;   // the pinned root key(s) the chain was followed from
    bool rebuild = false; // the feed keys changed while content above seq_floor is stored

    static QString directory(const QString &profileDir);
    static SyncState load(const QString &profileDir);
    void save(const QString &profileDir) const;

    // The last head that passed verification, kept for 304 answers.
    static void saveVerifiedHead(const QString &profileDir, const QByteArray &head,
                                 const QByteArray &signature);
    static bool loadVerifiedHead(const QString &profileDir, QByteArray *head,
                                 QByteArray *signature);
    // The last keys file that passed the chain rule (keys.json and keys.json.minisig).
    static void saveKeys(const QString &profileDir, const QByteArray &keys,
                         const QByteArray &signature);
    static bool loadKeys(const QString &profileDir, QByteArray *keys, QByteArray *signature);
};

} // namespace Flexwonen::Sync
