// SPDX-License-Identifier: EUPL-1.2
// The command-line contract, run on the real binary against the bundled knowledge base.
#include "testsupport.h"

#include "kb/database.h"
#include "kb/schema.h"
#include "personal/personalstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

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

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;

    // unset: variables the run must not have; underXvfb: on a display of its own (xvfb-run).
    Run run(const QStringList &args, const QMap<QString, QString> &env = {},
            const QStringList &unset = {}, bool underXvfb = false)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("FLEXWONEN_PROFILE"));
        for (const QString &name : unset)
            e.remove(name);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        const QString bin = qEnvironmentVariable("FLEXWONEN_BIN");
        if (underXvfb)
            p.start(QStandardPaths::findExecutable(QStringLiteral("xvfb-run")),
                    QStringList{QStringLiteral("-a"), bin} + args);
        else
            p.start(bin, args);
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

    // What an attacker puts in item content: screen clearing, an OSC 52 clipboard write, a bell,
    // a CR that overwrites the line with a fake "bijgewerkt", NUL, bidi overrides, a C1 CSI, DEL.
    static QString hostileTitle()
    {
        const QChar esc(0x1B);
        return QStringLiteral("Vijandig ") + esc + QStringLiteral("[2J") + esc +
               QStringLiteral("]52;c;ZWNobyBwd25lZA==") + QChar(0x07) + QStringLiteral(" nieuws") +
               QChar(0x0D) + QStringLiteral("bijgewerkt ") + QChar(0x202E) +
               QStringLiteral("lanimirc") + QChar(0x202C) + QChar(0x9B) + QStringLiteral("31m") +
               QChar(0x7F) + QChar(0) + QStringLiteral("einde");
    }
    static QString hostileBody()
    {
        const QChar esc(0x1B);
        return QStringLiteral("Eerste regel over vijandig nieuws\n") + esc +
               QStringLiteral("]0;venstertitel") + QChar(0x07) + QStringLiteral("\nTweede\tregel") +
               QChar(0x0D) + QStringLiteral("overschreven\n") + QChar(0x2066) +
               QStringLiteral("x") + QChar(0x2069) + QChar(0x2028) + QStringLiteral("derde") +
               QChar(0x0B) + QChar(0x0C) + QChar(0x85) + QChar(0x061C) + QChar(0x200F) +
               QStringLiteral(" slot");
    }

    // A knowledge-base file with one hostile item and, in its summary, bytes that are not UTF-8.
    QString hostileKb()
    {
        const QString path = m_dir.filePath(QStringLiteral("vijandig.sqlite"));
        if (QFile::exists(path))
            return path;
        Kb::Item item =
            Test::sampleItem(QStringLiteral("vijandig-nieuws"), Kb::ItemType::News, hostileTitle());
        item.body = hostileBody();
        Test::buildKb(path,
                      {item, Test::sampleItem(QStringLiteral("gewoon-nieuws"), Kb::ItemType::News,
                                              QStringLiteral("Gewoon nieuws"))});
        Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
        c.exec(QStringLiteral("UPDATE item SET summary = CAST(x'4b6f7274ff1bc09b2e' AS TEXT) "
                              "WHERE id = 'vijandig-nieuws'"));
        c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        return path;
    }

    // The window on the bundled base with Qt's options qtArgs, quit once shown; report: what
    // it said about itself (FLEXWONEN_SHOWN_REPORT), one "key value" line each.
    Run runWindow(const QStringList &qtArgs, QString *report, const QStringList &unset = {},
                  bool underXvfb = false)
    {
        const QString home = m_dir.filePath(QStringLiteral("venster-thuis"));
        const QString reportFile = m_dir.filePath(QStringLiteral("venster.txt"));
        QFile::remove(reportFile);
        QMap<QString, QString> env{{QStringLiteral("HOME"), home},
                                   {QStringLiteral("XDG_CONFIG_HOME"), home + u"/config"_s},
                                   {QStringLiteral("FLEXWONEN_QUIT_AFTER_SHOWN"), u"1"_s},
                                   {QStringLiteral("FLEXWONEN_SHOWN_REPORT"), reportFile}};
        if (!unset.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run r =
            run(QStringList{QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("venster")),
                            QStringLiteral("--kb"), Test::bundledBase()} +
                    qtArgs,
                env, unset, underXvfb);
        QFile file(reportFile);
        *report = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        return r;
    }

    Run runOnKb(const QString &kb, QStringList args)
    {
        args = QStringList{QStringLiteral("--kb"), kb} + args;
        return runInProfile(args);
    }

private slots:
    // Issue 16.7, 16.8: personal-export on one profile, personal-import on another, and the
    // second holds everything of the first; a hostile file is refused in one clear line.
    void personalDataMovesThroughTheCommandLine()
    {
        const QString from = m_dir.filePath(u"persoonlijk-van"_s);
        const QString to = m_dir.filePath(u"persoonlijk-naar"_s);
        QCOMPARE(run({u"--profile"_s, from, u"info"_s}).exitCode, 0); // makes the profile
        QCOMPARE(run({u"--profile"_s, to, u"info"_s}).exitCode, 0);
        Personal::PersonalData mine;
        {
            Personal::PersonalStore store(from + u"/user.sqlite"_s);
            store.addBookmark(u"west-brabant"_s, u"West-Brabant"_s, u"Raad"_s);
            store.setNote(u"limburg"_s, u"Limburg"_s, u"Notitie met € en \n tekst"_s);
            store.recordVisit(u"limburg"_s, u"Limburg"_s);
            Kb::SearchFilters filters;
            filters.region = u"limburg"_s;
            store.saveSearch(u"Limburg"_s, u"huisvesting"_s, filters, {});
            store.addToBasket(u"west-brabant"_s, u"West-Brabant"_s);
            store.setBasketNote(u"Voor de raad"_s);
            mine = store.snapshot();
        }
        const QString file = m_dir.filePath(u"verhuizen.json"_s);
        const Run exported = run({u"--profile"_s, from, u"personal-export"_s, file});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.startsWith("Persoonlijke gegevens geschreven naar "));
        // What the export holds: the store as the CLI saw it (titles as the content has them now).
        mine = Personal::PersonalStore(from + u"/user.sqlite"_s).snapshot();
        const Run imported = run({u"--profile"_s, to, u"personal-import"_s, file, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(
            imported.json().object().value(u"added"_s).toObject().value(u"bookmarks"_s).toInt(), 1);
        Personal::PersonalStore theirs(to + u"/user.sqlite"_s);
        Personal::PersonalData got = theirs.snapshot();
        for (Personal::SavedSearch *s : {&got.savedSearches.first(), &mine.savedSearches.first()})
            s->id = 0; // each profile numbers its own
        QCOMPARE(got, mine);

        // Hostile: terminal escapes in a file that is not an export.
        const QString bad = m_dir.filePath(u"kwaad.json"_s);
        Test::writeFile(bad, "{\"format\": \"\\u001b]52;c;ZWNobw==\\u0007\"}");
        const Run refused = run({u"--profile"_s, to, u"personal-import"_s, bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(oneClearLine(refused.err), refused.err.constData());
        QVERIFY(refused.err.contains("Geen geldig bestand met persoonlijke gegevens"));
        QVERIFY(!refused.err.contains('\x1b'));
        const Run missing = run({u"--profile"_s, to, u"personal-import"_s, bad + u"-niet"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(oneClearLine(missing.err), missing.err.constData());
    }

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

    // Issue 15.7: desktop launchers pass Qt's standard options; the window takes them (its
    // QApplication reads them), with one dash or two where Qt allows it.
    void qtOptionsReachTheWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");        // lines of the shown report; empty: none
        QTest::addColumn<bool>("noPlatformVariable"); // only the option can choose the platform
        QTest::addColumn<bool>("underXvfb");
        const QString sheet = m_dir.filePath(QStringLiteral("stijl.qss"));
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("QLabel { color: red; }\n") > 0);
        const auto row = [](const char *tag, const QStringList &args, const QString &expected,
                            bool noPlatformVariable = false, bool underXvfb = false) {
            QTest::newRow(tag) << args << expected << noPlatformVariable << underXvfb;
        };
        row("none", {}, u"layout ltr"_s);
        row("none (style)", {}, u"style fusion"_s); // offscreen's default
        row("-style Windows", {u"-style"_s, u"Windows"_s}, u"style windows"_s);
        row("--style=Windows", {u"--style=Windows"_s}, u"style windows"_s);
        row("-platform offscreen", {u"-platform"_s, u"offscreen"_s}, u"platform offscreen"_s, true);
        row("--platform offscreen", {u"--platform"_s, u"offscreen"_s}, u"platform offscreen"_s,
            true);
        row("-platform xcb", {u"-platform"_s, u"xcb"_s}, u"platform xcb"_s, true, true);
        row("-reverse", {u"-reverse"_s}, u"layout rtl"_s);
        row("--reverse", {u"--reverse"_s}, u"layout rtl"_s);
        row("-stylesheet FILE", {u"-stylesheet"_s, sheet}, u"stylesheet file:///"_s + sheet);
        row("--stylesheet=FILE", {u"--stylesheet="_s + sheet}, u"stylesheet file:///"_s + sheet);
        // Qt applies it to the first window; the window's own first-start size (all of a small
        // screen, maximised) stands aside. The offscreen screen is 800x800.
        row("no geometry", {}, u"state maximized"_s);
        row("-qwindowgeometry", {u"-qwindowgeometry"_s, u"700x500+30+40"_s},
            u"geometry 700x500+30+40\nstate normal"_s);
        row("--qwindowgeometry", {u"--qwindowgeometry"_s, u"700x500+30+40"_s},
            u"geometry 700x500+30+40\nstate normal"_s);
        row("-qwindowgeometry -reverse", {u"-qwindowgeometry"_s, u"640x480+5+6"_s, u"-reverse"_s},
            u"geometry 640x480+5+6\nlayout rtl"_s);
        row("-reverse -qwindowgeometry", {u"-reverse"_s, u"-qwindowgeometry"_s, u"640x480+5+6"_s},
            u"geometry 640x480+5+6\nlayout rtl"_s);
        // X11's own spelling, taken by Qt on xcb only (over a saved layout: tests/xvfb).
        row("-platform xcb -geometry",
            {u"-platform"_s, u"xcb"_s, u"-geometry"_s, u"700x500+30+40"_s},
            u"platform xcb\ngeometry 700x500+30+40"_s, true, true);
        // A title that reads like the option is a title: the small screen's start stands.
        row("-qwindowtitle -geometry -reverse", {u"-qwindowtitle"_s, u"-geometry"_s, u"-reverse"_s},
            u"state maximized\nlayout rtl"_s);
        row("-platformtheme", {u"-platformtheme"_s, u"gtk3"_s}, {});
        row("-plugin", {u"-plugin"_s, u"geen"_s}, {});
        row("-session", {u"-session"_s, u"sessie-1"_s}, {});
        row("-name", {u"-name"_s, u"flexwonen"_s}, {});
        row("-title", {u"-title"_s, u"Flexwonen"_s}, {});
        row("-display", {u"-display"_s, u":0"_s}, {});
        row("--display", {u"--display"_s, u":0"_s}, {});
        row("-qwindowtitle", {u"-qwindowtitle"_s, u"Flexwonen"_s}, {});
        // Issue 18.1: the rest of QApplication's documented options, X11's included.
        row("-style Fusion", {u"-style"_s, u"Fusion"_s}, u"style fusion"_s);
        row("-platformpluginpath", {u"-platformpluginpath"_s, m_dir.path()}, {});
        row("-qmljsdebugger=", {u"-qmljsdebugger=port:3768,block"_s}, {});
        row("-qmljsdebugger", {u"-qmljsdebugger"_s, u"port:3768"_s}, {});
        row("-qwindowicon", {u"-qwindowicon"_s, u"nl.flexwonen.kennisbank"_s}, {});
        row("-widgetcount", {u"-widgetcount"_s}, {});
        row("-testability", {u"-testability"_s}, {});
        row("-visual", {u"-visual"_s, u"TrueColor"_s}, {});
        row("-ncols", {u"-ncols"_s, u"256"_s}, {});
        row("-cmap -sync", {u"-cmap"_s, u"-sync"_s}, {});
        row("-nograb -dograb", {u"-nograb"_s, u"-dograb"_s}, {});
        row("-platform xcb -nograb -visual",
            {u"-platform"_s, u"xcb"_s, u"-nograb"_s, u"-visual"_s, u"TrueColor"_s},
            u"platform xcb"_s, true, true);
        // The launcher matches the window to nl.flexwonen.kennisbank.desktop; the icon is ours.
        row("desktop file and icon", {}, u"desktopfile nl.flexwonen.kennisbank\nicon 32x32"_s);
        row("among our own", {u"-reverse"_s, u"--lang"_s, u"en"_s, u"-style"_s, u"Windows"_s},
            u"layout rtl"_s);
    }

    void qtOptionsReachTheWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QFETCH(bool, noPlatformVariable);
        QFETCH(bool, underXvfb);
        if (underXvfb && QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty())
            QSKIP("xvfb-run is not installed");
        const QStringList unset =
            noPlatformVariable
                ? QStringList{u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s}
                : QStringList{};
        QString report;
        const Run r = runWindow(args, &report, unset, underXvfb);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(report.contains(u"platform "_s), "the window was not shown");
        for (const QString &line : expected.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(report.split(u'\n').contains(line), qPrintable(line + u" in:\n"_s + report));
    }

    // Our own unknown options are still refused, in one Dutch line, the window not opened.
    void unknownOptionsAreStillRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("--bogus") << QStringList{u"--bogus"_s}
                                 << QByteArray("Onbekende optie: --bogus");
        QTest::newRow("-bogus") << QStringList{u"-bogus"_s}
                                << QByteArray("Onbekende optie: -bogus");
        QTest::newRow("-style without value")
            << QStringList{u"-style"_s} << QByteArray("Optie -style verwacht een waarde");
        QTest::newRow("--platform=xcb (Qt has no = form)")
            << QStringList{u"--platform=xcb"_s} << QByteArray("Onbekende optie: --platform");
    }

    void unknownOptionsAreStillRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QString report;
        const Run r = runWindow(args, &report);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(report.isEmpty());
    }

    // Issue 15.7: a verb accepts Qt's options and leaves them alone: no display needed for
    // -platform xcb, the -stylesheet file never opened (a FIFO would hang the run), and in a
    // search query a single-dash word still excludes it.
    void verbsIgnoreQtOptions()
    {
        const Run search = runInProfile({u"-style"_s, u"Fusion"_s, u"-reverse"_s, u"search"_s,
                                         u"--json"_s, u"keurmerk"_s, u"-platform"_s});
        QVERIFY2(search.exitCode == 0, search.err.constData());
        QCOMPARE(search.json().object().value(QLatin1String("query")).toString(),
                 u"keurmerk -platform"_s);
        const QString fifo = m_dir.filePath(u"stijl.fifo"_s);
#if defined(Q_OS_UNIX)
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
#else
        QSKIP("the never-opened -stylesheet is a FIFO, a POSIX file type");
#endif
        const QString out = m_dir.filePath(u"qt-opties.pdf"_s);
        const Run pdf = run({u"--profile"_s, m_profile, u"-platform"_s, u"xcb"_s, u"-stylesheet"_s,
                             fifo, u"export-pdf"_s, u"--search"_s, u"keurmerk"_s, u"-o"_s, out},
                            {}, {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s});
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        QVERIFY(QFile(out).size() > 0);
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

    // Issue 17.7: flexwonen --content DIR, as an editor starts it from a terminal.
    Run runPreview(const QStringList &args)
    {
        const QString home = m_dir.filePath(QStringLiteral("voorbeeld-thuis"));
        const QString reportFile = m_dir.filePath(QStringLiteral("voorbeeld.txt"));
        QFile::remove(reportFile);
        return run(args, {{QStringLiteral("HOME"), home},
                          {QStringLiteral("XDG_CONFIG_HOME"), home + u"/config"_s},
                          {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                          {QStringLiteral("FLEXWONEN_QUIT_AFTER_SHOWN"), u"1"_s},
                          {QStringLiteral("FLEXWONEN_SHOWN_REPORT"), reportFile}});
    }

    void contentFolderOpensTheWindow()
    {
        const Run r = runPreview(
            {u"--content"_s, qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") + u"/data/content"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("voorbeeld.txt")))); // shown
    }

    // A folder that cannot be shown: one Dutch line (foreign bytes made harmless), exit 1, no
    // window (decision 112).
    void contentFolderThatCannotBeShownFails_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing") << u"/does/not/exist"_s
                                 << QByteArray("Inhoudsmap bestaat niet: /does/not/exist");
        const QString broken = m_dir.filePath(u"kapotte-inhoud"_s);
        QDir().mkpath(broken + u"/pages"_s);
        // The id quotes an escape sequence that would clear the terminal.
        Test::writeFile(broken + u"/pages/kapot.md"_s,
                        "---\n{\"id\": \"kapot\\u001b[2J\", \"type\": \"page\", "
                        "\"title\": \"Kapot\", \"summary\": \"Kort.\", \"sources\": [{\"title\": "
                        "\"B\", \"url\": \"https://example.org/\", \"accessed\": "
                        "\"2026-11-01\"}]}\n---\n\nTekst.\n");
        QTest::newRow("does not compile")
            << broken
            << QByteArray("Inhoudsmap ") + QFile::encodeName(broken) +
                   QByteArray(" bevat fouten: pages/kapot.md:2: ongeldig id 'kapot\\x1b[2J'");
    }

    void contentFolderThatCannotBeShownFails()
    {
        QFETCH(QString, dir);
        QFETCH(QByteArray, message);
        const Run r = runPreview({u"--content"_s, dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(Test::terminalProblem(r.err).isEmpty(), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("voorbeeld.txt")))); // no window
    }

    void contentGoesWithNeitherKbNorProfile()
    {
        const Run r = runPreview({u"--content"_s, m_dir.path(), u"--kb"_s, Test::bundledBase()});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains("--content"), r.err.constData());
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

    // Issue 10.2: item titles and bodies reach the terminal only with their controls made
    // visible; --json stays exact JSON that round-trips every character.
    void controlCharactersNeverReachTheTerminal_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("visible"); // a control shown as text
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("news")}
                              << QByteArray("\\x1b]52;c;");
        QTest::newRow("show") << QStringList{QStringLiteral("show"),
                                             QStringLiteral("vijandig-nieuws")}
                              << QByteArray("\\u202e");
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("vijandig")}
                                << QByteArray("\\r");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("show"), QStringLiteral("\x1b[2Jgeen-item\x07")}
            << QByteArray("\\x1b[2J");
        QTest::newRow("unknown type")
            << QStringList{QStringLiteral("list"), QStringLiteral("\x1b]52;c;eA==\x07")}
            << QByteArray("\\x07");
    }

    void controlCharactersNeverReachTheTerminal()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, visible);
        const Run r = runOnKb(hostileKb(), args);
        QVERIFY2(Test::terminalProblem(r.out).isEmpty(),
                 qPrintable(Test::terminalProblem(r.out) + QStringLiteral(" (stdout)")));
        QVERIFY2(Test::terminalProblem(r.err, false).isEmpty(),
                 qPrintable(Test::terminalProblem(r.err, false) + QStringLiteral(" (stderr)")));
        QVERIFY2((r.out + r.err).contains(visible), (r.out + r.err).constData());
        if (r.exitCode != 0)
            QVERIFY2(oneClearLine(r.err), r.err.constData());
    }

    void jsonKeepsControlCharactersExact()
    {
        const QString kb = hostileKb();
        const Run show = runOnKb(kb, {QStringLiteral("show"), QStringLiteral("vijandig-nieuws"),
                                      QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        // Exact JSON, and still nothing a terminal acts on: controls are \u escapes.
        QVERIFY2(Test::terminalProblem(show.out).isEmpty(),
                 qPrintable(Test::terminalProblem(show.out)));
        const QJsonObject item = QJsonDocument::fromJson(Test::pythonJson(show.out)).object();
        QCOMPARE(item.value(QLatin1String("title")).toString(), hostileTitle());
        QCOMPARE(item.value(QLatin1String("body")).toString(), hostileBody());

        const Run list =
            runOnKb(kb, {QStringLiteral("list"), QStringLiteral("news"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(Test::terminalProblem(list.out).isEmpty(),
                 qPrintable(Test::terminalProblem(list.out)));
        const QJsonArray items = QJsonDocument::fromJson(Test::pythonJson(list.out)).array();
        QStringList titles;
        for (const QJsonValue &v : items)
            titles.append(v[QLatin1String("title")].toString());
        QVERIFY(titles.contains(hostileTitle()));

        const Run search = runOnKb(
            kb, {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("vijandig")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(Test::terminalProblem(search.out).isEmpty(),
                 qPrintable(Test::terminalProblem(search.out)));
        const QJsonObject found = QJsonDocument::fromJson(Test::pythonJson(search.out)).object();
        QCOMPARE(found[QLatin1String("results")][0][QLatin1String("title")].toString(),
                 hostileTitle());
    }

    // Issue 10.5: --profile '' is a mistake (an unset variable in a script), not the default.
    void emptyProfileIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--profile ''")
            << QStringList{QStringLiteral("--profile"), QString(), QStringLiteral("info")};
        QTest::newRow("--profile=")
            << QStringList{QStringLiteral("--profile="), QStringLiteral("info")};
        QTest::newRow("window") << QStringList{QStringLiteral("--profile"), QString()};
    }

    void emptyProfileIsRefused()
    {
        QFETCH(QStringList, args);
        const QString home = m_dir.filePath(QStringLiteral("leeg-thuis"));
        QVERIFY(QDir().mkpath(home));
        const Run r =
            run(args, {{QStringLiteral("HOME"), home},
                       {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
                       {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                       {QStringLiteral("FLEXWONEN_QUIT_AFTER_SHOWN"), QStringLiteral("1")}});
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains("--profile"), r.err.constData());
        QVERIFY(QDir(home).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void emptyProfileVariableMeansUnset()
    {
        const QString home = m_dir.filePath(QStringLiteral("thuis"));
        const Run r = run({QStringLiteral("info"), QStringLiteral("--json")},
                          {{QStringLiteral("HOME"), home},
                           {QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data")},
                           {QStringLiteral("FLEXWONEN_PROFILE"), QString()}});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QLatin1String("profile")).toString(),
                 home + QStringLiteral("/data/flexwonen"));
    }

    // Issue 10.5: a --kb file is someone else's: anything in its schema that is not ours (a view
    // that runs a query where the app expects a table, a trigger, an expression index) is
    // refused before a statement of the app runs on it.
    // A type this app does not know, in a file someone else wrote: the item is refused as a
    // damaged row, in one clear line that shows the name's control characters as text; the
    // lists of known types still work.
    void unknownStoredTypeIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("onbekend-type.sqlite"));
        Test::buildKb(path, {Test::sampleItem(QStringLiteral("echt"), Kb::ItemType::News,
                                              QStringLiteral("Echt nieuws")),
                             Test::sampleItem(QStringLiteral("vreemd"), Kb::ItemType::Page,
                                              QStringLiteral("Vreemd"))});
        {
            Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("UPDATE item SET type = 'fiets' || char(27) || '[2J' "
                                  "WHERE id = 'vreemd'"));
            c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("show"), QStringLiteral("vreemd")},
              QStringList{QStringLiteral("show"), QStringLiteral("vreemd"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("info")}}) {
            const Run r = runOnKb(path, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(oneClearLine(r.err), r.err.constData());
            QVERIFY2(r.err.contains("onbekend type 'fiets\\x1b[2J'"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const Run news = runOnKb(path, {QStringLiteral("list"), QStringLiteral("news")});
        QCOMPARE(news.exitCode, 0);
        QCOMPARE(news.out, QByteArray("echt\tEcht nieuws\n"));
    }

    void craftedSchemaIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("view instead of item table") << QStringLiteral(
            "ALTER TABLE item RENAME TO item_echt;"
            "CREATE VIEW item AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            "WHERE i < 2000) SELECT 'uit-view-' || i AS id, 'news' AS type, 'Uit een view ' || "
            "length(randomblob(100000)) AS title, '' AS summary, '' AS body, NULL AS region, "
            "NULL AS dossier, '' AS kind, '' AS place, NULL AS date, NULL AS end_date, "
            "NULL AS valid_from, 0 AS sort_order, 1 AS rev, '{}' AS extra FROM n;");
        QTest::newRow("trigger") << QStringLiteral(
            "CREATE TABLE spion (x); CREATE TRIGGER spion_na AFTER UPDATE ON meta BEGIN "
            "INSERT INTO spion VALUES (randomblob(1000000)); END;");
        QTest::newRow("expression index")
            << QStringLiteral("CREATE INDEX item_upper ON item (upper(title));");
        QTest::newRow("planner statistics") << QStringLiteral("ANALYZE;");
        QTest::newRow("extra table") << QStringLiteral("CREATE TABLE aanhangsel (x);");
    }

    void craftedSchemaIsRefused()
    {
        QFETCH(QString, sql);
        const QString path = m_dir.filePath(
            QStringLiteral("gemaakt-%1.sqlite")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        Test::buildKb(path, {Test::sampleItem(QStringLiteral("echt"), Kb::ItemType::News,
                                              QStringLiteral("Echt nieuws"))});
        {
            Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
            c.execScript(sql);
            c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("list"), QStringLiteral("news")},
              QStringList{QStringLiteral("search"), QStringLiteral("nieuws")}}) {
            const Run r = runOnKb(path, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(oneClearLine(r.err), r.err.constData());
            QVERIFY2(r.err.contains("schema"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
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
