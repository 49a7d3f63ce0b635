// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/minisign.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace Flexwonen::Publish {

struct PublishOptions
{
    QString sourceDir; // data/content
    QString outDir;    // the feed tree; its state/ folder remembers what was published
    Sync::Minisign::SecretKey key;
    int expiresDays = 30;  // 1 … Sync::Feed::MaxHeadValidityDays
    bool snapshot = false; // force a full snapshot at this seq
    // --seq: where a new feed starts (default 1, the bundled base's seq); on an existing feed
    // the next seq, above the published one (a jump of more than one needs a snapshot).
    std::optional<qint64> seq;
    QString feedId = QStringLiteral("nl.flexwonen.kennisbank");
    int epoch = 1;
    QDateTime now; // empty: current time
    // --base-url: where the tree is served, for atom.xml's rel="self" link; empty: none.
    QString baseUrl;
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
// heartbeat that moves `expires`). Options are checked first; files are written in upload
// order, then the client's verifier checks the tree as it will be served, and only then is
// head.json replaced. An immutable file is never overwritten; a failed run removes the files it
// added. Throws Kb::Error, or Sync::SyncError with the verifier's category.
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
