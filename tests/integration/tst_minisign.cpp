// SPDX-License-Identifier: EUPL-1.2
// minisign compatibility both ways with the stock Debian tool, and the strict signature parser.
#include "feed/feedformat.h"
#include "feed/minisign.h"
#include "feedworld.h"
#include "kb/itemjson.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Sync;

class TestMinisign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QString m_pub, m_key, m_message;
    QByteArray m_data = "Inhoud van een head.json\n";

    Test::Run minisign(const QStringList &args, const QByteArray &input = {})
    {
        return Test::runProgram(QStringLiteral("minisign"), args, {}, input);
    }

    QByteArray stockSignature(const QString &comment, const QStringList &extra = {})
    {
        const QString sig = path("stock.minisig");
        QFile::remove(sig);
        const Test::Run r = minisign(
            QStringList{QStringLiteral("-S"), QStringLiteral("-s"), m_key, QStringLiteral("-m"),
                        m_message, QStringLiteral("-x"), sig, QStringLiteral("-t"), comment} +
            extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return Test::readFile(sig);
    }

    Minisign::PublicKey publicKey() { return Minisign::parsePublicKey(Test::readFile(m_pub)); }

private slots:
    // Threat 21: a path in a signed head or batch is resolved only against the feed's base.
    void feedPathRule_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *path, bool valid) {
            QTest::newRow(path) << QString::fromUtf8(path) << valid;
        };
        row("batches/3-abc.json", true);
        row("snapshots/4-abc.sqlite.gz", true);
        row("blobs/sha256/ab/abcdef", true);
        row("blobs/../../etc/passwd", false);
        row("batches/../../etc/passwd", false);
        row("batches/..", false);
        row("https://evil/x", false);
        row("https://evil.example/batches/3.json", false);
        row("//evil.example/batches/3.json", false);
        row("file:///etc/passwd", false);
        row("/etc/passwd", false);
        row("batches/%2e%2e/%2e%2e/etc/passwd", false);
        row("batches\\..\\..\\x.json", false);
        row("batches/x.json\n", false);
        row("Batches/3.json", false);
        row("batches/", false);
        row("other/3.json", false);
    }

    void feedPathRule()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(Flexwonen::Sync::Feed::isValidPath(path), valid);
    }

    // PCRE's $ also matches before a final newline: the rules end at \z.
    void rulesDoNotAcceptATrailingNewline()
    {
        QVERIFY(Flexwonen::Kb::isValidId(QStringLiteral("item-00001")));
        QVERIFY(!Flexwonen::Kb::isValidId(QStringLiteral("item-00001\n")));
    }

    void initTestCase()
    {
        m_pub = path("k.pub");
        m_key = path("k.key");
        m_message = path("message");
        Test::writeFile(m_message, m_data);
        const Test::Run r = minisign({QStringLiteral("-G"), QStringLiteral("-W"),
                                      QStringLiteral("-p"), m_pub, QStringLiteral("-s"), m_key});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void appSignatureVerifiesWithStockMinisign()
    {
        const Minisign::SecretKey key =
            Minisign::parseSecretKey(Test::readFile(m_key), QByteArray());
        QCOMPARE(key.publicKey(), publicKey());
        const QString comment = QStringLiteral("kb-feed-head/1 feed=x epoch=1 seq=7 expires=y");
        Test::writeFile(path("app.minisig"), Minisign::sign(m_data, key, comment));
        const Test::Run r =
            minisign({QStringLiteral("-V"), QStringLiteral("-p"), m_pub, QStringLiteral("-m"),
                      m_message, QStringLiteral("-x"), path("app.minisig")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Trusted comment: " + comment.toUtf8()));
        // -H: minisign itself insists on the prehashed format, which the app writes.
        const Test::Run hashed =
            minisign({QStringLiteral("-V"), QStringLiteral("-H"), QStringLiteral("-p"), m_pub,
                      QStringLiteral("-m"), m_message, QStringLiteral("-x"), path("app.minisig")});
        QCOMPARE(hashed.exitCode, 0);
    }

    void stockSignatureVerifiesInApp()
    {
        const QByteArray sig = stockSignature(QStringLiteral("door minisign -S"));
        QCOMPARE(Minisign::verify(m_data, sig, {publicKey()}), QStringLiteral("door minisign -S"));
    }

    void publicKeyFromBase64String()
    {
        const QByteArray line = Test::readFile(m_pub).split('\n').value(1);
        QCOMPARE(Minisign::parsePublicKey(line), publicKey());
        QVERIFY_THROWS_EXCEPTION(Minisign::Failure, Minisign::parsePublicKey("RWQ niet-base64"));
    }

    void encryptedKeyWithPassword()
    {
        const QString pub = path("e.pub");
        const QString key = path("e.key");
        const Test::Run r =
            minisign({QStringLiteral("-G"), QStringLiteral("-p"), pub, QStringLiteral("-s"), key},
                     "geheim wachtwoord\ngeheim wachtwoord\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray text = Test::readFile(key);
        QVERIFY(Minisign::secretKeyIsEncrypted(text));
        QVERIFY_THROWS_EXCEPTION(Minisign::Failure, Minisign::parseSecretKey(text, "fout"));
        const Minisign::SecretKey secret = Minisign::parseSecretKey(text, "geheim wachtwoord");
        QCOMPARE(secret.publicKey(), Minisign::parsePublicKey(Test::readFile(pub)));
        Test::writeFile(path("e.minisig"), Minisign::sign(m_data, secret, QStringLiteral("tc")));
        const Test::Run v =
            minisign({QStringLiteral("-V"), QStringLiteral("-p"), pub, QStringLiteral("-m"),
                      m_message, QStringLiteral("-x"), path("e.minisig")});
        QVERIFY2(v.exitCode == 0, v.err.constData());
    }

    // Threat rows 1, 8, 9 and 10: every one refused.
    void badSignatures_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("data");
        const QByteArray good = stockSignature(QStringLiteral("seq=42"));
        QList<QByteArray> lines = good.split('\n');

        QTest::newRow("tampered-data") << good << QByteArray("Inhoud van een head.json!\n");
        QByteArray tc = good;
        tc.replace("seq=42", "seq=43");
        QTest::newRow("head.minisig-tc-seq-edited") << tc << m_data;
        QTest::newRow("minisig-5-lines") << good + "extra regel\n" << m_data;
        QTest::newRow("minisig-3-lines") << lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n'
                                         << m_data;
        QByteArray huge = good;
        huge.replace("seq=42", "seq=42 " + QByteArray(8 * 1024 * 1024, 'x'));
        QTest::newRow("minisig-8MiB-comment") << huge << m_data;
        QByteArray longComment = good;
        longComment.replace("seq=42", QByteArray(9000, 'x'));
        QTest::newRow("minisig-trusted-comment-over-8192") << longComment << m_data;
        QByteArray nul = good;
        nul.insert(good.indexOf("seq=42"), '\0');
        QTest::newRow("minisig-nul-byte") << nul << m_data;
        QByteArray spaces = good;
        spaces.insert(good.indexOf('\n') + 20, "  ");
        QTest::newRow("minisig-b64-with-spaces") << spaces << m_data;
        QByteArray crlf = good;
        crlf.replace("\n", "\r\n");
        QTest::newRow("minisig-crlf") << crlf << m_data;
        QTest::newRow("minisig-empty") << QByteArray() << m_data;
        QTest::newRow("minisig-html") << QByteArray("<html><body>Log in</body></html>\n") << m_data;
        QTest::newRow("head.minisig-legacy-Ed")
            << stockSignature(QStringLiteral("seq=42"), {QStringLiteral("-l")}) << m_data;
    }

    void badSignatures()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, data);
        QVERIFY_THROWS_EXCEPTION(Minisign::Failure,
                                 Minisign::verify(data, signature, {publicKey()}));
    }

    void signatureByAttackerKeyIsRefused()
    {
        const QString pub = path("attacker.pub");
        const QString key = path("attacker.key");
        QCOMPARE(minisign({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub,
                           QStringLiteral("-s"), key})
                     .exitCode,
                 0);
        const Minisign::SecretKey attacker = Minisign::parseSecretKey(Test::readFile(key), {});
        const QByteArray sig = Minisign::sign(m_data, attacker, QStringLiteral("seq=42"));
        try {
            Minisign::verify(m_data, sig, {publicKey()});
            QFAIL("accepted a signature by an unknown key");
        } catch (const Minisign::Failure &f) {
            QVERIFY(f.message().contains(QStringLiteral("onbekende sleutel")));
        }
    }
};

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
