// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract, run on the real binary against the bundled knowledge base.
#include "testsupport.h"

#include "kb/schema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    Run run(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("FLEXWONEN_PROFILE"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("FLEXWONEN_BIN"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Run runInProfile(QStringList args)
    {
        args.prepend(m_profile);
        args.prepend(QStringLiteral("--profile"));
        return run(args);
    }

    static bool oneClearLine(const QByteArray &err)
    {
        return err.startsWith("flexwonen: ") && err.count('\n') == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("FLEXWONEN_BIN")));
        QVERIFY(QFile::exists(Test::bundledBase()));
        m_profile = m_dir.filePath(QStringLiteral("profiel"));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("flexwonen "));
    }

    void infoDescribesTheBundledContent()
    {
        const Run r = runInProfile({QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("bundled"));
        QCOMPARE(o.value(QLatin1String("profile")).toString(), m_profile);
        QVERIFY(o.value(QLatin1String("kb")).toObject().value(QLatin1String("seq")).toInt() >= 1);
        QCOMPARE(o.value(QLatin1String("kb")).toObject().value(QLatin1String("schema")).toInt(),
                 Kb::Schema::ContentVersion);
        const QJsonObject counts = o.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("regions")).toInt(), 8);
        QCOMPARE(counts.value(QLatin1String("pilots")).toInt(), 5);
        QVERIFY(counts.value(QLatin1String("dossiers")).toInt() >= 7);
        QVERIFY(QDir(m_profile + QStringLiteral("/content")).exists());

        const Run human = runInProfile({QStringLiteral("info")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("ingebouwde kennisbank"));
    }

    void listGivesIdTypeTitle()
    {
        const Run r = runInProfile(
            {QStringLiteral("list"), QStringLiteral("regions"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray regions = r.json().array();
        QCOMPARE(regions.size(), 8);
        QStringList ids;
        for (const QJsonValue &v : regions) {
            QCOMPARE(v[QLatin1String("type")].toString(), QStringLiteral("region"));
            QVERIFY(!v[QLatin1String("title")].toString().isEmpty());
            ids.append(v[QLatin1String("id")].toString());
        }
        for (const char *id :
             {"stadsregio-rotterdam", "stadsregio-amsterdam", "stadsgewest-haaglanden",
              "west-brabant", "limburg", "noord-holland-noord", "holland-rijnland", "sre"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);

        for (const char *type :
             {"dossiers", "pilots", "documents", "events", "organisations", "faq", "news"}) {
            const Run t = runInProfile(
                {QStringLiteral("list"), QLatin1String(type), QStringLiteral("--json")});
            QCOMPARE(t.exitCode, 0);
            QVERIFY2(!t.json().array().isEmpty(), type);
        }
    }

    void eventsAreMarkedPastOrUpcoming()
    {
        const Run r = runInProfile(
            {QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = r.json().array();
        QVERIFY(events.size() >= 10);
        for (const QJsonValue &v : events) {
            const QDate date = QDate::fromString(v[QLatin1String("date")].toString(), Qt::ISODate);
            QVERIFY(date.isValid());
            QCOMPARE(v[QLatin1String("status")].toString(), date < QDate::currentDate()
                                                                ? QStringLiteral("past")
                                                                : QStringLiteral("upcoming"));
        }
    }

    void showGivesTheWholeItem()
    {
        const Run r = runInProfile(
            {QStringLiteral("show"), QStringLiteral("west-brabant"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        for (const char *key : {"id", "type", "title", "summary", "body", "region", "dossier",
                                "dates", "sources", "links"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QLatin1String("id")].toString(), QStringLiteral("west-brabant"));
        QVERIFY(!o[QLatin1String("sources")].toArray().isEmpty());
        QVERIFY(o[QLatin1String("sources")][0][QLatin1String("url")].toString().startsWith(
            QStringLiteral("http")));
        QCOMPARE(o[QLatin1String("municipalities")].toArray().size(), 19);
        QVERIFY(!o[QLatin1String("figures")].toArray().isEmpty());

        const Run human = runInProfile({QStringLiteral("show"), QStringLiteral("west-brabant")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("## Bronnen"));
        QVERIFY(human.out.contains("## Gemeenten (19, peiljaar 2012)"));
    }

    void badInputFailsWithOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("show"), QStringLiteral("bestaat-niet")}
            << QByteArray("Onbekend item 'bestaat-niet'");
        QTest::newRow("unknown type")
            << QStringList{QStringLiteral("list"), QStringLiteral("fietsen")}
            << QByteArray("Onbekend type 'fietsen'");
        QTest::newRow("unknown verb")
            << QStringList{QStringLiteral("vlieg")} << QByteArray("Onbekend werkwoord");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--kleur")}
            << QByteArray("Onbekende optie");
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("show")} << QByteArray("Gebruik: flexwonen show");
        QTest::newRow("missing kb file")
            << QStringList{QStringLiteral("--kb"), QStringLiteral("/bestaat/niet.sqlite"),
                           QStringLiteral("info")}
            << QByteArray("niet gevonden");
    }

    void badInputFailsWithOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run r = runInProfile(args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void searchTakesExclusionsWithoutDoubleDash()
    {
        const Run r = runInProfile({QStringLiteral("search"), QStringLiteral("--json"),
                                    QStringLiteral("arbeidsmigranten"), QStringLiteral("-woning")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QLatin1String("query")).toString(),
                 QStringLiteral("arbeidsmigranten -woning"));
        // Outside a search query a single-dash word is still an unknown option.
        const Run other = runInProfile({QStringLiteral("info"), QStringLiteral("-woning")});
        QCOMPARE(other.exitCode, 64);
        QVERIFY(other.err.contains("Onbekende optie"));
    }

    void unwritableProfileFails()
    {
        const QString file = m_dir.filePath(QStringLiteral("bestand"));
        Test::writeFile(file, "x");
        const Run r =
            run({QStringLiteral("--profile"), file + QStringLiteral("/p"), QStringLiteral("info")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY(r.err.contains("profielmap"));
    }

    void missingBaseFails()
    {
        const Run r =
            run({QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("leeg")),
                 QStringLiteral("info")},
                {{QStringLiteral("FLEXWONEN_BASE"), QStringLiteral("/nergens/kb.sqlite")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY(r.err.contains("ingebouwde kennisbank ontbreekt"));
    }

    void corruptContentIsRepairedFromTheCommandLine()
    {
        const QString profile = m_dir.filePath(QStringLiteral("corrupt"));
        QCOMPARE(run({QStringLiteral("--profile"), profile, QStringLiteral("info")}).exitCode, 0);
        const QString active = QString::fromUtf8(
            Test::readFile(profile + QStringLiteral("/content/active")).trimmed());
        Test::writeFile(profile + QStringLiteral("/content/") + active, "kapot");
        const Run r = run({QStringLiteral("--profile"), profile, QStringLiteral("list"),
                           QStringLiteral("regions"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 8);
        QVERIFY(r.err.contains("beschadigd"));
    }

    void kbFileAndProfileFromEnvironment()
    {
        const Run r = run(
            {QStringLiteral("--kb"), Test::bundledBase(), QStringLiteral("info"),
             QStringLiteral("--json")},
            {{QStringLiteral("FLEXWONEN_PROFILE"), m_dir.filePath(QStringLiteral("env-profiel"))}});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o[QLatin1String("source")].toString(), QStringLiteral("file"));
        QCOMPARE(o[QLatin1String("profile")].toString(),
                 m_dir.filePath(QStringLiteral("env-profiel")));
        QCOMPARE(o[QLatin1String("kb")][QLatin1String("path")].toString(), Test::bundledBase());
        // --kb reads only: the profile is not even created.
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("env-profiel"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
