// SPDX-License-Identifier: EUPL-1.2
// The keys chain (design §1.5, threats 6 and 18) on the real binary: the pinned key is the ROOT
// key R, keys/<v>.json (signed by R) names the feed keys F that sign heads. Named bad inputs:
// a keys file signed by F, a skipped version, a head from a rotated-out key, an expired keys
// file, a root change without the new root's signature; a chain of 17 stops at 16; a
// fast-forward by a compromised F is undone by a rotation with seq_floor.
#include "feedworld.h"
#include "testsupport.h"

#include "feed/feedformat.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Test::FeedWorld;
using Test::Run;

namespace {

using Mutator = std::function<void(const QString &tree)>;

using Test::str;

} // namespace

class TestFeedKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FeedWorld> m_world;
    QString m_f1, m_f2, m_newRoot; // secret keys; the .pub next to them
    QString m_v1;                  // keys/1.json names F1; heads 1 … 3 signed by F1
    int m_profiles = 0;

    FeedWorld &w() { return *m_world; }

    QString makeKey(const QString &name)
    {
        const QString key = m_dir.filePath(name + str(".key"));
        const Run r =
            Test::runProgram(str("minisign"), {str("-G"), str("-W"), str("-p"),
                                               m_dir.filePath(name + str(".pub")), str("-s"), key});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return key;
    }
    static QString pub(const QString &key) { return key.chopped(4) + str(".pub"); }

    // The publisher checks a tree before it makes a head live, so a head that is bad on purpose
    // is published correctly and then damaged (resignHeadWith, or the keys files afterwards).
    Run publishTo(const QString &tree, const QString &key, const QStringList &extra = {})
    {
        return w().flexwonen(QStringList{str("publish"), str("--source"), w().source, str("--out"),
                                         tree, str("--key"), key} +
                             extra);
    }
    // Signs the live head again with key (stock minisign, the same trusted comment).
    void resignHeadWith(const QString &tree, const QString &key)
    {
        const qint64 seq = QJsonDocument::fromJson(Test::readFile(tree + str("/head.json")))
                               .object()
                               .value(QLatin1String("seq"))
                               .toInteger();
        const QString name = tree + QStringLiteral("/heads/%1.json").arg(seq);
        const QString tc =
            QString::fromUtf8(Test::readFile(name + str(".minisig")).split('\n').value(2).mid(17));
        QFile::remove(name + str(".minisig"));
        const Run r = Test::runProgram(str("minisign"),
                                       {str("-S"), str("-s"), key, str("-m"), name, str("-t"), tc});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    Run publishKeys(const QString &tree, const QString &rootKey, const QStringList &extra = {})
    {
        return w().flexwonen(
            QStringList{str("publish-keys"), str("--root-key"), rootKey, str("--out"), tree} +
            extra);
    }

    QString freshProfile()
    {
        const QString p = w().profile(QStringLiteral("p%1").arg(++m_profiles));
        w().flexwonen({str("--profile"), p, str("info")});
        return p;
    }

    static QJsonObject state(const QString &profile)
    {
        return QJsonDocument::fromJson(Test::readFile(profile + str("/sync/state.json"))).object();
    }

    void expectRefusal(const Run &r, const QString &category)
    {
        QVERIFY2(r.exitCode == 2, (r.err + r.out).constData());
        QCOMPARE(r.json().value(QLatin1String("category")).toString(), category);
    }

    QString showTitle(const QString &profile, const QString &id)
    {
        const Run r = w().flexwonen({str("--profile"), profile, str("show"), id, str("--json")});
        return r.json().value(QLatin1String("title")).toString();
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<FeedWorld>(m_dir.path()); // its key pair is the root R
        m_f1 = makeKey(str("f1"));
        m_f2 = makeKey(str("f2"));
        m_newRoot = makeKey(str("root2"));
        Run r = publishKeys(w().feed, w().secretKey, {str("--feed-pub"), pub(m_f1)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(w().feed + str("/keys/1.json.minisig")));
        for (int seq = 1; seq <= 3; ++seq) {
            if (seq > 1)
                w().editItems(seq, 1, QStringLiteral("Versie%1").arg(seq));
            r = publishTo(w().feed, m_f1);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        m_v1 = w().copyFeed(str("v1"));
    }

    void chainFromRootToFeedKey()
    {
        const QString p = freshProfile();
        const Run r = w().sync(p, m_v1);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().contentSeq(p), 3);
        QCOMPARE(state(p).value(QLatin1String("keys_version")).toInt(), 1);
        // The stock tool checks the chain's signatures too.
        QCOMPARE(Test::runProgram(str("minisign"), {str("-V"), str("-p"), w().publicKey, str("-m"),
                                                    m_v1 + str("/keys/1.json")})
                     .exitCode,
                 0);
        const Run v =
            w().flexwonen({str("verify-feed"), m_v1, str("--trust"), w().publicKey, str("--json")});
        QVERIFY2(v.exitCode == 0, v.err.constData());
        QCOMPARE(v.json().value(QLatin1String("keys_version")).toInt(), 1);
        // The feed key is not a root key: trusting F1 directly does not verify keys/1.json.
        QCOMPARE(w().flexwonen({str("verify-feed"), m_v1, str("--trust"), pub(m_f1)}).exitCode, 2);
    }

    // Once the client follows a keys chain, the root signs keys files only, not heads.
    void rootSignedHeadRefusedOnceKeysExist()
    {
        const QString p = freshProfile();
        QCOMPARE(w().sync(p, m_v1).exitCode, 0);
        const QString tree = w().copyFeed(str("root-signed-head"));
        QCOMPARE(publishTo(tree, m_f1).exitCode, 0);
        resignHeadWith(tree, w().secretKey);
        const QByteArray before = w().contentBytes(p);
        expectRefusal(w().sync(p, tree), str("SIGNATURE"));
        QCOMPARE(w().contentBytes(p), before);
    }

    void refusals_data()
    {
        QTest::addColumn<Mutator>("mutate");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("reason"); // part of the Dutch message
        const QString root = w().secretKey;
        const QString f1 = m_f1, f2 = m_f2, newRoot = m_newRoot;
        const auto run = [this](const QStringList &args) { return w().flexwonen(args); };
        const auto keys = [run, root](const QString &t, const QStringList &extra) {
            run(QStringList{str("publish-keys"), str("--root-key"), root, str("--out"), t} + extra);
        };
        const auto head = [this](const QString &t, const QString &key) {
            QCOMPARE(publishTo(t, key).exitCode, 0);
        };
        const auto resign = [this](const QString &t, const QString &key) {
            resignHeadWith(t, key);
        };

        QTest::newRow("keys-2-signed-by-feed-key-F-instead-of-R") << Mutator([=](const QString &t) {
            keys(t, {str("--feed-pub"), pub(f2)});
            head(t, f2);
            const QString file = t + str("/keys/2.json");
            const QString tc = QString::fromUtf8(
                Test::readFile(file + str(".minisig")).split('\n').value(2).mid(17));
            QFile::remove(file + str(".minisig"));
            Test::runProgram(str("minisign"),
                             {str("-S"), str("-s"), f1, str("-m"), file, str("-t"), tc});
        }) << QString() << str("KEYS") << str("niet ondertekend door een hoofdsleutel");
        QTest::newRow("keys-3-while-at-v1") << Mutator([=](const QString &t) {
            keys(t, {str("--feed-pub"), pub(f2)});
            keys(t, {});
            head(t, f2);
            for (const QString &suffix : {QString(), str(".minisig")}) {
                QFile::remove(t + str("/keys/2.json") + suffix);
                QFile::rename(t + str("/keys/3.json") + suffix, t + str("/keys/2.json") + suffix);
            }
        }) << QString() << str("KEYS") << str("heeft versie 3");
        QTest::newRow("head-signed-by-rotated-out-feed-key") << Mutator([=](const QString &t) {
            keys(t, {str("--feed-pub"), pub(f2)});
            head(t, f2);
            resign(t, f1);
        }) << QString() << str("SIGNATURE") << str("onbekende sleutel");
        QTest::newRow("keys-2-expired") << Mutator([=](const QString &t) {
            keys(t, {str("--expires-days"), str("1")});
            head(t, f1);
        }) << Flexwonen::Sync::Feed::isoUtc(QDateTime::currentDateTimeUtc().addDays(3))
                                        << str("KEYS") << str("verlopen");
        QTest::newRow("keys-2-new-root-without-rotation.minisig") << Mutator([=](const QString &t) {
            keys(t, {str("--new-root-key"), newRoot});
            head(t, f1);
            QFile::remove(t + str("/keys/2.json.rotation.minisig"));
        }) << QString() << str("KEYS") << str("nieuwe hoofdsleutel");
        QTest::newRow("keys-2-of-another-feed") << Mutator([=](const QString &t) {
            keys(t, {});
            head(t, f1);
            const QString file = t + str("/keys/2.json");
            QByteArray bytes = Test::readFile(file);
            bytes.replace("nl.flexwonen.kennisbank", "nl.example.andere");
            Test::writeFile(file, bytes);
            const QString tc =
                QString::fromUtf8(
                    Test::readFile(file + str(".minisig")).split('\n').value(2).mid(17))
                    .replace(str("nl.flexwonen.kennisbank"), str("nl.example.andere"));
            QFile::remove(file + str(".minisig"));
            Test::runProgram(str("minisign"),
                             {str("-S"), str("-s"), root, str("-m"), file, str("-t"), tc});
        }) << QString() << str("KEYS") << str("hoort bij een andere feed");
    }

    void refusals()
    {
        QFETCH(Mutator, mutate);
        QFETCH(QString, now);
        QFETCH(QString, category);
        QFETCH(QString, reason);
        const QString p = freshProfile();
        QCOMPARE(w().sync(p, m_v1).exitCode, 0);
        const QString tree = w().copyFeed(str("bad-") + str(QTest::currentDataTag()));
        mutate(tree);
        const QByteArray before = w().contentBytes(p);
        QMap<QString, QString> env;
        if (!now.isEmpty())
            env.insert(str("FLEXWONEN_SYNC_NOW"), now);
        const Run r = w().sync(p, tree, env);
        expectRefusal(r, category);
        QVERIFY2(r.json().value(QLatin1String("message")).toString().contains(reason),
                 r.err.constData());
        QCOMPARE(w().contentBytes(p), before);
        QCOMPARE(w().contentSeq(p), 3);
        QVERIFY(!showTitle(p, str("item-00001")).isEmpty()); // content stays readable
        if (now.isEmpty())
            QCOMPARE(
                w().flexwonen({str("verify-feed"), tree, str("--trust"), w().publicKey}).exitCode,
                2);
    }

    // Issue 10 point 1: a keys file that does not verify is never quoted. Its fields reach the
    // refusal message, state.json and the window's banner only after its signature checks out;
    // before that the message names the file and the rule it breaks.
    void unverifiedKeysFileIsNeverQuoted_data()
    {
        QTest::addColumn<std::function<void(QJsonObject &, QByteArray &)>>("edit");
        QTest::addColumn<bool>("withSignature"); // by an attacker's key
        using Edit = std::function<void(QJsonObject &, QByteArray &)>;
        const QString heading = str("<h1>Bel 0900-1234</h1>");
        const QString image = str("<img src='file:///dev/zero'>");
        QTest::newRow("markup-in-format")
            << Edit([=](QJsonObject &o, QByteArray &) { o.insert(str("format"), heading + image); })
            << true;
        QTest::newRow("markup-in-feed_id") << Edit([=](QJsonObject &o, QByteArray &) {
            o.insert(str("feed_id"), image + heading);
        }) << true;
        QTest::newRow("markup-in-version")
            << Edit([=](QJsonObject &o, QByteArray &) { o.insert(str("version"), heading); })
            << true;
        QTest::newRow("markup-not-json")
            << Edit([=](QJsonObject &, QByteArray &raw) { raw = (heading + image).toUtf8(); })
            << true;
        QTest::newRow("markup-unsigned") << Edit([=](QJsonObject &o, QByteArray &) {
            o.insert(str("feed_id"), image + heading);
        }) << false;
    }

    void unverifiedKeysFileIsNeverQuoted()
    {
        QFETCH(std::function<void(QJsonObject &, QByteArray &)>, edit);
        QFETCH(bool, withSignature);
        const QString attacker = m_dir.filePath(str("aanvaller.key"));
        if (!QFile::exists(attacker))
            makeKey(str("aanvaller"));
        const QString p = freshProfile();
        QCOMPARE(w().sync(p, m_v1).exitCode, 0);
        const QString tree = w().copyFeed(str("unverified-") + str(QTest::currentDataTag()));
        QCOMPARE(publishKeys(tree, w().secretKey, {str("--feed-pub"), pub(m_f2)}).exitCode, 0);
        publishTo(tree, m_f2); // a head that asks for keys/2.json
        const QString file = tree + str("/keys/2.json");
        QJsonObject o = QJsonDocument::fromJson(Test::readFile(file)).object();
        QByteArray raw;
        edit(o, raw);
        Test::writeFile(file, raw.isEmpty() ? QJsonDocument(o).toJson() : raw);
        QFile::remove(file + str(".minisig"));
        if (withSignature)
            QCOMPARE(Test::runProgram(str("minisign"), {str("-S"), str("-s"), attacker, str("-m"),
                                                        file, str("-t"), str("vertrouw mij")})
                         .exitCode,
                     0);

        const Run r = w().sync(p, tree);
        expectRefusal(r, str("KEYS"));
        const QString message = r.json().value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(str("keys/2.json")), qPrintable(message));
        const QString stored = state(p).value(QLatin1String("last_failure_message")).toString();
        QCOMPARE(stored, message);
        for (const QString &text : {message, QString::fromUtf8(r.err)}) {
            // (A key id may be named: hex cannot carry markup.)
            for (const char *quoted : {"<", ">", "Bel", "dev/zero", "img"})
                QVERIFY2(!text.contains(str(quoted)), qPrintable(text));
        }
        QCOMPARE(w().contentSeq(p), 3);
    }

    // A root rotation signed by the old and the new root is followed.
    void rootRotationIsFollowed()
    {
        const QString tree = w().copyFeed(str("root-rotation"));
        QCOMPARE(publishKeys(tree, w().secretKey, {str("--new-root-key"), m_newRoot}).exitCode, 0);
        QCOMPARE(publishKeys(tree, m_newRoot, {str("--feed-pub"), pub(m_f2)}).exitCode, 0);
        QCOMPARE(publishTo(tree, m_f2).exitCode, 0);
        const QString p = freshProfile();
        const Run r = w().sync(p, tree);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(state(p).value(QLatin1String("keys_version")).toInt(), 3);
        QCOMPARE(w().contentSeq(p), 4);
    }

    // python-tuf test_max_root_rotations: at most 16 links per run, the rest in the next run.
    void chainOf17StopsAt16()
    {
        const QString tree = w().copyFeed(str("chain-17"));
        for (int v = 2; v <= 17; ++v)
            QCOMPARE(publishKeys(tree, w().secretKey).exitCode, 0);
        QCOMPARE(publishTo(tree, m_f1).exitCode, 0); // a heartbeat at seq 4, keys_version 17
        const QString p = freshProfile();
        Run r = w().sync(p, tree);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(state(p).value(QLatin1String("keys_version")).toInt(), 16);
        r = w().sync(p, tree);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(state(p).value(QLatin1String("keys_version")).toInt(), 17);
    }

    // Threat 6: a compromised F1 fast-forwards the client to seq 2^53-1 (content included); the
    // root rotates to F2 with seq_floor 3; the next head from F2 is accepted and the content is
    // rebuilt from its snapshot. F1's heads are refused from then on.
    void rotationWithSeqFloorUndoesFastForward()
    {
        const QString p = freshProfile();
        QCOMPARE(w().sync(p, m_v1).exitCode, 0);
        const QString legitTitle = showTitle(p, str("item-00002"));

        const QString attack = m_dir.filePath(str("attack"));
        Test::copyTree(m_v1 + str("/keys"), attack + str("/keys"));
        w().editItems(2, 1, str("Aanvaller"));
        Run r = publishTo(attack, m_f1, {str("--seq"), str("9007199254740991")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        w().editItems(2, 1, str("Versie2"));
        r = w().sync(p, attack);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(w().contentSeq(p), 9007199254740991);
        QVERIFY(showTitle(p, str("item-00002")).startsWith(str("Aanvaller")));

        const QString rotated = w().copyFeed(str("rotated"));
        r = publishKeys(rotated, w().secretKey,
                        {str("--feed-pub"), pub(m_f2), str("--seq-floor"), str("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        w().editItems(6, 1, str("NaRotatie"));
        r = publishTo(rotated, m_f2);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = w().sync(p, rotated);
        QVERIFY2(r.exitCode == 0, (r.err + r.out).constData());
        QCOMPARE(w().contentSeq(p), 4);
        QCOMPARE(showTitle(p, str("item-00002")), legitTitle);
        QVERIFY(showTitle(p, str("item-00006")).startsWith(str("NaRotatie")));
        const QJsonObject s = state(p);
        QCOMPARE(s.value(QLatin1String("keys_version")).toInt(), 2);
        QCOMPARE(s.value(QLatin1String("max_seen_seq")).toInteger(), 4);
        QCOMPARE(s.value(QLatin1String("rebuild")).toBool(), false);

        // The attacker's tree (F1) is refused now, and nothing changes.
        const QByteArray before = w().contentBytes(p);
        expectRefusal(w().sync(p, attack), str("SIGNATURE"));
        QCOMPARE(w().contentBytes(p), before);
    }
};

QTEST_GUILESS_MAIN(TestFeedKeys)
#include "tst_feedkeys.moc"
