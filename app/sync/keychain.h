// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/feedformat.h"
#include "feed/minisign.h"

namespace Flexwonen::Sync {

class Transport;

// The keys the client trusts: version 0 is the pinned root alone (it signs keys/1.json, and
// heads too while a feed has no keys/ files); version ≥ 1 is the last verified keys file.
struct TrustedKeys
{
    int version = 0;
    Feed::Keys keys;      // version ≥ 1
    QByteArray bytes;     // the keys file as verified (version ≥ 1)
    QByteArray signature; // its .minisig

    static TrustedKeys pinned(const QList<Minisign::PublicKey> &roots);
    // Who may sign keys/<version+1>.json and who may sign heads.
    const QList<Minisign::PublicKey> &rootKeys() const { return keys.rootKeys; }
    const QList<Minisign::PublicKey> &headKeys() const
    {
        return version == 0 ? keys.rootKeys : keys.feedKeys;
    }
};

// Follows the keys/<v>.json chain (design §1.5): keys/<v+1> must say version v+1, name this
// feed, verify under a root key of v and, when root_keys change, also under the new root
// (keys/<v+1>.json.rotation.minisig). A missing keys/<v+1>.json ends the chain for this run.
// Refusals throw SyncError(Keys), malformed files SyncError(Format or Size).
class KeyChain
{
    Q_DISABLE_COPY_MOVE(KeyChain)
public:
    static constexpr int MaxLinksPerRun = 16;

    // feedId: the content database's feed (empty: the one keys/1.json names, for verify-feed).
    KeyChain(Transport &transport, TrustedKeys start, QString feedId);

    // Follows links up to version target, at most maxLinks; returns how many were followed.
    int catchUp(qint64 target, int maxLinks = MaxLinksPerRun);
    // An expired keys file blocks applying updates (never reading).
    void checkNotExpired(const QDateTime &t0) const;

    const TrustedKeys &trusted() const { return m_trusted; }
    // Did a followed link change the feed keys (a rotation: seq_floor applies)?
    bool feedKeysChanged() const { return m_feedKeysChanged; }
    qint64 seqFloor() const { return m_seqFloor; } // of the last link that changed feed keys

private:
    void follow(int version);

    Transport &m_transport;
    TrustedKeys m_trusted;
    QString m_feedId;
    bool m_feedKeysChanged = false;
    qint64 m_seqFloor = 0;
};

} // namespace Flexwonen::Sync
