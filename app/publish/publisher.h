// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/minisign.h"

#include <QDateTime>
#include <QString>

namespace Flexwonen::Publish {

struct PublishOptions
{
    QString sourceDir; // data/content
    QString outDir;    // the feed tree; its state/ folder remembers what was published
    Sync::Minisign::SecretKey key;
    int expiresDays = 30;
    bool snapshot = false; // force a full snapshot at this seq
    qint64 initialSeq = 1; // seq of a new feed (equal to the bundled base's seq)
    QString feedId = QStringLiteral("nl.flexwonen.kennisbank");
    int epoch = 1;
    QDateTime now; // empty: current time
};

struct PublishResult
{
    qint64 seq = 0;
    int upserts = 0;
    int deletes = 0;
    bool snapshot = false;
};

// Turns the content sources into the next state of a KB-Feed/1 tree: a new feed gets a snapshot,
// later runs a batch with the difference to the last published state (an empty batch is a
// heartbeat that moves `expires`). Files are written in upload order, head.json last; an
// immutable file is never overwritten. Throws Kb::Error or Sync::SyncError.
class Publisher
{
    Q_DISABLE_COPY_MOVE(Publisher)
public:
    explicit Publisher(PublishOptions options);
    PublishResult publish();

private:
    PublishOptions m_options;
};

} // namespace Flexwonen::Publish
