// SPDX-License-Identifier: EUPL-1.2
// Issue 10 on the feed side, with the real binary: what a feed or an HTTP server says reaches
// the terminal only with its controls made visible (point 2); the feed verbs touch no profile,
// and a trusted key saved with CRLF line ends and a BOM is accepted (point 5).
#include "feedworld.h"
#include "testservers.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using Test::FeedWorld;
using Test::Run;

namespace {

using Test::str;

// Clipboard write (OSC 52), bell, a CR that would let a fake line overwrite the refusal, a bidi
// override and a C1 CSI.
QString hostileText()
{
    const QChar esc(0x1B);
    return esc + str("]52;c;ZXZpbA==") + QChar(0x07) + QChar(0x0D) + str("bijgewerkt ") +
           QChar(0x202E) + QChar(0x9B) + str("31m");
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FeedWorld> m_world;
    int m_profiles = 0;

    FeedWorld &w() { return *m_world; }

    QString freshProfile()
    {
        const QString p = w().profile(QStringLiteral("p%1").arg(++m_profiles));
        w().flexwonen({str("--profile"), p, str("info")});
        return p;
    }

    // The refusal is one line on stderr with the controls shown as text; --json output is JSON
    // whose message keeps the exact characters.
    static void expectSafeRefusal(const Run &r, int exitCode, const QByteArray &visible)
    {
        QVERIFY2(r.exitCode == exitCode, (r.err + r.out).constData());
        QVERIFY2(Test::terminalProblem(r.err, false).isEmpty(),
                 qPrintable(Test::terminalProblem(r.err, false) + str(": ") +
                            QString::fromUtf8(r.err.toPercentEncoding(" :'/"))));
        QVERIFY2(r.err.startsWith("flexwonen: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains(visible), r.err.constData());
        QVERIFY2(Test::terminalProblem(r.out).isEmpty(), qPrintable(Test::terminalProblem(r.out)));
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<FeedWorld>(m_dir.filePath(str("world")), 5);
        const Run r = w().publish();
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void signedHeadFieldIsShownSafely()
    {
        const QString tree = w().copyFeed(str("kop"));
        w().resignHead(tree, [](QJsonObject &h) {
            h.insert(str("format"), str("kb-feed-head/1") + hostileText());
        });
        const Run r = w().sync(freshProfile(), tree);
        expectSafeRefusal(r, 2, "\\x1b]52;c;");
        const QJsonObject json = QJsonDocument::fromJson(Test::pythonJson(r.out)).object();
        QVERIFY2(json.value(QLatin1String("message")).toString().contains(hostileText()),
                 r.out.constData());

        const Run verify = w().flexwonen({str("verify-feed"), tree, str("--trust"), w().publicKey});
        expectSafeRefusal(verify, 2, "\\r");
    }

    void signedKeysFieldIsShownSafely()
    {
        const QString tree = w().copyFeed(str("sleutels"));
        Run r = w().flexwonen({str("publish-keys"), str("--root-key"), w().secretKey, str("--out"),
                               tree, str("--feed-pub"), w().publicKey});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString keys = tree + str("/keys/1.json");
        QJsonObject o = QJsonDocument::fromJson(Test::readFile(keys)).object();
        o.insert(str("format"), str("kb-feed-keys/1") + hostileText());
        Test::writeFile(keys, QJsonDocument(o).toJson());
        const QString comment =
            QString::fromUtf8(Test::readFile(keys + str(".minisig")).split('\n').value(2).mid(17));
        QFile::remove(keys + str(".minisig"));
        QCOMPARE(Test::runProgram(str("minisign"), {str("-S"), str("-s"), w().secretKey, str("-m"),
                                                    keys, str("-t"), comment})
                     .exitCode,
                 0);
        r = w().sync(freshProfile(), tree);
        expectSafeRefusal(r, 2, "\\u202e");
    }

    void httpReasonPhraseIsShownSafely()
    {
        Test::BadServer server(Test::BadServer::Mode::HostileReason);
        const Run r = w().sync(freshProfile(), server.url());
        expectSafeRefusal(r, 3, "Storing");
    }

    void contentRangeIsShownSafely()
    {
        w().editItems(1, 2, str("Versie2"));
        const Run published = w().publish();
        QVERIFY2(published.exitCode == 0, published.err.constData());
        Test::BadServer server(Test::BadServer::Mode::HostileRange, w().feed);
        const QString p = freshProfile();
        // A download cut off half way: the client resumes it with a Range request.
        const QByteArray bytes = Test::readFile(FeedWorld::batchPath(w().feed, 2));
        QVERIFY(!bytes.isEmpty());
        QDir().mkpath(p + str("/sync/partial"));
        Test::writeFile(p + str("/sync/partial/") + QString::fromLatin1(Test::sha256Hex(bytes)) +
                            str(".part"),
                        bytes.left(bytes.size() / 2));
        const Run r = w().sync(p, server.url());
        expectSafeRefusal(r, 3, "Content-Range");
    }

    // A key file saved by Windows Notepad: UTF-8 BOM and CRLF line ends.
    void trustedKeyWithCrlfAndBomIsAccepted()
    {
        QByteArray key = Test::readFile(w().publicKey);
        QVERIFY(key.endsWith('\n') && !key.contains('\r'));
        key.replace("\n", "\r\n");
        const QString notepad = m_dir.filePath(str("kladblok.pub"));
        Test::writeFile(notepad, "\xEF\xBB\xBF" + key);

        const Run verify = w().flexwonen({str("verify-feed"), w().feed, str("--trust"), notepad});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        const Run sync = w().flexwonen({str("--profile"), freshProfile(), str("sync"),
                                        str("--feed"), w().feed, str("--trust"), notepad});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
    }

    // verify-feed, publish and publish-keys work on a feed tree; no profile is made or seeded.
    void feedVerbsTouchNoProfile()
    {
        const QString home = m_dir.filePath(str("thuis"));
        QVERIFY(QDir().mkpath(home));
        const QString profile = m_dir.filePath(str("geen-profiel"));
        const QMap<QString, QString> env = {{str("HOME"), home},
                                            {str("XDG_DATA_HOME"), home + str("/data")},
                                            {str("XDG_CONFIG_HOME"), home + str("/config")},
                                            {str("XDG_CACHE_HOME"), home + str("/cache")},
                                            {str("FLEXWONEN_PROFILE"), profile}};
        const QString out = m_dir.filePath(str("nieuwe-feed"));
        for (const QStringList &args :
             {QStringList{str("verify-feed"), w().feed, str("--trust"), w().publicKey},
              QStringList{str("publish"), str("--source"), w().source, str("--out"), out,
                          str("--key"), w().secretKey},
              QStringList{str("publish-keys"), str("--root-key"), w().secretKey, str("--out"), out,
                          str("--feed-pub"), w().publicKey},
              QStringList{str("verify-feed"), out, str("--trust"), w().publicKey}}) {
            const Run r = w().flexwonen(args, env);
            QVERIFY2(r.exitCode == 0,
                     qPrintable(args.join(u' ') + str(": ") + QString::fromUtf8(r.err)));
        }
        QVERIFY(!QFileInfo::exists(profile));
        QStringList made;
        QDirIterator it(home, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            made.append(it.next());
        QVERIFY2(made.isEmpty(), qPrintable(made.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
