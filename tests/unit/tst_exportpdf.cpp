// SPDX-License-Identifier: GPL-3.0-or-later
// flexwonen export-pdf on the real binary: reports, exit codes, one-line errors, no clobbering.
#include "reportfixture.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kb;

    Run run(QStringList args)
    {
        args.prepend(m_kb);
        args.prepend(u"--kb"_s);
        args.prepend(m_dir.filePath(u"profiel"_s));
        args.prepend(u"--profile"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // the verb must not need a display or a platform
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FLEXWONEN_BIN"), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static bool oneClearLine(const QByteArray &err)
    {
        return err.startsWith("flexwonen: ") && err.count('\n') == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("FLEXWONEN_BIN")));
        QVERIFY(Test::popplerAvailable());
        m_kb = m_dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(m_kb, 4, 2);
    }

    void exportsEveryKindOfReport_data()
    {
        QTest::addColumn<QStringList>("selector");
        QTest::addColumn<QString>("expected");
        QTest::newRow("region") << QStringList{u"--region"_s, u"west-brabant"_s}
                                << u"Regio-overzicht voor de raad: West-Brabant"_s;
        QTest::newRow("dossier") << QStringList{u"--dossier"_s, u"woonvormen"_s}
                                 << u"Dossier: Woonvormen"_s;
        QTest::newRow("pilot") << QStringList{u"--pilot"_s, u"pilot-zundert"_s} << u"Thuisvester"_s;
        QTest::newRow("pilots") << QStringList{u"--pilot"_s, u"alle"_s}
                                << u"Overzicht van de pilots"_s;
        QTest::newRow("search") << QStringList{u"--search"_s, u"kleine kernen"_s}
                                << u"Zoekopdracht: kleine kernen"_s;
        QTest::newRow("items") << QStringList{u"--items"_s, u"doc-wgv,west-brabant"_s, u"--note"_s,
                                              u"Voor de raad van maart."_s}
                               << u"Voor de raad van maart."_s;
    }

    void exportsEveryKindOfReport()
    {
        QFETCH(QStringList, selector);
        QFETCH(QString, expected);
        const QString out =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
        const Run r = run(QStringList{u"export-pdf"_s} + selector + QStringList{u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith("PDF geschreven: "));
        QVERIFY(Test::pdfText(out).simplified().contains(expected));
        QVERIFY(Test::pdfPageCount(out) >= 1);
    }

    void everyBundledRegionFitsTwoPages()
    {
        // Brief §3.3: the regio-overzicht is one or two pages, for the real content too.
        const QString base = Test::bundledBase();
        if (!QFileInfo::exists(base))
            QSKIP("no bundled knowledge base in this build");
        const QString saved = m_kb;
        m_kb = base;
        for (const char *region :
             {"stadsregio-rotterdam", "stadsregio-amsterdam", "stadsgewest-haaglanden",
              "west-brabant", "limburg", "noord-holland-noord", "holland-rijnland", "sre"}) {
            const QString out = m_dir.filePath(QLatin1String(region) + u"-echt.pdf"_s);
            const Run r =
                run({u"export-pdf"_s, u"--region"_s, QLatin1String(region), u"-o"_s, out});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const int pages = Test::pdfPageCount(out);
            QVERIFY2(pages >= 1 && pages <= 2, region);
            if (qstrcmp(region, "west-brabant") == 0) {
                // The open points come from the region text's "Open punten" section.
                const QString text = Test::pdfText(out).simplified();
                const qsizetype open = text.indexOf(u"Open punten en volgende stappen"_s);
                QVERIFY(open >= 0);
                QVERIFY(text.indexOf(u"Hoeveel van de 4.750 plus 4.750 bedden"_s, open) > open);
            }
        }
        m_kb = saved;
    }

    void existingFileNeedsForce()
    {
        const QString out = m_dir.filePath(u"bestaat.pdf"_s);
        Test::writeFile(out, "niet overschrijven");
        const Run r = run({u"export-pdf"_s, u"--region"_s, u"west-brabant"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY(r.err.contains("bestaat al"));
        QVERIFY(r.err.contains("--force"));
        QCOMPARE(Test::readFile(out), QByteArray("niet overschrijven"));

        const Run forced =
            run({u"export-pdf"_s, u"--region"_s, u"west-brabant"_s, u"-o"_s, out, u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(Test::readFile(out).startsWith("%PDF-"));
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString out = m_dir.filePath(u"fout.pdf"_s);
        QTest::newRow("unknown region") << QStringList{u"--region"_s, u"atlantis"_s, u"-o"_s, out}
                                        << 1 << QByteArray("Onbekende regio 'atlantis'");
        QTest::newRow("region id of a dossier")
            << QStringList{u"--region"_s, u"woonvormen"_s, u"-o"_s, out} << 1
            << QByteArray("Onbekende regio");
        QTest::newRow("unknown dossier") << QStringList{u"--dossier"_s, u"nee"_s, u"-o"_s, out} << 1
                                         << QByteArray("Onbekend dossier 'nee'");
        QTest::newRow("unknown item") << QStringList{u"--items"_s, u"doc-wgv,nee"_s, u"-o"_s, out}
                                      << 1 << QByteArray("Onbekend item 'nee'");
        QTest::newRow("missing folder") << QStringList{u"--region"_s, u"west-brabant"_s, u"-o"_s,
                                                       m_dir.filePath(u"nergens/x.pdf"_s)}
                                        << 1 << QByteArray("bestaat niet");
        QTest::newRow("no output") << QStringList{u"--region"_s, u"west-brabant"_s} << 64
                                   << QByteArray("Gebruik: flexwonen export-pdf");
        QTest::newRow("no report")
            << QStringList{u"-o"_s, out} << 64 << QByteArray("Gebruik: flexwonen export-pdf");
        QTest::newRow("two reports")
            << QStringList{u"--region"_s,   u"west-brabant"_s, u"--dossier"_s,
                           u"woonvormen"_s, u"-o"_s,           out}
            << 64 << QByteArray("Gebruik: flexwonen export-pdf");
    }

    void badInputIsOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = run(QStringList{u"export-pdf"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(oneClearLine(r.err), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"fout.pdf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
