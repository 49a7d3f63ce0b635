// SPDX-License-Identifier: EUPL-1.2
// The whole feed, end to end, on the real binary: publish, verify-feed, sync from a folder and
// from nginx, and every row of the threat table as a named bad input. After every refusal the
// content database is byte-identical.
#include "feedworld.h"
#include "testservers.h"
#include "testsupport.h"

#include "kb/database.h"
#include "kb/knowledgebase.h"
#include "kb/schema.h"
#include "personal/personaljson.h"
#include "personal/personalstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Flexwonen;
using Test::FeedWorld;
using Test::Run;

namespace {

using Mutator = std::function<void(const FeedWorld &, const QString &tree)>;

using Test::str;

void flipByte(const QString &path, qsizetype at)
{
    QByteArray bytes = Test::readFile(path);
    bytes[at] = char(bytes[at] ^ 0x01);
    Test::writeFile(path, bytes);
}

// Replaces batch seq in the tree by new bytes and re-signs the head so that it lists them.
void replaceBatch(const FeedWorld &w, const QString &tree, qint64 seq, const QByteArray &bytes)
{
    const QString oldPath = FeedWorld::batchPath(tree, seq);
    QFile::remove(oldPath);
    const QByteArray sha = Test::sha256Hex(bytes);
    const QString rel = QStringLiteral("batches/%1-%2.json").arg(seq).arg(QString::fromLatin1(sha));
    Test::writeFile(tree + QLatin1Char('/') + rel, bytes);
    w.resignHead(tree, [&](QJsonObject &head) {
        QJsonArray batches = head.value(QLatin1String("batches")).toArray();
        for (qsizetype i = 0; i < batches.size(); ++i) {
            QJsonObject b = batches[i].toObject();
            if (b.value(QLatin1String("seq")).toInteger() == seq) {
                b.insert(str("path"), rel);
                b.insert(str("sha256"), QString::fromLatin1(sha));
                b.insert(str("size"), bytes.size());
                batches[i] = b;
            }
        }
        head.insert(str("batches"), batches);
    });
}

QJsonObject batchJson(const QString &tree, qint64 seq)
{
    return QJsonDocument::fromJson(Test::readFile(FeedWorld::batchPath(tree, seq))).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Batch 3 with its first op changed by edit, its new hash in a re-signed head.
void editFirstOp(const FeedWorld &w, const QString &tree,
                 const std::function<void(QJsonObject &op)> &edit)
{
    QJsonObject b = batchJson(tree, 3);
    QJsonArray ops = b.value(QLatin1String("ops")).toArray();
    QJsonObject op = ops[0].toObject();
    edit(op);
    ops[0] = op;
    b.insert(str("ops"), ops);
    replaceBatch(w, tree, 3, compact(b));
}

// Signs arbitrary head bytes with the feed key through the stock tool.
void signRawHead(const FeedWorld &w, const QString &tree, qint64 seq, const QByteArray &bytes,
                 const QString &comment)
{
    const QString name = tree + QStringLiteral("/heads/%1.json").arg(seq);
    Test::writeFile(name, bytes);
    Test::writeFile(tree + QStringLiteral("/head.json"), bytes);
    QFile::remove(name + QStringLiteral(".minisig"));
    Test::runProgram(str("minisign"),
                     {str("-S"), str("-s"), w.secretKey, str("-m"), name, str("-t"), comment});
}

} // namespace

class TestFeedSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FeedWorld> m_world;
    QString m_tree2;    // the feed as it was at seq 2
    QString m_snapTree; // the feed after a re-snapshot at seq 4
    QString m_attackerKey;
    int m_profiles = 0;

    FeedWorld &w() { return *m_world; }

    // A fresh profile seeded from the bundled base (seq 1).
    QString freshProfile()
    {
        const QString p = w().profile(QStringLiteral("p%1").arg(++m_profiles));
        const Run r = w().flexwonen({str("--profile"), p, str("info")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return p;
    }

    void expectRefusal(const Run &r, int exitCode, const QString &category)
    {
        QVERIFY2(r.exitCode == exitCode, (r.err + r.out).constData());
        QCOMPARE(r.json().value(QLatin1String("category")).toString(), category);
        QVERIFY2(r.err.startsWith("flexwonen: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(r.err.contains(category.toUtf8()));
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<FeedWorld>(m_dir.path());
        Run r = w().publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        w().editItems(1, 3, str("Gewijzigd"));
        r = w().publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_tree2 = w().copyFeed(str("tree-2"));
        w().editItems(4, 2, str("Opnieuw"));
        w().removeItem(str("item-00020"));
        w().writeItem(w().makeItem(21));
        r = w().publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("volgnummer 3"));

        m_snapTree = w().copyFeed(str("snapshot-4"));
        r = w().flexwonen({str("publish"), str("--source"), w().source, str("--out"), m_snapTree,
                           str("--key"), w().secretKey, str("--snapshot")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString attackerPub = m_dir.filePath(str("attacker.pub"));
        m_attackerKey = m_dir.filePath(str("attacker.key"));
        QCOMPARE(Test::runProgram(str("minisign"), {str("-G"), str("-W"), str("-p"), attackerPub,
                                                    str("-s"), m_attackerKey})
                     .exitCode,
                 0);
    }

    void stockMinisignVerifiesPublishedHeads()
    {
        for (int seq = 1; seq <= 3; ++seq) {
            const QString head = w().feed + QStringLiteral("/heads/%1.json").arg(seq);
            const Run r = Test::runProgram(str("minisign"),
                                           {str("-V"), str("-p"), w().publicKey, str("-m"), head});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void verifyFeedAcceptsTheTree()
    {
        const Run r = w().flexwonen(
            {str("verify-feed"), w().feed, str("--trust"), w().publicKey, str("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("seq")).toInteger(), 3);
        QCOMPARE(r.json().value(QLatin1String("batches")).toInt(), 2);
    }

    void verifyFeedRefusesAnUntrustedKey()
    {
        const Run r = w().flexwonen(
            {str("verify-feed"), w().feed, str("--trust"), m_dir.filePath(str("attacker.pub"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("SIGNATURE"));
    }

    void syncAppliesBatchesAndKeepsUserData()
    {
        const QString p = freshProfile();
        // Personal data that must survive: a bookmark and a note in user.sqlite, with the titles
        // the items had when the user kept them.
        {
            Personal::PersonalStore user(p + str("/user.sqlite"));
            user.addBookmark(str("item-00001"), str("Onderwerp 1"));
            user.setNote(str("item-00020"), str("Onderwerp 20"), str("mijn notitie"));
        }
        const QByteArray userBefore = Test::readFile(p + str("/user.sqlite"));
        const Run r = w().sync(p, w().feed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QLatin1String("status")).toString(), str("updated"));
        QCOMPARE(j.value(QLatin1String("seq_before")).toInteger(), 1);
        QCOMPARE(j.value(QLatin1String("seq_after")).toInteger(), 3);
        // Issue 11: the change kinds are an enum inside; scripts see the same strings.
        const auto change = [](const char *id, const char *kind, const char *title, int seq) {
            return QJsonObject{{str("id"), str(id)},
                               {str("change"), str(kind)},
                               {str("type"), str("faq")},
                               {str("title"), str(title)},
                               {str("seq"), seq}};
        };
        QCOMPARE(j.value(QLatin1String("changes")).toArray(),
                 QJsonArray({change("item-00001", "changed", "Gewijzigd 1", 2),
                             change("item-00002", "changed", "Gewijzigd 2", 2),
                             change("item-00003", "changed", "Gewijzigd 3", 2),
                             change("item-00004", "changed", "Opnieuw 4", 3),
                             change("item-00005", "changed", "Opnieuw 5", 3),
                             change("item-00021", "new", "Onderwerp 21", 3),
                             change("item-00020", "removed", "Onderwerp 20", 3)}));
        QCOMPARE(w().contentSeq(p), 3);
        QCOMPARE(Test::readFile(p + str("/user.sqlite")), userBefore);
        const Run show =
            w().flexwonen({str("--profile"), p, str("show"), str("item-00004"), str("--json")});
        QVERIFY(show.out.contains("Opnieuw 4"));
        QCOMPARE(w().flexwonen({str("--profile"), p, str("show"), str("item-00020")}).exitCode, 1);
        QCOMPARE(w().flexwonen({str("--profile"), p, str("info"), str("--json")})
                     .json()
                     .value(QLatin1String("source"))
                     .toString(),
                 str("sync"));
        // Issue 16.6: after the update the bookmark carries the item's new title; the note on
        // the removed item is still there, by its last title (what the window marks verwijderd).
        const QString exported = m_dir.filePath(str("persoonlijk.json"));
        const Run personal = w().flexwonen({str("--profile"), p, str("personal-export"), exported});
        QVERIFY2(personal.exitCode == 0, personal.err.constData());
        const Personal::PersonalData data = Personal::readPersonalFile(exported);
        QCOMPARE(data.bookmarks.size(), 1);
        QCOMPARE(data.bookmarks.first().title, str("Gewijzigd 1"));
        QCOMPARE(data.notes.size(), 1);
        QCOMPARE(data.notes.first().itemId, str("item-00020"));
        QCOMPARE(data.notes.first().title, str("Onderwerp 20"));
        QCOMPARE(data.notes.first().text, str("mijn notitie"));

        // Threat 4: the same head again is a no-op without a write.
        const QByteArray before = w().contentBytes(p);
        const Run again = w().sync(p, QUrl::fromLocalFile(w().feed).toString());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QLatin1String("status")).toString(), str("up-to-date"));
        QCOMPARE(w().contentBytes(p), before);
    }

    void headSignedByStockMinisignIsAccepted()
    {
        const QString tree = w().copyFeed(str("stock-signed"));
        w().resignHead(tree, [](QJsonObject &) {});
        const Run r = w().sync(freshProfile(), tree);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("seq_after")).toInteger(), 3);
    }

    void snapshotPathSwitchesAtomically()
    {
        const QString p = freshProfile();
        const QString oldPath = w().contentPath(p);
        const Run r = w().sync(p, m_snapTree);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().contentSeq(p), 4);
        QCOMPARE(r.json().value(QLatin1String("changes")).toArray(),
                 QJsonArray({QJsonObject{{str("id"), str("")},
                                         {str("change"), str("snapshot")},
                                         {str("type"), str("")},
                                         {str("title"), str("Volledige kennisbank vernieuwd")},
                                         {str("seq"), 4}}}));
        QVERIFY(w().contentPath(p) != oldPath);
        QVERIFY(QFileInfo(w().contentPath(p)).fileName().startsWith(str("kb-1-4-")));
        QVERIFY(QDir(p + str("/content")).entryList({str("*.tmp")}).isEmpty());
        const Run info = w().flexwonen({str("--profile"), p, str("info"), str("--json")});
        QCOMPARE(
            info.json().value(QLatin1String("kb")).toObject().value(QLatin1String("seq")).toInt(),
            4);
    }

    // A feed published by an older app (schema 3: no item_type_date index) still installs, and
    // the installed base has this app's schema: it opens, and its schema is exactly ours.
    void snapshotOfAnOlderSchemaIsMigrated_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("schema-3") << QString() << true;
        // Signed, but with a trigger of its own that our batch writes would run: refused.
        QTest::newRow("schema-3-with-trigger")
            << str("CREATE TRIGGER own AFTER UPDATE ON item BEGIN DELETE FROM item; END") << false;
    }

    void snapshotOfAnOlderSchemaIsMigrated()
    {
        QFETCH(QString, extra);
        QFETCH(bool, accepted);
        const QString tree =
            w().root + str("/trees/older-schema-") + QString::fromLatin1(QTest::currentDataTag());
        Test::copyTree(m_snapTree, tree);
        const QString dir = tree + str("/snapshots/");
        const QStringList names = QDir(dir).entryList({str("4-*")});
        QCOMPARE(names.size(), 1);
        const QString raw = w().root + str("/older-") +
                            QString::fromLatin1(QTest::currentDataTag()) + str(".sqlite");
        QFile::remove(raw);
        QVERIFY(QFile::copy(dir + names[0], raw + str(".gz")));
        QCOMPARE(Test::runProgram(str("gunzip"), {raw + str(".gz")}).exitCode, 0);
        {
            Kb::Connection c(raw, Kb::Connection::Mode::ReadWrite);
            c.exec(str("DROP INDEX item_type_date"));
            c.exec(str("ALTER TABLE item_source DROP COLUMN accessed")); // schema 5
            c.exec(str("ALTER TABLE figure DROP COLUMN source_accessed"));
            c.exec(str("PRAGMA user_version = 3"));
            if (!extra.isEmpty())
                c.exec(extra);
            c.exec(str("PRAGMA journal_mode = DELETE"));
        }
        const QByteArray rawBytes = Test::readFile(raw);
        QCOMPARE(Test::runProgram(str("gzip"), {str("-9n"), raw}).exitCode, 0);
        const QByteArray gz = Test::readFile(raw + str(".gz"));
        const QByteArray sha = Test::sha256Hex(gz);
        const QString rel = str("snapshots/4-") + QString::fromLatin1(sha) + str(".sqlite.gz");
        QFile::remove(dir + names[0]);
        Test::writeFile(tree + QLatin1Char('/') + rel, gz);
        w().resignHead(tree, [&](QJsonObject &h) {
            QJsonObject s = h.value(QLatin1String("snapshot")).toObject();
            s.insert(str("path"), rel);
            s.insert(str("sha256"), QString::fromLatin1(sha));
            s.insert(str("size"), gz.size());
            s.insert(str("raw_size"), rawBytes.size());
            s.insert(str("raw_sha256"), QString::fromLatin1(Test::sha256Hex(rawBytes)));
            s.insert(str("schema"), 3);
            h.insert(str("snapshot"), s);
            h.insert(str("schema"), 3);
        });
        const QString p = freshProfile();
        const QByteArray before = w().contentBytes(p);
        const Run r = w().sync(p, tree);
        if (!accepted) {
            expectRefusal(r, 2, str("SNAPSHOT"));
            QCOMPARE(w().contentBytes(p), before);
            return;
        }
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QCOMPARE(w().contentSeq(p), 4);
        Kb::Connection installed(w().contentPath(p), Kb::Connection::Mode::ReadOnly);
        QCOMPARE(installed.userVersion(), Kb::Schema::ContentVersion);
        QCOMPARE(installed
                     .scalar(str("SELECT count(*) FROM sqlite_master WHERE name = "
                                 "'item_type_date'"))
                     .toInt(),
                 1);
        const Run info = w().flexwonen({str("--kb"), w().contentPath(p), str("info")});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        // The older snapshot had no dates: its sources are there, undated.
        Kb::KnowledgeBase kb(w().contentPath(p), Kb::KnowledgeBase::Access::ReadOnlyFile);
        const Kb::Item item = kb.item(str("item-00001")).value();
        QCOMPARE(item.sources.size(), 1);
        QVERIFY(!item.sources[0].accessed.isValid());
    }

    // Issue 17.4, decision 108: a feed published before 'accessed' existed has items whose
    // sources carry no date. Such a batch, signed with the feed key, verifies and applies; its
    // sources are kept without a date, and the dated items of the other batch keep theirs.
    void batchWithoutAccessedApplies()
    {
        const QString tree = w().copyFeed(str("no-accessed"));
        QJsonObject b = batchJson(tree, 3);
        QJsonArray ops = b.value(QLatin1String("ops")).toArray();
        QStringList stripped;
        for (qsizetype i = 0; i < ops.size(); ++i) {
            QJsonObject op = ops[i].toObject();
            QJsonArray sources = op.value(QLatin1String("sources")).toArray();
            if (sources.isEmpty())
                continue;
            for (qsizetype j = 0; j < sources.size(); ++j) {
                QJsonObject source = sources[j].toObject();
                QVERIFY(source.contains(QLatin1String("accessed"))); // as published today
                source.remove(QLatin1String("accessed"));
                sources[j] = source;
            }
            op.insert(str("sources"), sources);
            ops[i] = op;
            stripped.append(op.value(QLatin1String("id")).toString());
        }
        QVERIFY(!stripped.isEmpty());
        b.insert(str("ops"), ops);
        replaceBatch(w(), tree, 3, compact(b));
        QVERIFY(!Test::readFile(FeedWorld::batchPath(tree, 3)).contains("accessed"));

        const Run v = w().flexwonen({str("verify-feed"), tree, str("--trust"), w().publicKey});
        QVERIFY2(v.exitCode == 0, (v.err + v.out).constData());
        const QString p = freshProfile();
        const Run r = w().sync(p, tree);
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QCOMPARE(w().contentSeq(p), 3);
        Kb::KnowledgeBase kb(w().contentPath(p), Kb::KnowledgeBase::Access::ReadOnlyFile);
        for (const QString &id : stripped) {
            const Kb::Item item = kb.item(id).value();
            QVERIFY2(!item.sources.isEmpty(), qPrintable(id));
            for (const Kb::Source &s : item.sources) {
                QVERIFY2(!s.title.isEmpty(), qPrintable(id));
                QVERIFY2(!s.accessed.isValid(), qPrintable(id));
            }
        }
        const Kb::Item dated = kb.item(str("item-00001")).value(); // batch 2, as published
        QCOMPARE(dated.sources.value(0).accessed, Test::sampleItem({}, {}, {}).sources[0].accessed);
        QVERIFY(dated.sources.value(0).accessed.isValid());
    }

    // The threat table: a named bad input each, refused, the database byte-identical.
    void threats_data()
    {
        QTest::addColumn<Mutator>("mutate");
        QTest::addColumn<bool>("snapshotTree");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("category");

        const auto row = [](const char *name, Mutator m, int code, const char *category,
                            bool snapshot = false) {
            QTest::newRow(name) << m << snapshot << code << str(category);
        };
        // 1
        row(
            "head-unsigned",
            [](const FeedWorld &, const QString &t) {
                QFile::remove(t + str("/heads/3.json.minisig"));
            },
            2, "SIGNATURE");
        const QString attacker = m_attackerKey;
        row(
            "head-signed-by-attacker-key.minisig",
            [attacker](const FeedWorld &, const QString &t) {
                const QString name = t + str("/heads/3.json");
                // The right trusted comment, signed by a key the client does not trust.
                const QString tc = QString::fromUtf8(
                    Test::readFile(name + str(".minisig")).split('\n').value(2).mid(17));
                QFile::remove(name + str(".minisig"));
                Test::runProgram(str("minisign"),
                                 {str("-S"), str("-s"), attacker, str("-m"), name, str("-t"), tc});
            },
            2, "SIGNATURE");
        // 2, 7
        row(
            "batch-3-bitflip.json",
            [](const FeedWorld &, const QString &t) { flipByte(FeedWorld::batchPath(t, 3), 100); },
            2, "HASH");
        row(
            "batch-3-from-staging-feed.json",
            [](const FeedWorld &, const QString &t) {
                Test::writeFile(FeedWorld::batchPath(t, 3),
                                Test::readFile(FeedWorld::batchPath(t, 2)));
            },
            2, "HASH");
        row(
            "batch-3-with-seq-4-inside",
            [](const FeedWorld &w, const QString &t) {
                QJsonObject b = batchJson(t, 3);
                b.insert(str("seq"), 4);
                replaceBatch(w, t, 3, compact(b));
            },
            2, "MISMATCH");
        row(
            "batch-3-from-other-feed-id",
            [](const FeedWorld &w, const QString &t) {
                QJsonObject b = batchJson(t, 3);
                b.insert(str("feed_id"), str("nl.example.staging"));
                replaceBatch(w, t, 3, compact(b));
            },
            2, "MISMATCH");
        // 8, 9, 10 (parser details are in tst_minisign)
        row(
            "head.minisig-tc-seq-edited",
            [](const FeedWorld &, const QString &t) {
                const QString sig = t + str("/heads/3.json.minisig");
                QByteArray bytes = Test::readFile(sig);
                bytes.replace("seq=3", "seq=4");
                Test::writeFile(sig, bytes);
            },
            2, "SIGNATURE");
        row(
            "head.minisig-legacy-Ed",
            [](const FeedWorld &w, const QString &t) {
                const QString name = t + str("/heads/3.json");
                const QString tc = QString::fromUtf8(
                    Test::readFile(name + str(".minisig")).split('\n').value(2).mid(17));
                QFile::remove(name + str(".minisig"));
                Test::runProgram(str("minisign"), {str("-S"), str("-l"), str("-s"), w.secretKey,
                                                   str("-m"), name, str("-t"), tc});
            },
            2, "SIGNATURE");
        row(
            "minisig-5-lines",
            [](const FeedWorld &, const QString &t) {
                const QString sig = t + str("/heads/3.json.minisig");
                Test::writeFile(sig, Test::readFile(sig) + "nog een regel\n");
            },
            2, "SIGNATURE");
        row(
            "minisig-8MiB-comment",
            [](const FeedWorld &, const QString &t) {
                const QString sig = t + str("/heads/3.json.minisig");
                QByteArray bytes = Test::readFile(sig);
                bytes.replace("untrusted comment: ",
                              "untrusted comment: " + QByteArray(8 << 20, 'x'));
                Test::writeFile(sig, bytes);
            },
            2, "SIZE");
        // 3 (with a fresh client: the signed seq is below the bundled seq? no: see rollback())
        // 5
        row(
            "head-expired-2024-01-01",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    h.insert(str("generated"), str("2023-12-01T00:00:00Z"));
                    h.insert(str("expires"), str("2024-01-01T00:00:00Z"));
                });
            },
            2, "FROZEN");
        // 5: an expires far away would switch freeze protection off
        row(
            "head-expires-9999-12-31",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    h.insert(str("expires"), str("9999-12-31T23:59:59Z"));
                });
            },
            2, "FORMAT");
        // 11
        row(
            "batch-3-one-byte-longer-than-signed",
            [](const FeedWorld &, const QString &t) {
                const QString path = FeedWorld::batchPath(t, 3);
                Test::writeFile(path, Test::readFile(path) + ' ');
            },
            2, "SIZE");
        // 13
        row(
            "head-listing-2-then-4",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    QJsonArray b = h.value(QLatin1String("batches")).toArray();
                    QJsonObject second = b[1].toObject();
                    second.insert(str("seq"), 4);
                    b[1] = second;
                    h.insert(str("batches"), b);
                });
            },
            2, "FORMAT");
        // 14, 22
        row(
            "snapshot-truncated-50pct.sqlite.gz",
            [](const FeedWorld &, const QString &t) {
                const QString dir = t + str("/snapshots/");
                for (const QString &name : QDir(dir).entryList({str("4-*")})) {
                    const QByteArray bytes = Test::readFile(dir + name);
                    Test::writeFile(dir + name, bytes.left(bytes.size() / 2));
                }
            },
            2, "HASH", true);
        row(
            "snapshot-bomb.sqlite.gz",
            [](const FeedWorld &w, const QString &t) {
                // 64 MiB of zeros, compressed; the signed raw_size says 1 MiB.
                const QString raw = t + str("/zeros");
                {
                    QFile f(raw);
                    f.open(QIODevice::WriteOnly);
                    const QByteArray mb(1 << 20, '\0');
                    for (int i = 0; i < 64; ++i)
                        f.write(mb);
                }
                Test::runProgram(str("gzip"), {str("-9"), raw});
                const QByteArray gz = Test::readFile(raw + str(".gz"));
                QFile::remove(raw + str(".gz"));
                const QByteArray sha = Test::sha256Hex(gz);
                const QString rel =
                    str("snapshots/4-") + QString::fromLatin1(sha) + str(".sqlite.gz");
                Test::writeFile(t + QLatin1Char('/') + rel, gz);
                w.resignHead(t, [&](QJsonObject &h) {
                    QJsonObject s = h.value(QLatin1String("snapshot")).toObject();
                    s.insert(str("path"), rel);
                    s.insert(str("sha256"), QString::fromLatin1(sha));
                    s.insert(str("size"), gz.size());
                    s.insert(str("raw_size"), 1 << 20);
                    h.insert(str("snapshot"), s);
                });
            },
            2, "SIZE", true);
        row(
            "snapshot-raw-sha256-wrong",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    QJsonObject s = h.value(QLatin1String("snapshot")).toObject();
                    s.insert(str("raw_sha256"), QString(64, QLatin1Char('0')));
                    h.insert(str("snapshot"), s);
                });
            },
            2, "HASH", true);
        // 15
        row(
            "head.json-is-wifi-login.html",
            [](const FeedWorld &, const QString &t) {
                Test::writeFile(t + str("/head.json"),
                                "<!DOCTYPE html><html><body>Log in bij Hotel WiFi</body></html>");
            },
            2, "SIGNATURE");
        // 21
        row(
            "head-path-traversal",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    QJsonArray b = h.value(QLatin1String("batches")).toArray();
                    QJsonObject first = b[0].toObject();
                    first.insert(str("path"), str("batches/../../etc/passwd"));
                    b[0] = first;
                    h.insert(str("batches"), b);
                });
            },
            2, "FORMAT");
        row(
            "head-path-absolute-url",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    QJsonArray b = h.value(QLatin1String("batches")).toArray();
                    QJsonObject first = b[0].toObject();
                    first.insert(str("path"), str("https://evil.example/x.json"));
                    b[0] = first;
                    h.insert(str("batches"), b);
                });
            },
            2, "FORMAT");
        row(
            "head-path-blobs-traversal",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    QJsonArray b = h.value(QLatin1String("batches")).toArray();
                    QJsonObject first = b[0].toObject();
                    first.insert(str("path"), str("blobs/../../etc/passwd"));
                    b[0] = first;
                    h.insert(str("batches"), b);
                });
            },
            2, "FORMAT");
        row(
            "head-snapshot-path-https-evil-x",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    QJsonObject s = h.value(QLatin1String("snapshot")).toObject();
                    s.insert(str("path"), str("https://evil/x"));
                    h.insert(str("snapshot"), s);
                });
            },
            2, "FORMAT", true);
        // 23
        row(
            "head-depth-100000.json",
            [](const FeedWorld &w, const QString &t) {
                const QByteArray deep = "{\"seq\": 3, \"x\": " + QByteArray(100000, '[') +
                                        QByteArray(100000, ']') + "}";
                signRawHead(w, t, 3, deep, str("kb-feed-head/1"));
            },
            2, "FORMAT");
        row(
            "batch-3-title-10MB",
            [](const FeedWorld &w, const QString &t) {
                editFirstOp(w, t, [](QJsonObject &op) {
                    op.insert(str("title"), QString(10 << 20, QLatin1Char('x')));
                });
            },
            2, "FORMAT");
        // Issue 11: an item type is one of the names of data/FORMAT.md, exactly.
        row(
            "batch-3-unknown-type",
            [](const FeedWorld &w, const QString &t) {
                editFirstOp(w, t, [](QJsonObject &op) { op.insert(str("type"), str("faqs")); });
            },
            2, "FORMAT");
        row(
            "batch-3-duplicate-id",
            [](const FeedWorld &w, const QString &t) {
                QJsonObject b = batchJson(t, 3);
                QJsonArray ops = b.value(QLatin1String("ops")).toArray();
                ops.append(ops[0]);
                b.insert(str("ops"), ops);
                replaceBatch(w, t, 3, compact(b));
            },
            2, "FORMAT");
        // 25
        row(
            "head-schema-99",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) { h.insert(str("schema"), 99); });
            },
            2, "APP_TOO_OLD");
        row(
            "head-min-client-99.0",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) { h.insert(str("min_client"), str("99.0")); });
            },
            2, "APP_TOO_OLD");
        // 26
        row(
            "head-generated-2099",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    h.insert(str("generated"), str("2099-01-01T00:00:00Z"));
                    h.insert(str("expires"), str("2099-02-01T00:00:00Z"));
                });
            },
            2, "CLOCK");
        row(
            "head-of-another-feed",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(t, [](QJsonObject &h) {
                    h.insert(str("feed_id"), str("nl.example.andere-feed"));
                });
            },
            2, "MISMATCH");
        row(
            "head-unknown-format-2",
            [](const FeedWorld &w, const QString &t) {
                w.resignHead(
                    t, [](QJsonObject &h) { h.insert(str("format"), str("kb-feed-head/2")); });
            },
            2, "FORMAT");
    }

    void threats()
    {
        QFETCH(Mutator, mutate);
        QFETCH(bool, snapshotTree);
        QFETCH(int, exitCode);
        QFETCH(QString, category);
        const QString tree = w().root + str("/trees/bad-") + str(QTest::currentDataTag());
        Test::copyTree(snapshotTree ? m_snapTree : w().feed, tree);
        mutate(w(), tree);
        const QString p = freshProfile();
        const QByteArray before = w().contentBytes(p);
        QVERIFY(!before.isEmpty());
        const Run r = w().sync(p, tree);
        expectRefusal(r, exitCode, category);
        QCOMPARE(w().contentBytes(p), before);
        QCOMPARE(w().contentSeq(p), 1);
        // verify-feed refuses the same tree without a profile's help.
        const Run v = w().flexwonen({str("verify-feed"), tree, str("--trust"), w().publicKey});
        QCOMPARE(v.exitCode, 2);
    }

    // Threat 3: a validly signed older head, also after the newer one was only seen.
    void rollback()
    {
        const QString p = freshProfile();
        QCOMPARE(w().sync(p, w().feed).exitCode, 0);
        const QByteArray before = w().contentBytes(p);
        const Run r = w().sync(p, m_tree2);
        expectRefusal(r, 2, str("ROLLBACK"));
        QCOMPARE(w().contentBytes(p), before);

        // Seq 3 seen, then the content database is lost (reseeded from the bundled base at
        // seq 1) and seq 2 is offered: still a rollback, by the stored highest seq seen.
        const QString q = freshProfile();
        QCOMPARE(w().sync(q, w().feed).exitCode, 0);
        QVERIFY(QDir(q + str("/content")).removeRecursively());
        QCOMPARE(w().flexwonen({str("--profile"), q, str("info")}).exitCode, 0);
        QCOMPARE(w().contentSeq(q), 1);
        const QByteArray seeded = w().contentBytes(q);
        expectRefusal(w().sync(q, m_tree2), 2, str("ROLLBACK"));
        QCOMPARE(w().contentBytes(q), seeded);
    }

    static qint64 maxSeenSeq(const QString &profile)
    {
        return QJsonDocument::fromJson(Test::readFile(profile + str("/sync/state.json")))
            .object()
            .value(QLatin1String("max_seen_seq"))
            .toInteger();
    }

    // Issue 10: only a verified and accepted head moves the highest seq seen. A signed head at
    // seq 10^9 whose snapshot does not match its hash is refused; the real feed still updates.
    void refusedHeadDoesNotRaiseTheSeenSeq()
    {
        const QString tree = w().copyFeed(str("seq-1e9"));
        w().resignHead(tree, [](QJsonObject &h) {
            QJsonObject s = h.value(QLatin1String("snapshot")).toObject();
            s.insert(str("seq"), 1000000000);
            s.insert(str("sha256"), QString(64, QLatin1Char('0')));
            h.insert(str("snapshot"), s);
            h.insert(str("seq"), 1000000000);
            h.insert(str("batches"), QJsonArray());
        });
        const QString p = freshProfile();
        const QByteArray before = w().contentBytes(p);
        expectRefusal(w().sync(p, tree), 2, str("HASH"));
        QCOMPARE(w().contentBytes(p), before);
        QVERIFY(maxSeenSeq(p) < 1000000000);
        const Run r = w().sync(p, w().feed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().contentSeq(p), 3);
        QCOMPARE(maxSeenSeq(p), 3);
    }

    // Issue 10: sync/cache/ and sync/partial/ keep only what a later run still needs.
    void workFilesArePrunedAfterApplying()
    {
        const auto leftovers = [](const QString &p) {
            const auto filter =
                QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
            return QDir(p + str("/sync/cache")).entryList(filter) +
                   QDir(p + str("/sync/partial")).entryList(filter);
        };
        const QString p = freshProfile();
        // A partial download of a file that no head lists any more.
        QDir().mkpath(p + str("/sync/partial"));
        Test::writeFile(p + str("/sync/partial/") + QString(64, QLatin1Char('a')) + str(".part"),
                        "half");
        QCOMPARE(w().sync(p, m_tree2).exitCode, 0);
        QCOMPARE(leftovers(p), QStringList());
        QCOMPARE(w().sync(p, w().feed).exitCode, 0);
        QCOMPARE(leftovers(p), QStringList());
        QCOMPARE(w().sync(p, m_snapTree).exitCode, 0); // the snapshot path
        QCOMPARE(w().contentSeq(p), 4);
        QCOMPARE(leftovers(p), QStringList());

        // Up to a gap: the applied batch goes too.
        const QString tree = w().copyFeed(str("prune-gap"));
        QFile::remove(FeedWorld::batchPath(tree, 3));
        const QString q = freshProfile();
        QCOMPARE(w().sync(q, tree).exitCode, 3);
        QCOMPARE(w().contentSeq(q), 2);
        QCOMPARE(leftovers(q), QStringList());
    }

    // Removed and replaced documents are dead search entries until a rebuild: after the
    // batches the sync rebuilds the index when they exceed 10 % of the documents.
    void searchIndexIsCompactedAfterManyChanges()
    {
        const auto count = [this](const QString &p, const char *table) {
            Kb::Connection c(w().contentPath(p), Kb::Connection::Mode::ReadOnly);
            return c.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(str(table))).toInt();
        };
        const auto finds = [this](const QString &p, const char *query, const char *id) {
            const Run r = w().flexwonen({str("--profile"), p, str("search"), str(query)});
            return r.exitCode == 0 && r.out.contains(id);
        };
        // Seq 2 replaces 3 of 20 items (15 %): rebuilt.
        const QString p = freshProfile();
        QCOMPARE(w().sync(p, m_tree2).exitCode, 0);
        QCOMPARE(count(p, "search_dead"), 0);
        QCOMPARE(count(p, "search_doc"), 20);
        QVERIFY(finds(p, "Gewijzigd", "item-00002"));

        QCOMPARE(w().sync(p, w().feed).exitCode, 0); // seq 3: 4 dead of 20, rebuilt
        QCOMPARE(count(p, "search_dead"), 0);
        // One more replaced item (5 %) stays a dead entry; search is right either way.
        const QString tree = w().copyFeed(str("search-one-change"));
        w().writeItem(w().makeItem(7, str("Zoekproef")));
        const Run published = w().flexwonen({str("publish"), str("--source"), w().source,
                                             str("--out"), tree, str("--key"), w().secretKey});
        w().writeItem(w().makeItem(7));
        QVERIFY2(published.exitCode == 0, published.err.constData());
        QCOMPARE(w().sync(p, tree).exitCode, 0);
        QCOMPARE(w().contentSeq(p), 4);
        QCOMPARE(count(p, "search_dead"), 1);
        QVERIFY(finds(p, "Zoekproef", "item-00007"));
        QVERIFY(!finds(p, "Gewijzigd", "item-00020"));
    }

    // Threat 13: batch 3 missing (404): commit up to 2, exit 3, retry later completes.
    void missingBatchCommitsUpToTheGap()
    {
        const QString tree = w().copyFeed(str("gap"));
        const QString batch3 = FeedWorld::batchPath(tree, 3);
        const QByteArray saved = Test::readFile(batch3);
        QFile::remove(batch3);
        const QString p = freshProfile();
        const Run r = w().sync(p, tree);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(QLatin1String("category")).toString(), str("NETWORK"));
        QCOMPARE(w().contentSeq(p), 2);
        // What was committed before the gap is reported with the failure.
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), str("failed"));
        QCOMPARE(r.json().value(QLatin1String("seq_after")).toInteger(), 2);
        QCOMPARE(r.json().value(QLatin1String("changes")).toArray().size(), 3);
        Test::writeFile(batch3, saved);
        QCOMPARE(w().sync(p, tree).exitCode, 0);
        QCOMPARE(w().contentSeq(p), 3);
    }

    // Issue 10: a folder feed (a USB stick) reads regular files only, under the same caps as
    // HTTP. A FIFO would block the old client forever, /dev/zero feed it until the cap.
    void folderFeedReadsRegularFilesOnly_data()
    {
        QTest::addColumn<int>("which"); // 0 head.json, 1 the head's signature, 2 batch 3
        QTest::addColumn<QString>("kind");
        QTest::newRow("head.json-is-a-fifo") << 0 << str("fifo");
        QTest::newRow("batch-3-is-a-fifo") << 2 << str("fifo");
        QTest::newRow("batch-3-links-to-dev-zero") << 2 << str("zero");
        QTest::newRow("head-signature-is-a-folder") << 1 << str("folder");
    }

    void folderFeedReadsRegularFilesOnly()
    {
        QFETCH(int, which);
        QFETCH(QString, kind);
        const QString tree = w().copyFeed(str("not-a-file-") + str(QTest::currentDataTag()));
        const QString path = which == 0   ? tree + str("/head.json")
                             : which == 1 ? tree + str("/heads/3.json.minisig")
                                          : FeedWorld::batchPath(tree, 3);
        QVERIFY(QFile::remove(path));
        if (kind == str("fifo"))
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        else if (kind == str("zero"))
            QVERIFY(QFile::link(str("/dev/zero"), path));
        else
            QVERIFY(QDir().mkpath(path));
        const QString p = freshProfile();
        const QByteArray before = w().contentBytes(p);
        const Run r = Test::runProgram(qEnvironmentVariable("FLEXWONEN_BIN"),
                                       {str("--profile"), p, str("sync"), str("--feed"), tree,
                                        str("--trust"), w().publicKey, str("--json")},
                                       {{str("FLEXWONEN_BASE"), w().base}}, {}, 30000);
        expectRefusal(r, 3, str("NETWORK"));
        QVERIFY2(r.err.contains("geen gewoon bestand"), r.err.constData());
        QCOMPARE(w().contentBytes(p), before);
        const Run v = Test::runProgram(qEnvironmentVariable("FLEXWONEN_BIN"),
                                       {str("verify-feed"), tree, str("--trust"), w().publicKey},
                                       {{str("FLEXWONEN_BASE"), w().base}}, {}, 30000);
        QCOMPARE(v.exitCode, 3);
    }

    // Issue 10: publish checks its arguments and the whole new tree before it switches
    // head.json: after a failed publish the served head.json is byte-identical and no new
    // file is left behind (the next publish would trip over it).
    void failedPublishLeavesTheTreeAlone_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("damage"); // batch 2 in the tree is damaged
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("seq-2^60") << QStringList{str("--seq"), str("1152921504606846976")} << false
                                  << 64 << QByteArray("--seq");
        QTest::newRow("seq-not-above-the-published-3")
            << QStringList{str("--seq"), str("3")} << false << 1 << QByteArray("--seq");
        QTest::newRow("expires-days-3000000") << QStringList{str("--expires-days"), str("3000000")}
                                              << false << 64 << QByteArray("--expires-days");
        QTest::newRow("expires-days-401") << QStringList{str("--expires-days"), str("401")} << false
                                          << 64 << QByteArray("--expires-days");
        QTest::newRow("batch-2-damaged-in-the-tree")
            << QStringList{} << true << 2 << QByteArray("HASH");
    }

    void failedPublishLeavesTheTreeAlone()
    {
        QFETCH(QStringList, extra);
        QFETCH(bool, damage);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QString tree = w().copyFeed(str("publish-") + str(QTest::currentDataTag()));
        const auto files = [&tree] {
            QStringList names;
            QDirIterator it(tree, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                names.append(it.next());
            names.sort();
            return names;
        };
        if (damage)
            flipByte(FeedWorld::batchPath(tree, 2), 100);
        const QByteArray head = Test::readFile(tree + str("/head.json"));
        const QStringList before = files();
        const QStringList args =
            QStringList{str("publish"), str("--source"), w().source,   str("--out"),
                        tree,           str("--key"),    w().secretKey} +
            extra;
        Run r = w().flexwonen(args);
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        QVERIFY2(r.err.startsWith("flexwonen: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(Test::readFile(tree + str("/head.json")), head);
        QCOMPARE(files(), before);
        if (damage) {
            flipByte(FeedWorld::batchPath(tree, 2), 100);
            r = w().flexwonen(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.contains("volgnummer 4"));
        }
    }

    // Issue 10: the ETag is stored only when it is a short, valid entity-tag, and a 4xx answer
    // to a conditional GET drops the stored validator and asks again without it. The server
    // sends a 60 KB ETag and answers 400 to an If-None-Match over 8 KiB (as nginx does) or to
    // the validator "geweigerd".
    void etagIsCappedAndDroppedAfterA4xx()
    {
        Test::BadServer server(Test::BadServer::Mode::HugeEtag, w().feed);
        const QString p = freshProfile();
        const QString statePath = p + str("/sync/state.json");
        const auto storedEtag = [&] {
            return QJsonDocument::fromJson(Test::readFile(statePath))
                .object()
                .value(QLatin1String("head_etag"))
                .toString();
        };
        Run r = w().sync(p, server.url());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(storedEtag().size() <= 256);
        r = w().sync(p, server.url());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), str("up-to-date"));
        for (const QByteArray &request : server.requestHeads())
            QVERIFY2(request.size() < 8192, request.left(200).constData());

        // A validator from an earlier run that the server now refuses.
        QJsonObject state = QJsonDocument::fromJson(Test::readFile(statePath)).object();
        state.insert(str("head_etag"), str("\"geweigerd\""));
        Test::writeFile(statePath, QJsonDocument(state).toJson());
        const qsizetype seen = server.requestHeads().size();
        r = w().sync(p, server.url());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), str("up-to-date"));
        QVERIFY(storedEtag() != str("\"geweigerd\""));
        const QList<QByteArray> requests = server.requestHeads().mid(seen);
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests[0].startsWith("GET /head.json "));
        QVERIFY(requests[0].contains("\"geweigerd\""));
        QVERIFY(requests[1].startsWith("GET /head.json "));
        QVERIFY(!requests[1].contains("geweigerd"));
        const qsizetype again = server.requestHeads().size();
        QCOMPARE(w().sync(p, server.url()).exitCode, 0);
        for (const QByteArray &request : server.requestHeads().mid(again))
            QVERIFY(!request.contains("geweigerd"));
    }

    void insecureLocationsAreRefused_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::newRow("plain-http-remote") << str("http://kennisbank.example.nl/feed/");
        QTest::newRow("ftp") << str("ftp://127.0.0.1/feed/");
        QTest::newRow("http-localhost-name") << str("http://localhost:1/feed/");
    }

    void insecureLocationsAreRefused()
    {
        QFETCH(QString, feed);
        const QString p = freshProfile();
        const QByteArray before = w().contentBytes(p);
        expectRefusal(w().sync(p, feed), 2, str("INSECURE"));
        QCOMPARE(w().contentBytes(p), before);
    }

    // Threat 28: one sync at a time per profile.
    void secondInstanceIsBusy()
    {
        const QString p = freshProfile();
        QDir().mkpath(p + str("/sync"));
        QLockFile lock(p + str("/sync/sync.lock"));
        QVERIFY(lock.tryLock(0));
        expectRefusal(w().sync(p, w().feed), 3, str("BUSY"));
        lock.unlock();
        QCOMPARE(w().sync(p, w().feed).exitCode, 0);
    }

    void publishWithPasswordProtectedKey()
    {
        const QString pub = m_dir.filePath(str("enc.pub"));
        const QString key = m_dir.filePath(str("enc.key"));
        QCOMPARE(Test::runProgram(str("minisign"), {str("-G"), str("-p"), pub, str("-s"), key}, {},
                                  "wachtwoord\nwachtwoord\n")
                     .exitCode,
                 0);
        const QString out = m_dir.filePath(str("enc-feed"));
        const QStringList args = {
            str("publish"), str("--source"), w().source, str("--out"), out, str("--key"), key};
        QCOMPARE(w().flexwonen(args, {{str("FLEXWONEN_KEY_PASSWORD"), str("fout")}}).exitCode, 1);
        const Run r = w().flexwonen(args, {{str("FLEXWONEN_KEY_PASSWORD"), str("wachtwoord")}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().flexwonen({str("verify-feed"), out, str("--trust"), pub}).exitCode, 0);
    }

    // Over HTTP from the Debian nginx: ETag, 304, resume with Range, freeze seen through 304.
    void nginxServesTheFeed()
    {
        if (!QFile::exists(str("/usr/sbin/nginx")))
            QSKIP("nginx is not installed (packaging/install-deps.sh)");
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther |
                                                QFile::ReadOther);
        Test::Nginx nginx(m_dir.filePath(str("nginx")), w().feed);
        QVERIFY2(nginx.start(), qPrintable(nginx.error()));

        const QString p = freshProfile();
        // A download cut off half way: the .part file is resumed with a Range request.
        const QString batch3 = FeedWorld::batchPath(w().feed, 3);
        const QByteArray bytes = Test::readFile(batch3);
        QDir().mkpath(p + str("/sync/partial"));
        Test::writeFile(p + str("/sync/partial/") + QString::fromLatin1(Test::sha256Hex(bytes)) +
                            str(".part"),
                        bytes.left(bytes.size() / 2));

        Run r = w().sync(p, nginx.url());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().contentSeq(p), 3);
        QVERIFY2(nginx.accessLog().contains("\" 206 "), nginx.accessLog().constData());

        const QByteArray before = w().contentBytes(p);
        r = w().sync(p, nginx.url());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), str("up-to-date"));
        QVERIFY2(nginx.accessLog().contains("GET /head.json HTTP/1.1\" 304 "),
                 nginx.accessLog().constData());
        QCOMPARE(w().contentBytes(p), before);

        // Threat 5: the proxy keeps answering 304 while the clock passes expires.
        r = w().sync(p, nginx.url(), {{str("FLEXWONEN_SYNC_NOW"), str("2099-01-01T00:00:00Z")}});
        expectRefusal(r, 2, str("FROZEN"));
        QCOMPARE(w().contentBytes(p), before);
        nginx.stop();
    }

    // Threat 21: a signed head with a traversal path or a foreign URL is refused before any
    // download: nginx's log shows the head and its signature, nothing else.
    void traversalPathsAreRefusedBeforeAnyDownload()
    {
        if (!QFile::exists(str("/usr/sbin/nginx")))
            QSKIP("nginx is not installed (packaging/install-deps.sh)");
        const QString tree = w().copyFeed(str("traversal-over-http"));
        w().resignHead(tree, [](QJsonObject &h) {
            QJsonArray b = h.value(QLatin1String("batches")).toArray();
            QJsonObject first = b[0].toObject();
            first.insert(str("path"), str("blobs/../../etc/passwd"));
            b[0] = first;
            QJsonObject second = b[1].toObject();
            second.insert(str("path"), str("https://evil/x"));
            b[1] = second;
            h.insert(str("batches"), b);
        });
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther |
                                                QFile::ReadOther);
        Test::Nginx nginx(m_dir.filePath(str("nginx-traversal")), tree);
        QVERIFY2(nginx.start(), qPrintable(nginx.error()));
        const QString p = freshProfile();
        const QByteArray before = w().contentBytes(p);
        expectRefusal(w().sync(p, nginx.url()), 2, str("FORMAT"));
        QCOMPARE(w().contentBytes(p), before);
        const QByteArray log = nginx.accessLog();
        nginx.stop();
        for (const QByteArray &line : log.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.contains("GET /head.json ") || line.contains("GET /heads/3.json") ||
                         line.contains("GET /keys/1.json "),
                     line.constData());
        }
        QVERIFY(!log.contains("passwd") && !log.contains("evil") && !log.contains("batches/"));
    }

    // Threat 17: TLS interception. A test CA (openssl) signs the certificate of an HTTPS nginx;
    // the client trusts it only through the admin setting (here FLEXWONEN_CA_CERTS): the
    // unmodified feed passes, a TLS-terminating proxy that edits the JSON gets SIGNATURE.
    void tlsInterceptionWithAnAdminCa()
    {
        if (!QFile::exists(str("/usr/sbin/nginx")) ||
            QStandardPaths::findExecutable(str("openssl")).isEmpty())
            QSKIP("nginx or openssl is not installed (packaging/install-deps.sh)");
        const QString pki = m_dir.filePath(str("pki"));
        QDir().mkpath(pki);
        const auto openssl = [&](const QStringList &args) {
            const Run r = Test::runProgram(str("openssl"), args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        };
        const QString ca = pki + str("/ca.pem"), caKey = pki + str("/ca.key");
        const QString cert = pki + str("/server.pem"), key = pki + str("/server.key");
        const QString ec = str("ec:") + pki + str("/p256.pem");
        openssl(
            {str("ecparam"), str("-name"), str("prime256v1"), str("-out"), pki + str("/p256.pem")});
        openssl({str("req"), str("-x509"), str("-newkey"), ec, str("-nodes"), str("-keyout"), caKey,
                 str("-out"), ca, str("-days"), str("2"), str("-subj"),
                 str("/CN=Gemeente Test TLS-inspectie CA")});
        Test::writeFile(pki + str("/ext.cnf"), "subjectAltName=IP:127.0.0.1\n");
        openssl({str("req"), str("-newkey"), ec, str("-nodes"), str("-keyout"), key, str("-out"),
                 pki + str("/server.csr"), str("-subj"), str("/CN=127.0.0.1")});
        openssl({str("x509"), str("-req"), str("-in"), pki + str("/server.csr"), str("-CA"), ca,
                 str("-CAkey"), caKey, str("-CAcreateserial"), str("-out"), cert, str("-days"),
                 str("2"), str("-extfile"), pki + str("/ext.cnf")});
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther |
                                                QFile::ReadOther);

        Test::Nginx direct(m_dir.filePath(str("nginx-tls")), w().feed);
        direct.setTls(cert, key);
        QVERIFY2(direct.start(), qPrintable(direct.error()));
        const QMap<QString, QString> trustCa{{str("FLEXWONEN_CA_CERTS"), ca}};

        // Without the setting the test CA is not trusted: a transport failure, nothing applied.
        QString p = freshProfile();
        QByteArray before = w().contentBytes(p);
        expectRefusal(w().sync(p, direct.url()), 3, str("NETWORK"));
        QCOMPARE(w().contentBytes(p), before);

        Run r = w().sync(p, direct.url(), trustCa);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().contentSeq(p), 3);

        // The inspecting proxy re-encrypts with the same CA and edits every JSON body.
        Test::Nginx proxy(m_dir.filePath(str("nginx-proxy")), w().feed);
        proxy.setTls(cert, key);
        Test::Nginx upstream(m_dir.filePath(str("nginx-upstream")), w().feed);
        QVERIFY2(upstream.start(), qPrintable(upstream.error()));
        proxy.setServerBody(
            QStringLiteral("    location / {\n      proxy_pass http://127.0.0.1:%1;\n"
                           "      proxy_set_header Accept-Encoding \"\";\n"
                           "      sub_filter_types *;\n      sub_filter_once off;\n"
                           "      sub_filter '\"schema\": ' '\"schema\":  ';\n    }\n")
                .arg(upstream.port()));
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        p = freshProfile();
        before = w().contentBytes(p);
        r = w().sync(p, proxy.url(), trustCa);
        expectRefusal(r, 2, str("SIGNATURE"));
        QCOMPARE(w().contentBytes(p), before);
        QVERIFY2(proxy.accessLog().contains("GET /head.json"), proxy.accessLog().constData());
    }

    // Threats 11, 12, 15, 16: a server that misbehaves on purpose.
    void badServers_data()
    {
        using Mode = Test::BadServer::Mode;
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("category");
        QTest::newRow("stall-no-bytes") << int(Mode::Stall) << 3 << str("NETWORK");
        QTest::newRow("drip-1-byte-per-500ms") << int(Mode::Drip) << 3 << str("NETWORK");
        QTest::newRow("head-endless-chunked-zeros")
            << int(Mode::EndlessChunked) << 2 << str("SIZE");
        QTest::newRow("redirect-to-other-host")
            << int(Mode::RedirectHttpHost) << 2 << str("REDIRECT");
        QTest::newRow("redirect-to-https-evil.example")
            << int(Mode::RedirectHttps) << 2 << str("REDIRECT");
        QTest::newRow("redirect-loop") << int(Mode::RedirectLoop) << 2 << str("REDIRECT");
        QTest::newRow("captive-portal-200-html")
            << int(Mode::CaptivePortal) << 2 << str("SIGNATURE");
        QTest::newRow("batch-longer-than-signed")
            << int(Mode::LongerThanSigned) << 2 << str("SIZE");
    }

    void badServers()
    {
        QFETCH(int, mode);
        QFETCH(int, exitCode);
        QFETCH(QString, category);
        Test::BadServer server(Test::BadServer::Mode(mode), w().feed);
        const QString p = freshProfile();
        // A verified head from an earlier run must survive the bad server.
        QCOMPARE(w().sync(p, m_tree2).exitCode, 0);
        const QByteArray head = Test::readFile(p + str("/sync/head.json"));
        const QByteArray before = w().contentBytes(p);
        QElapsedTimer timer;
        timer.start();
        const Run r = w().sync(p, server.url(),
                               {{str("FLEXWONEN_SYNC_TIMEOUT_MS"), str("1000")},
                                {str("FLEXWONEN_SYNC_DEADLINE_MS"), str("3000")}});
        expectRefusal(r, exitCode, category);
        QVERIFY2(timer.elapsed() < 20000, "the client did not give up in time");
        QCOMPARE(w().contentBytes(p), before);
        if (Test::BadServer::Mode(mode) != Test::BadServer::Mode::LongerThanSigned)
            QCOMPARE(Test::readFile(p + str("/sync/head.json")), head);
    }
};

QTEST_GUILESS_MAIN(TestFeedSync)
#include "tst_feedsync.moc"
