// SPDX-License-Identifier: EUPL-1.2
#include "syncplan.h"

#include "feed/syncerror.h"
#include "syncstate.h"

#include "kb/schema.h"

#include <QVersionNumber>

namespace Flexwonen::Sync {

namespace {

[[noreturn]] void refuse(Category category, const QString &message)
{
    throw SyncError(category, message);
}

} // namespace

qint64 checkHeadPolicy(const Feed::Head &head, const LocalMeta &local, const SyncState &state)
{
    if (head.feedId != local.feedId)
        refuse(Category::Mismatch,
               QStringLiteral("de feed '%1' is niet de feed van deze kennisbank ('%2')")
                   .arg(head.feedId, local.feedId));
    if (head.epoch < local.epoch || (state.feedId == head.feedId && head.epoch < state.epoch))
        refuse(Category::Rollback,
               QStringLiteral("de feed is van een oudere generatie (epoch %1)").arg(head.epoch));
    const qint64 seen =
        (state.feedId == head.feedId && state.epoch == head.epoch) ? state.maxSeenSeq : 0;
    // After a feed-key rotation the stored content above seq_floor does not count.
    const qint64 floor = head.epoch == local.epoch && !state.rebuild ? qMax(seen, local.seq) : seen;
    if (head.seq < floor)
        refuse(Category::Rollback,
               QStringLiteral("de feed staat op volgnummer %1, deze computer heeft al %2 gezien "
                              "(teruggedraaide of verouderde spiegel)")
                   .arg(head.seq)
                   .arg(floor));
    return seen;
}

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

UpdatePlan planUpdate(const Feed::Head &head, const LocalMeta &local, bool rebuild,
                      const std::function<bool()> &databaseUsable)
{
    using Route = UpdatePlan::Route;
    if (!rebuild && head.epoch == local.epoch && head.seq == local.seq)
        return {Route::UpToDate, head.seq};
    const bool usable = databaseUsable();
    const bool batches = !rebuild && usable && head.epoch == local.epoch &&
                         head.snapshot.seq <= local.seq && local.seq < head.seq;
    if (batches)
        return {Route::Batches, local.seq};
    return {Route::Snapshot, head.snapshot.seq};
}

} // namespace Flexwonen::Sync
