// SPDX-License-Identifier: EUPL-1.2
#include "publishedstate.h"

#include "kb/itemjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Flexwonen::Publish {

std::optional<PublishedState> PublishedState::fromJson(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        return std::nullopt;
    PublishedState s;
    s.feedId = o.value(QLatin1String("feed_id")).toString();
    s.epoch = o.value(QLatin1String("epoch")).toInt();
    s.seq = o.value(QLatin1String("seq")).toInteger();
    const QJsonObject items = o.value(QLatin1String("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        s.items.insert(it.key(), {e.value(QLatin1String("rev")).toInt(),
                                  e.value(QLatin1String("sha256")).toString().toLatin1(),
                                  e.value(QLatin1String("deleted")).toBool()});
    }
    return s;
}

QByteArray PublishedState::toJson() const
{
    QJsonObject list;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        QJsonObject e{{QStringLiteral("rev"), it->rev},
                      {QStringLiteral("sha256"), QString::fromLatin1(it->sha256)}};
        if (it->deleted)
            e.insert(QStringLiteral("deleted"), true);
        list.insert(it.key(), e);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("feed_id"), feedId},
                                     {QStringLiteral("epoch"), epoch},
                                     {QStringLiteral("seq"), seq},
                                     {QStringLiteral("items"), list}})
        .toJson(QJsonDocument::Indented);
}

QByteArray contentHash(Kb::Item item)
{
    item.rev = 0;
    return QCryptographicHash::hash(
               QJsonDocument(Kb::itemToJson(item)).toJson(QJsonDocument::Compact),
               QCryptographicHash::Sha256)
        .toHex();
}

NextBatch computeBatch(const PublishedState &previous, QList<Kb::Item> items,
                       const Sync::Feed::Batch &header)
{
    using Sync::Feed::Op;
    NextBatch next;
    next.batch = header;
    next.batch.ops.clear();
    next.state.feedId = header.feedId;
    next.state.epoch = header.epoch;
    next.state.seq = header.seq;
    next.state.items = previous.items;
    QMap<QString, PublishedItem> &published = next.state.items;

    QSet<QString> present;
    for (Kb::Item &item : items) {
        present.insert(item.id);
        const QByteArray hash = contentHash(item);
        const auto it = published.constFind(item.id);
        if (it != published.cend() && !it->deleted && it->sha256 == hash) {
            item.rev = it->rev;
            continue;
        }
        if (it != published.cend())
            item.rev = it->rev + 1;
        published.insert(item.id, {item.rev, hash, false});
        Op op;
        op.kind = Op::Kind::Upsert;
        op.id = item.id;
        op.rev = item.rev;
        op.item = item;
        next.batch.ops.append(op);
        ++next.upserts;
    }
    for (auto it = published.begin(); it != published.end(); ++it) {
        if (it->deleted || present.contains(it.key()))
            continue;
        it->deleted = true;
        it->rev += 1; // a tombstone outranks the last published revision
        Op op;
        op.kind = Op::Kind::Delete;
        op.id = it.key();
        op.rev = it->rev;
        op.when = header.published;
        next.batch.ops.append(op);
        ++next.deletes;
    }
    next.items = std::move(items);
    return next;
}

} // namespace Flexwonen::Publish
