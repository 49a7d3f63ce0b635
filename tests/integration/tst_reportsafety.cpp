// SPDX-License-Identifier: EUPL-1.2
// Issue 10 point 3 on the real binary: a report resolves no resource from disk or network, and
// only https:, http: and mailto: links become PDF link annotations. Every report kind of
// `flexwonen export-pdf` is made from a knowledge base whose item bodies name a real local PNG
// (file: URL and plain path), a relative image that exists in the working directory, /dev/zero,
// a FIFO, a data: image and an image on the test's HTTP server, plus javascript:, file:, data:,
// smb: and relative links next to good https:, http: and mailto: links. Oracles: the export
// finishes (a FIFO would hang it, /dev/zero exhaust memory: the child runs under a time limit
// and an address-space limit), pdfimages lists no image, the server gets zero requests, and
// every URL in the PDF (pdfinfo -url, and the /URI entries qpdf writes out) is https/http/mailto.
// The same for the ODT of `flexwonen export` (issue 12): every link in content.xml is
// https/http/mailto or a heading of the report itself, and every image is one the writer put in
// the package (a figure), none from outside.
#include "reportfixture.h"
#include "testservers.h"
#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Export
{
    int exitCode = -1;
    QByteArray err;
};

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return p.readAllStandardOutput();
}

bool goodScheme(const QString &url)
{
    return url.startsWith(u"https:"_s) || url.startsWith(u"http:"_s) ||
           url.startsWith(u"mailto:"_s);
}

} // namespace

class TestReportSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kb;
    QString m_cwd; // the export's working directory, holding relatief.png
    std::unique_ptr<Test::BadServer> m_server;

    // The real binary with a live event loop (the test server must be able to answer), in m_cwd,
    // at most 60 s and 4 GiB of address space (reading /dev/zero must fail, not take the machine).
    Export exportPdf(const QStringList &selector, const QString &out,
                     const QString &verb = u"export-pdf"_s)
    {
        QProcess p;
        p.setWorkingDirectory(m_cwd);
        p.setChildProcessModifier([] {
            const rlimit limit{rlim_t(4) << 30, rlim_t(4) << 30};
            setrlimit(RLIMIT_AS, &limit);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        p.start(qEnvironmentVariable("FLEXWONEN_BIN"),
                QStringList{u"--profile"_s, m_dir.filePath(u"profiel"_s), u"--kb"_s, m_kb, verb} +
                    selector + QStringList{u"-o"_s, out, u"--force"_s});
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return {-1, "the export did not finish within 60 s (hangs on a FIFO?)"};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("FLEXWONEN_BIN")));
        QVERIFY(Test::popplerAvailable());
        QVERIFY(!QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty());
        QVERIFY(!QStandardPaths::findExecutable(u"qpdf"_s).isEmpty());

        QImage picture(32, 32, QImage::Format_RGB32);
        picture.fill(Qt::red);
        const QString web = m_dir.filePath(u"web"_s);
        m_cwd = m_dir.filePath(u"werkmap"_s);
        QVERIFY(QDir().mkpath(web) && QDir().mkpath(m_cwd));
        const QString local = m_dir.filePath(u"lokaal.png"_s);
        QVERIFY(picture.save(local));
        QVERIFY(picture.save(web + u"/x.png"_s));
        QVERIFY(picture.save(m_cwd + u"/relatief.png"_s));
        const QString fifo = m_dir.filePath(u"fifo"_s);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        m_server = std::make_unique<Test::BadServer>(Test::BadServer::Mode::LongerThanSigned, web);

        QByteArray png;
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::ReadOnly));
            png = f.readAll().toBase64();
        }
        const QString hostile =
            u"## Open punten en volgende stappen\n\n"
            "Vijandige inhoud met plaatjes en koppelingen.\n\n"
            "![lokaal-url](%1) ![lokaal-pad](%2) ![relatief](relatief.png)\n\n"
            "![nul](file:///dev/zero) ![nul-pad](/dev/zero)\n\n"
            "![fifo-url](%3) ![fifo-pad](%4)\n\n"
            "![web](%5x.png) ![data](data:image/png;base64,%6)\n\n"
            "[script-koppeling](javascript:alert(1)) [bestand-koppeling](file:///etc/passwd) "
            "[data-koppeling](data:text/html;base64,PGI+eDwvYj4=) "
            "[smb-koppeling](smb://server/share) [relatieve-koppeling](andere.html) "
            "<file:///etc/hostname>\n\n"
            "[goede-koppeling](https://flexwonen.nl/goed) "
            "[mail-koppeling](mailto:info@flexwonen.nl)"
            " [gewone-koppeling](http://example.org/gewoon)\n"_s.arg(
                QUrl::fromLocalFile(local).toString(), local, QUrl::fromLocalFile(fifo).toString(),
                fifo, m_server->url(), QString::fromLatin1(png));
        m_kb = m_dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(m_kb, 3, 1, hostile);
    }

    void everyReportKindStaysOffline_data()
    {
        QTest::addColumn<QStringList>("selector");
        QTest::addColumn<bool>("withBodies"); // item bodies (with their links) are in the report
        QTest::newRow("region") << QStringList{u"--region"_s, u"west-brabant"_s} << false;
        QTest::newRow("dossier") << QStringList{u"--dossier"_s, u"woonvormen"_s} << true;
        QTest::newRow("pilot") << QStringList{u"--pilot"_s, u"pilot-zundert"_s} << true;
        QTest::newRow("pilots") << QStringList{u"--pilot"_s, u"alle"_s} << true;
        QTest::newRow("search") << QStringList{u"--search"_s, u"vijandige inhoud"_s} << false;
        QTest::newRow("items") << QStringList{u"--items"_s, u"doc-001,west-brabant,pilot-zundert"_s}
                               << true;
    }

    void everyReportKindStaysOffline()
    {
        QFETCH(QStringList, selector);
        QFETCH(bool, withBodies);
        const QString out =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
        const Export r = exportPdf(selector, out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(Test::pdfPageCount(out) >= 1);

        // No image from content: not the local files, not the data: image, not a placeholder.
        QCOMPARE(Test::pdfImageCount(out), 0);
        QCOMPARE(m_server->requests(), 0);
        const QString text = Test::pdfText(out).simplified();
        QVERIFY2(text.contains(u"Vijandige inhoud"_s), qPrintable(text)); // the content is there

        // Link annotations: only https, http and mailto.
        QStringList urls;
        const QStringList lines =
            QString::fromUtf8(runTool(u"pdfinfo"_s, {u"-url"_s, out})).split(u'\n');
        for (const QString &line : lines.mid(1)) {
            const QStringList columns = line.simplified().split(u' ');
            if (columns.size() >= 3)
                urls.append(columns.mid(2).join(u' '));
        }
        for (const QString &url : urls)
            QVERIFY2(goodScheme(url), qPrintable(url));
        // The same from the PDF objects themselves (uncompressed by qpdf).
        const QByteArray qdf =
            runTool(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, out, u"-"_s});
        QVERIFY(qdf.startsWith("%PDF-"));
        static const QRegularExpression uri(u"/URI\\s*\\(([^)]*)\\)"_s);
        int uriCount = 0;
        for (auto m = uri.globalMatch(QString::fromLatin1(qdf)); m.hasNext();) {
            const QString url = m.next().captured(1);
            ++uriCount;
            QVERIFY2(goodScheme(url), qPrintable(url));
        }
        QCOMPARE(uriCount, urls.size());
        for (const char *action :
             {"/Launch", "/GoToR", "/JavaScript", "/ImportData", "/EmbeddedFile"})
            QVERIFY2(!qdf.contains(action), action);
        if (withBodies) {
            // The good links survive as links; the refused ones as their text.
            QVERIFY2(urls.contains(u"https://flexwonen.nl/goed"_s), qPrintable(urls.join(u' ')));
            QVERIFY(urls.contains(u"mailto:info@flexwonen.nl"_s));
            QVERIFY(urls.contains(u"http://example.org/gewoon"_s));
            for (const QString &label : {u"script-koppeling"_s, u"bestand-koppeling"_s,
                                         u"data-koppeling"_s, u"smb-koppeling"_s})
                QVERIFY2(text.contains(label), qPrintable(label));
        }
    }

    void everyOdtStaysOffline_data() { everyReportKindStaysOffline_data(); }

    void everyOdtStaysOffline()
    {
        QFETCH(QStringList, selector);
        QFETCH(bool, withBodies);
        const QString out =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".odt"_s);
        const Export r = exportPdf(selector, out, u"export"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server->requests(), 0);
        const QByteArray xml = runTool(u"unzip"_s, {u"-p"_s, out, u"content.xml"_s});
        QVERIFY2(xml.contains("office:document-content"), xml.left(200).constData());
        // The text without its markup (a search hit's matched words are spans of their own).
        static const QRegularExpression tag(u"<[^>]*>"_s);
        const QString text = QString::fromUtf8(xml).remove(tag);
        QVERIFY(text.contains(u"Vijandige inhoud"_s, Qt::CaseInsensitive));
        // Links: https, http, mailto, or a heading of the report ("#…").
        static const QRegularExpression href(u"<text:a [^>]*xlink:href=\"([^\"]*)\""_s);
        QStringList links;
        for (auto m = href.globalMatch(QString::fromUtf8(xml)); m.hasNext();) {
            const QString url = m.next().captured(1).replace(u"&amp;"_s, u"&"_s);
            links.append(url);
            QVERIFY2(goodScheme(url) || url.startsWith(u'#'), qPrintable(url));
        }
        // Images: only what the writer put in the package (Pictures/…), nothing linked.
        static const QRegularExpression image(u"<draw:image [^>]*xlink:href=\"([^\"]*)\""_s);
        for (auto m = image.globalMatch(QString::fromUtf8(xml)); m.hasNext();) {
            const QString target = m.next().captured(1);
            QVERIFY2(!target.contains(u':') && !target.startsWith(u'/') &&
                         !target.contains(u".."_s),
                     qPrintable(target));
        }
        if (withBodies) {
            QVERIFY2(links.contains(u"https://flexwonen.nl/goed"_s), qPrintable(links.join(u' ')));
            QVERIFY(links.contains(u"mailto:info@flexwonen.nl"_s));
            for (const QString &label : {u"script-koppeling"_s, u"bestand-koppeling"_s,
                                         u"data-koppeling"_s, u"smb-koppeling"_s})
                QVERIFY2(text.contains(label), qPrintable(label));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportSafety)
#include "tst_reportsafety.moc"
