// SPDX-License-Identifier: EUPL-1.2
// Issue 11 point 5: the decisions of an update cycle without files or network. The rows state
// the rules of docs/feed-protocol.md (§Client: policy, plan); tst_feedsync runs them end to end.
#include "feed/syncerror.h"
#include "sync/syncplan.h"
#include "sync/syncstate.h"
#include "testsupport.h"

#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Sync;
using Route = UpdatePlan::Route;

namespace {

using Test::str;

const QString FeedId = str("nl.flexwonen.kennisbank");

Feed::Head head(int epoch, qint64 seq, qint64 snapshotSeq = 1)
{
    Feed::Head h;
    h.feedId = FeedId;
    h.epoch = epoch;
    h.seq = seq;
    h.snapshot.seq = snapshotSeq;
    return h;
}

SyncState seenState(int epoch, qint64 maxSeen, bool rebuild = false)
{
    SyncState s;
    s.feedId = FeedId;
    s.epoch = epoch;
    s.maxSeenSeq = maxSeen;
    s.rebuild = rebuild;
    return s;
}

// The category thrown, or None.
Category policyCategory(const Feed::Head &h, const LocalMeta &local, const SyncState &state,
                        qint64 *seen = nullptr)
{
    try {
        const qint64 s = checkHeadPolicy(h, local, state);
        if (seen)
            *seen = s;
        return Category::None;
    } catch (const SyncError &e) {
        return e.category();
    }
}

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private slots:
    void policy_data()
    {
        QTest::addColumn<int>("headEpoch");
        QTest::addColumn<qint64>("headSeq");
        QTest::addColumn<QString>("headFeed");
        QTest::addColumn<int>("localEpoch");
        QTest::addColumn<qint64>("localSeq");
        QTest::addColumn<int>("stateEpoch");
        QTest::addColumn<qint64>("maxSeen");
        QTest::addColumn<bool>("rebuild");
        QTest::addColumn<int>("category"); // Category, as int for the table
        QTest::addColumn<qint64>("seen");
        const auto row = [](const char *name, int he, qint64 hs, const char *hf, int le, qint64 ls,
                            int se, qint64 ms, bool rb, Category c, qint64 seen) {
            QTest::newRow(name) << he << hs << str(hf) << le << ls << se << ms << rb << int(c)
                                << seen;
        };
        const char *feed = "nl.flexwonen.kennisbank";
        row("newer", 1, 5, feed, 1, 3, 1, 3, false, Category::None, 3);
        row("same-as-content", 1, 3, feed, 1, 3, 1, 3, false, Category::None, 3);
        row("older-than-content", 1, 2, feed, 1, 3, 0, 0, false, Category::Rollback, 0);
        row("older-than-seen", 1, 4, feed, 1, 3, 1, 5, false, Category::Rollback, 0);
        row("content-lost-seen-kept", 1, 2, feed, 1, 1, 1, 3, false, Category::Rollback, 0);
        row("content-lost-same-as-seen", 1, 3, feed, 1, 1, 1, 3, false, Category::None, 3);
        row("older-epoch-than-content", 1, 9, feed, 2, 1, 2, 1, false, Category::Rollback, 0);
        row("older-epoch-than-seen", 1, 9, feed, 1, 1, 2, 1, false, Category::Rollback, 0);
        row("newer-epoch-forgets-seen", 2, 1, feed, 1, 7, 1, 7, false, Category::None, 0);
        row("other-feed", 1, 5, "nl.elders.feed", 1, 3, 1, 3, false, Category::Mismatch, 0);
        // After a feed-key rotation the content's seq is no floor, the (lowered) seen seq is.
        row("rebuild-below-content", 1, 4, feed, 1, 9, 1, 3, true, Category::None, 3);
        row("rebuild-below-seq-floor", 1, 2, feed, 1, 9, 1, 3, true, Category::Rollback, 0);
    }

    void policy()
    {
        QFETCH(int, headEpoch);
        QFETCH(qint64, headSeq);
        QFETCH(QString, headFeed);
        QFETCH(int, localEpoch);
        QFETCH(qint64, localSeq);
        QFETCH(int, stateEpoch);
        QFETCH(qint64, maxSeen);
        QFETCH(bool, rebuild);
        QFETCH(int, category);
        QFETCH(qint64, seen);
        Feed::Head h = head(headEpoch, headSeq);
        h.feedId = headFeed;
        const LocalMeta local{FeedId, localEpoch, localSeq};
        SyncState state = seenState(stateEpoch, maxSeen, rebuild);
        if (stateEpoch == 0)
            state.feedId.clear(); // never synced
        qint64 gotSeen = -1;
        QCOMPARE(categoryName(policyCategory(h, local, state, &gotSeen)),
                 categoryName(Category(category)));
        if (Category(category) == Category::None)
            QCOMPARE(gotSeen, seen);
    }

    void freshness()
    {
        const QDateTime t0 = QDateTime::fromString(str("2026-11-28T09:00:00Z"), Qt::ISODate);
        const auto category = [&](const Feed::Head &h) {
            try {
                checkFreshness(h, t0);
                return Category::None;
            } catch (const SyncError &e) {
                return e.category();
            }
        };
        Feed::Head h = head(1, 2);
        h.generated = t0.addDays(-1);
        h.expires = t0.addDays(29);
        h.schema = 1;
        h.minClient = str("0.1.0");
        QCOMPARE(category(h), Category::None);
        Feed::Head expired = h;
        expired.expires = t0;
        QCOMPARE(category(expired), Category::Frozen);
        Feed::Head tooLong = h;
        tooLong.expires = h.generated.addDays(Feed::MaxHeadValidityDays + 1);
        QCOMPARE(category(tooLong), Category::Format);
        Feed::Head future = h;
        future.generated = t0.addSecs(24 * 3600 + 1);
        future.expires = future.generated.addDays(1);
        QCOMPARE(category(future), Category::Clock);
        Feed::Head newerApp = h;
        newerApp.minClient = str("99.0");
        QCOMPARE(category(newerApp), Category::AppTooOld);
        Feed::Head noVersion = h;
        noVersion.minClient = str("x");
        QCOMPARE(category(noVersion), Category::AppTooOld);
    }

    void plan_data()
    {
        QTest::addColumn<int>("headEpoch");
        QTest::addColumn<qint64>("headSeq");
        QTest::addColumn<qint64>("snapshotSeq");
        QTest::addColumn<int>("localEpoch");
        QTest::addColumn<qint64>("localSeq");
        QTest::addColumn<bool>("rebuild");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("route");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<bool>("asked"); // was the database checked?
        const auto row = [](const char *name, int he, qint64 hs, qint64 ss, int le, qint64 ls,
                            bool rb, bool usable, Route route, qint64 from, bool asked) {
            QTest::newRow(name) << he << hs << ss << le << ls << rb << usable << int(route) << from
                                << asked;
        };
        row("up-to-date", 1, 3, 1, 1, 3, false, true, Route::UpToDate, 3, false);
        row("up-to-date-needs-no-check", 1, 3, 1, 1, 3, false, false, Route::UpToDate, 3, false);
        row("batches", 1, 5, 1, 1, 3, false, true, Route::Batches, 3, true);
        row("batches-from-the-snapshot-seq", 1, 5, 3, 1, 3, false, true, Route::Batches, 3, true);
        row("damaged-database", 1, 5, 1, 1, 3, false, false, Route::Snapshot, 1, true);
        row("behind-the-snapshot", 1, 9, 5, 1, 3, false, true, Route::Snapshot, 5, true);
        row("new-epoch", 2, 1, 1, 1, 3, false, true, Route::Snapshot, 1, true);
        row("rebuild-at-the-same-seq", 1, 3, 2, 1, 3, true, true, Route::Snapshot, 2, true);
        row("rebuild-behind", 1, 5, 2, 1, 3, true, true, Route::Snapshot, 2, true);
    }

    void plan()
    {
        QFETCH(int, headEpoch);
        QFETCH(qint64, headSeq);
        QFETCH(qint64, snapshotSeq);
        QFETCH(int, localEpoch);
        QFETCH(qint64, localSeq);
        QFETCH(bool, rebuild);
        QFETCH(bool, usable);
        QFETCH(int, route);
        QFETCH(qint64, from);
        QFETCH(bool, asked);
        bool wasAsked = false;
        const UpdatePlan p = planUpdate(head(headEpoch, headSeq, snapshotSeq),
                                        {FeedId, localEpoch, localSeq}, rebuild, [&] {
                                            wasAsked = true;
                                            return usable;
                                        });
        QCOMPARE(int(p.route), route);
        QCOMPARE(p.from, from);
        QCOMPARE(wasAsked, asked);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
