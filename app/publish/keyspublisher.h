// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/minisign.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace Flexwonen::Publish {

struct KeysOptions
{
    QString outDir;                 // the feed tree; keys/<v>.json goes into keys/
    Sync::Minisign::SecretKey root; // a root key of the current version (or the pinned one)
    std::optional<Sync::Minisign::SecretKey> newRoot; // root rotation: signs .rotation.minisig
    QList<Sync::Minisign::PublicKey> feedKeys;        // empty: keep the current feed keys
    std::optional<qint64> seqFloor; // default: the published seq when the feed keys change
    int expiresDays = 365;
    QString feedId; // default: the current keys file's, the published state's, or the default
    QDateTime now;  // empty: current time
};

// Writes the next keys/<v>.json of a feed tree with its signature(s). Throws Kb::Error.
int publishKeys(const KeysOptions &options);

// The highest keys/<v>.json in a tree (0: none), as a head's keys_version names it.
int latestKeysVersion(const QString &outDir);

} // namespace Flexwonen::Publish
