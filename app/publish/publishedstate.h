// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/feedformat.h"
#include "kb/item.h"

#include <optional>
#include <QByteArray>
#include <QMap>
#include <QString>

namespace Flexwonen::Publish {

// What the feed last said about one item.
struct PublishedItem
{
    int rev = 0;
    QByteArray sha256; // of the item's content without rev (contentHash)
    bool deleted = false;
    bool operator==(const PublishedItem &) const = default;
};

// The publisher's memory, <out>/state/published.json: {feed_id, epoch, seq, items: {id → {rev,
// sha256, deleted}}}. Not needed on the server.
struct PublishedState
{
    QString feedId;
    int epoch = 0;
    qint64 seq = 0;
    QMap<QString, PublishedItem> items;

    // nullopt for a missing, empty or unreadable file: a new feed.
    static std::optional<PublishedState> fromJson(const QByteArray &bytes);
    QByteArray toJson() const;
};

// What identifies an item's content, independent of its rev.
QByteArray contentHash(Kb::Item item);

// The difference between the last published state and the current items.
struct NextBatch
{
    Sync::Feed::Batch batch; // upserts in the items' order, then tombstones by id
    QList<Kb::Item> items;   // the current items with their revs (what a snapshot holds)
    PublishedState state;    // to be stored once the tree is published
    int upserts = 0;
    int deletes = 0;
};

// Pure (no files, no clock): revisions follow the rev rule of docs/feed-protocol.md. An item
// keeps its rev while its content hashes the same; a changed or re-added item gets the next one;
// a vanished item gets a tombstone one above its last rev. A new feed (previous empty) takes the
// sources' revs. batch.feedId/epoch/seq/published and state.feedId/epoch/seq come from header.
NextBatch computeBatch(const PublishedState &previous, QList<Kb::Item> items,
                       const Sync::Feed::Batch &header);

} // namespace Flexwonen::Publish
