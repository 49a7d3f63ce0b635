// SPDX-License-Identifier: EUPL-1.2
// Issue 11 point 5: the publisher's compute step is pure and golden-file tested. Each folder in
// tests/fixtures/publish/ holds the last published state (previous.json; none for a new feed)
// and the current items (items.json); the batch and the new state must equal
// expected-batch.json and expected-published.json. FLEXWONEN_UPDATE_GOLDEN=1 rewrites the
// expected files (review the diff before committing them).
#include "testsupport.h"

#include "publish/publishedstate.h"

#include "kb/itemjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Publish;

namespace {

using Test::str;

QString caseDir(const QString &name)
{
    return QStringLiteral(FLEXWONEN_FIXTURES "/publish/") + name;
}

QList<Kb::Item> readItems(const QString &path)
{
    QList<Kb::Item> items;
    const QJsonArray list = QJsonDocument::fromJson(Test::readFile(path)).array();
    for (const QJsonValue &v : list)
        items.append(Kb::itemFromJson(v.toObject()));
    return items;
}

QByteArray indented(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
}

Sync::Feed::Batch header(qint64 seq)
{
    // Fixed values: computeBatch copies them; the golden files must not move with the schema.
    return {str("nl.flexwonen.kennisbank"), 1, seq, 3, str("2026-11-28T09:00:00Z"), {}};
}

// Compares with the golden file, or rewrites it when asked to.
void compareGolden(const QString &path, const QByteArray &actual)
{
    if (qEnvironmentVariableIsSet("FLEXWONEN_UPDATE_GOLDEN")) {
        Test::writeFile(path, actual);
        qWarning("rewrote %s", qPrintable(path));
        return;
    }
    const QByteArray expected = Test::readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(path + str(" is missing")));
    if (actual != expected) {
        qWarning("%s differs; got:\n%s", qPrintable(path), actual.constData());
        QFAIL("output differs from the golden file");
    }
}

} // namespace

class TestPublishBatch : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        // 01: a new feed takes the sources' revs; 02: nothing changed (a heartbeat);
        // 03: a changed, a new (rev 2 in its source) and two vanished items (tombstones by id);
        // 04: a vanished item comes back unchanged (above its tombstone), another stays away,
        // a title changes.
        for (const char *name : {"01-new-feed", "02-heartbeat", "03-changes", "04-re-added"})
            QTest::newRow(name) << str(name);
    }

    void golden()
    {
        QFETCH(QString, name);
        const QString dir = caseDir(name);
        const std::optional<PublishedState> previous =
            PublishedState::fromJson(Test::readFile(dir + str("/previous.json")));
        const QList<Kb::Item> items = readItems(dir + str("/items.json"));
        QVERIFY(!items.isEmpty());
        const qint64 seq = previous ? previous->seq + 1 : 1;

        const NextBatch next =
            computeBatch(previous.value_or(PublishedState{}), items, header(seq));

        compareGolden(dir + str("/expected-batch.json"),
                      indented(Sync::Feed::batchToJson(next.batch)));
        compareGolden(dir + str("/expected-published.json"), next.state.toJson());

        // The parts agree with each other: counts, and every current item with its stored rev.
        QCOMPARE(next.upserts + next.deletes, int(next.batch.ops.size()));
        QCOMPARE(next.items.size(), items.size());
        for (const Kb::Item &item : next.items) {
            const PublishedItem stored = next.state.items.value(item.id);
            QCOMPARE(stored.rev, item.rev);
            QVERIFY(!stored.deleted);
            QCOMPARE(stored.sha256, contentHash(item));
        }
    }

    // The same input twice gives the same bytes (tombstones used to follow QHash order).
    void deterministic()
    {
        const QString dir = caseDir(str("03-changes"));
        const PublishedState previous =
            PublishedState::fromJson(Test::readFile(dir + str("/previous.json"))).value();
        const QList<Kb::Item> items = readItems(dir + str("/items.json"));
        const NextBatch a = computeBatch(previous, items, header(2));
        const NextBatch b = computeBatch(previous, items, header(2));
        QCOMPARE(Sync::Feed::batchToJson(a.batch), Sync::Feed::batchToJson(b.batch));
        QCOMPARE(a.state.toJson(), b.state.toJson());
    }

    void stateRoundTrip()
    {
        const QByteArray bytes =
            Test::readFile(caseDir(str("03-changes")) + str("/expected-published.json"));
        const std::optional<PublishedState> state = PublishedState::fromJson(bytes);
        QVERIFY(state);
        QCOMPARE(state->toJson(), bytes);
        QVERIFY(!PublishedState::fromJson({}));
        QVERIFY(!PublishedState::fromJson("{}"));
        QVERIFY(!PublishedState::fromJson("not json"));
    }
};

QTEST_GUILESS_MAIN(TestPublishBatch)
#include "tst_publishbatch.moc"
