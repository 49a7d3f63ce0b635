// SPDX-License-Identifier: GPL-3.0-or-later
// The report library, read back from the PDFs with poppler-utils (pdftotext, pdfinfo, pdffonts).
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportdocument.h"
#include "report/reportmap.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate PrintDate(2025, 3, 4);

bool mountTmpfs(const QString &dir, const QString &options)
{
    QProcess p;
    p.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir});
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void unmount(const QString &dir)
{
    QProcess::execute(u"umount"_s, {dir});
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kbPath;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;

    Report::ReportBuilder builder() const
    {
        return Report::ReportBuilder(*m_kb, Report::placeholderMap(), PrintDate);
    }

    QString exportPdf(const Report::ReportContent &content, const QString &name,
                      Report::ReportDocument **keep = nullptr,
                      const Report::MapPainter &map = Report::placeholderMap().paint)
    {
        const QString path = m_dir.filePath(name);
        auto *report = new Report::ReportDocument(content, map);
        Report::PdfExporter::write(*report, path, Report::PdfExporter::Overwrite::Yes);
        if (keep)
            *keep = report;
        else
            delete report;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(Test::popplerAvailable(), "poppler-utils (pdftotext, pdfinfo, pdffonts) needed");
        // FLEXWONEN_KEEP_PDFS=1 keeps the PDFs to look at (pdftoppm -png -r 60 …).
        if (qEnvironmentVariableIsSet("FLEXWONEN_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        m_kbPath = m_dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(m_kbPath, 8, 4);
        m_kb =
            std::make_unique<Kb::KnowledgeBase>(m_kbPath, Kb::KnowledgeBase::Access::ReadOnlyFile);
    }

    void regionOverviewHoldsWhatTheCouncilNeeds()
    {
        const QString pdf = exportPdf(builder().regionOverview(u"west-brabant"_s), u"regio.pdf"_s);
        const QString text = Test::pdfText(pdf).simplified();
        for (const QString &expected :
             {u"Regio-overzicht voor de raad: West-Brabant"_s, u"peiljaar 2012"_s,
              u"afgedrukt op 4 maart 2025"_s, u"Breda"_s, u"Etten-Leur"_s, u"Arbeidsmigranten in"_s,
              u"circa 17.000–"_s, u"officiële raming"_s, u"Conferentie West-Brabant 2012"_s,
              u"Actieplan huisvesting West-Brabant"_s, u"18 juni 2013"_s,
              u"Wet goed verhuurderschap"_s, u"1 juli 2023"_s, u"Woonconcepten kleine kernen"_s,
              u"Regio West-Brabant"_s, u"Kamerbrief voortgang (25-09-2012)"_s, u"Kadaster / CBS"_s,
              u"Kaart van Nederland"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        const int pages = Test::pdfPageCount(pdf);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(u"Pagina 1 van %1"_s.arg(pages)));
        QVERIFY(text.contains(u"kennisbank nr. 7"_s));
        QVERIFY(!text.contains(u"March"_s));
    }

    void fontsAreEmbeddedAndTextExtractsCleanly()
    {
        const QString pdf = exportPdf(builder().dossier(u"woonvormen"_s), u"fonts.pdf"_s);
        const QString fonts = Test::pdfFonts(pdf);
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            QVERIFY2(row.startsWith(u"DejaVuSans"_s), qPrintable(row));
            QVERIFY2(row.contains(QRegularExpression(u"\\byes\\s+(yes|no)\\s+yes\\b"_s)),
                     qPrintable(row)); // emb, sub, uni
        }
        const QString text = Test::pdfText(pdf);
        QVERIFY(!text.contains(QChar(0xFB01))); // ﬁ
        QVERIFY(!text.contains(QChar(0xFB02))); // ﬂ
        for (const QString &word : {u"flexibele"_s, u"financiële"_s, u"coördinatie"_s,
                                    u"officiële"_s, u"geëvalueerd"_s, u"reële"_s})
            QVERIFY2(text.contains(word), qPrintable(word));
    }

    void metadataNamesTitleAuthorSubjectLanguage()
    {
        const QString pdf = exportPdf(builder().regionOverview(u"west-brabant"_s), u"meta.pdf"_s);
        QProcess p;
        p.start(u"pdfinfo"_s, {pdf});
        QVERIFY(p.waitForFinished());
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.readAllStandardError().isEmpty(), "pdfinfo complains about the file");
        QVERIFY(info.contains(u"Title:           Regio-overzicht voor de raad — West-Brabant"_s));
        QVERIFY(info.contains(u"Author:          Expertisecentrum Flexwonen"_s));
        QVERIFY(info.contains(u"Subject:         Huisvesting van arbeidsmigranten"_s));
        QVERIFY(info.contains(u"Page size:       595 x 842 pts (A4)"_s));
        const QByteArray bytes = Test::readFile(pdf);
        QVERIFY(bytes.contains("/Lang <FEFF006E006C002D004E004C>")); // nl-NL
        QVERIFY(bytes.contains("<dc:language><rdf:Bag><rdf:li>nl-NL"));
        QProcess meta;
        meta.start(u"pdfinfo"_s, {u"-meta"_s, pdf});
        QVERIFY(meta.waitForFinished());
        QVERIFY(meta.readAllStandardOutput().contains("dc:description"));
    }

    void mapAndChartsAreVectors()
    {
        // The real map (NlMap), painted as vectors (labels too): no image in the PDF.
        const Report::ReportBuilder real(*m_kb, Report::nlMapSource(), PrintDate);
        const QString pdf = exportPdf(real.regionOverview(u"west-brabant"_s), u"map.pdf"_s, nullptr,
                                      real.map().paint);
        QCOMPARE(Test::pdfImageCount(pdf), 0);
        const QString text = Test::pdfText(pdf, 1, 1).simplified();
        QVERIFY(text.contains(u"Natural Earth"_s));                  // the map credits
        QVERIFY(!text.contains(u"Kaart van Nederland met regio"_s)); // not the placeholder
    }

    void dossierHasTableOfContentsWithRightPageNumbers()
    {
        Report::ReportDocument *report = nullptr;
        const QString pdf =
            exportPdf(builder().dossier(u"woonvormen"_s), u"dossier.pdf"_s, &report);
        std::unique_ptr<Report::ReportDocument> owner(report);
        const auto toc = report->tableOfContents();
        QCOMPARE(toc.size(), 10); // the 8 generated documents, the agreement and the law
        const int pages = Test::pdfPageCount(pdf);
        QCOMPARE(pages, report->pageCount());
        QVERIFY(pages >= 3);
        const QString first = Test::pdfText(pdf, 1, 1);
        QVERIFY(first.contains(u"Inhoud"_s));
        int previous = 2;
        for (const auto &entry : toc) {
            QVERIFY2(entry.page >= previous && entry.page <= pages, qPrintable(entry.title));
            previous = entry.page;
            // The title is on the page the contents name, and the contents show that number.
            QVERIFY2(Test::pdfText(pdf, entry.page, entry.page).simplified().contains(entry.title),
                     qPrintable(u"%1 on page %2"_s.arg(entry.title).arg(entry.page)));
            QVERIFY2(first.contains(QRegularExpression(QRegularExpression::escape(entry.title) +
                                                       u"\\s+"_s + QString::number(entry.page) +
                                                       u"\\b"_s)),
                     qPrintable(entry.title));
        }
        // Each document names its kind, date, region and sources.
        const QString text = Test::pdfText(pdf).simplified();
        QVERIFY(text.contains(u"Praktijkvoorbeeld · 18 januari 2012 · landelijk"_s));
        QVERIFY(text.contains(u"regio West-Brabant"_s));
        QVERIFY(text.contains(u"Bronnen"_s));
        QVERIFY(text.contains(u"Pagina %1 van %1"_s.arg(pages)));
    }

    void otherReportsCarryTheirContent()
    {
        const QString pilot = exportPdf(builder().pilots(u"pilot-zundert"_s), u"pilot.pdf"_s);
        QVERIFY(Test::pdfText(pilot).contains(u"Thuisvester"_s));
        const QString all = exportPdf(builder().pilots(u"alle"_s), u"pilots.pdf"_s);
        QVERIFY(Test::pdfText(all).contains(u"Overzicht van de pilots"_s));

        Kb::SearchFilters documents;
        documents.type = Kb::ItemType::Document;
        const Report::ReportContent found = builder().search(u"short stay"_s, documents);
        const QString search = exportPdf(found, u"zoek.pdf"_s);
        const QString text = Test::pdfText(search).simplified();
        QVERIFY(text.contains(u"Zoekopdracht: short stay"_s));
        QVERIFY(text.contains(u"type: Document"_s, Qt::CaseInsensitive));
        QVERIFY(text.contains(u"Aantal resultaten: 8"_s));
        QVERIFY(text.contains(u"Praktijkvoorbeeld 3"_s));
        // The matched words, and only they, are bold: the query in the heading, then every
        // match the search reported in the snippets.
        Kb::SearchRequest request;
        request.text = u"short stay"_s;
        request.filters = documents;
        request.limit = Report::SearchReportLimit;
        const Kb::SearchResults results = m_kb->search(request);
        QCOMPARE(results.hits.size(), 8);
        qsizetype matches = 0;
        for (const Kb::SearchHit &hit : results.hits)
            matches += hit.matches.size();
        QVERIFY(matches >= 8);
        QStringList bold;
        static const QRegularExpression b(u"<b>(.*?)</b>"_s);
        for (const QRegularExpressionMatch &m : b.globalMatch(found.html))
            bold.append(m.captured(1));
        QCOMPARE(bold.size(), 1 + matches);
        QCOMPARE(bold.takeFirst(), u"short stay"_s);
        for (const QString &word : std::as_const(bold))
            QVERIFY2(word.compare(u"short"_s, Qt::CaseInsensitive) == 0 ||
                         word.compare(u"stay"_s, Qt::CaseInsensitive) == 0,
                     qPrintable(word));

        const QString custom =
            exportPdf(builder().collection({u"doc-wgv"_s, u"west-brabant"_s, u"doc-002"_s},
                                           u"Voor de commissie Wonen van 12 maart."_s),
                      u"eigen.pdf"_s);
        const QString c = Test::pdfText(custom).simplified();
        QVERIFY(c.contains(u"Voor de commissie Wonen van 12 maart."_s));
        // The chosen order holds.
        const qsizetype wgv = c.lastIndexOf(u"Wet goed verhuurderschap"_s);
        const qsizetype region = c.lastIndexOf(u"Gemeenten (3, peiljaar 2012)"_s);
        const qsizetype doc = c.lastIndexOf(u"Praktijkvoorbeeld 2"_s);
        QVERIFY(wgv > 0 && wgv < region && region < doc);
    }

    void unknownIdsAreRefused()
    {
        const auto refused = [](const std::function<void()> &f) {
            try {
                f();
            } catch (const Kb::Error &e) {
                return e.kind() == Kb::Error::Kind::NotFound;
            }
            return false;
        };
        QVERIFY(refused([&] { builder().regionOverview(u"woonvormen"_s); }));
        QVERIFY(refused([&] { builder().regionOverview(u"bestaat-niet"_s); }));
        QVERIFY(refused([&] { builder().dossier(u"bestaat-niet"_s); }));
        QVERIFY(refused([&] { builder().pilots(u"west-brabant"_s); }));
        QVERIFY(refused([&] { builder().collection({u"doc-wgv"_s, u"nee"_s}, {}); }));
    }

    void existingFileIsKeptWithoutOverwrite()
    {
        const QString path = m_dir.filePath(u"bestaat.pdf"_s);
        Test::writeFile(path, "oud");
        Report::ReportDocument report(builder().regionOverview(u"west-brabant"_s), {});
        QVERIFY_THROWS_EXCEPTION(Kb::Error, Report::PdfExporter::write(
                                                report, path, Report::PdfExporter::Overwrite::No));
        QCOMPARE(Test::readFile(path), QByteArray("oud"));
        QVERIFY(Report::PdfExporter::write(report, path, Report::PdfExporter::Overwrite::Yes));
        QVERIFY(Test::readFile(path).startsWith("%PDF-"));
    }

    void missingOrUnusableFolderIsRefused()
    {
        Report::ReportDocument report(builder().regionOverview(u"west-brabant"_s), {});
        QVERIFY_THROWS_EXCEPTION(
            Kb::Error, Report::PdfExporter::write(report, m_dir.filePath(u"geen/map/x.pdf"_s),
                                                  Report::PdfExporter::Overwrite::Yes));
        const QString file = m_dir.filePath(u"gewoon-bestand"_s);
        Test::writeFile(file, "x");
        QVERIFY_THROWS_EXCEPTION(Kb::Error,
                                 Report::PdfExporter::write(report, file + u"/x.pdf"_s,
                                                            Report::PdfExporter::Overwrite::Yes));
        QVERIFY_THROWS_EXCEPTION(
            Kb::Error,
            Report::PdfExporter::write(report, m_dir.path(), Report::PdfExporter::Overwrite::Yes));
    }

    void readOnlyFolderIsRefused()
    {
        const QString dir = m_dir.filePath(u"alleen-lezen"_s);
        QVERIFY(QDir().mkpath(dir));
        if (!mountTmpfs(dir, u"ro,size=64k"_s))
            QSKIP("mount -t tmpfs not permitted here (needs root)");
        Report::ReportDocument report(builder().regionOverview(u"west-brabant"_s), {});
        bool thrown = false;
        try {
            Report::PdfExporter::write(report, dir + u"/x.pdf"_s,
                                       Report::PdfExporter::Overwrite::Yes);
        } catch (const Kb::Error &e) {
            thrown = e.message().contains(u"Kan "_s);
        }
        unmount(dir);
        QVERIFY(thrown);
    }

    void fullDiskLeavesNoHalfFile()
    {
        // A real full disk: a 16 KiB tmpfs, smaller than the dossier PDF.
        const QString dir = m_dir.filePath(u"vol"_s);
        QVERIFY(QDir().mkpath(dir));
        if (!mountTmpfs(dir, u"size=16k"_s))
            QSKIP("mount -t tmpfs not permitted here (needs root)");
        const QString path = dir + u"/dossier.pdf"_s;
        Test::writeFile(path, "vorige versie");
        Report::ReportDocument report(builder().dossier(u"woonvormen"_s), {});
        QString message;
        try {
            Report::PdfExporter::write(report, path, Report::PdfExporter::Overwrite::Yes);
        } catch (const Kb::Error &e) {
            message = e.message();
        }
        const QByteArray after = Test::readFile(path);
        const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        unmount(dir);
        QVERIFY2(message.contains(u"schijf vol"_s),
                 qPrintable(message + u" / "_s + QString::number(after.size())));
        QCOMPARE(after, QByteArray("vorige versie"));  // the old file survives, whole
        QCOMPARE(left, QStringList{u"dossier.pdf"_s}); // and no temporary file is left
    }

    void cancelledExportWritesNothing()
    {
        const QString path = m_dir.filePath(u"afgebroken.pdf"_s);
        Report::ReportDocument report(builder().dossier(u"woonvormen"_s), {});
        int calls = 0;
        const bool written = Report::PdfExporter::write(
            report, path, Report::PdfExporter::Overwrite::No, [&calls](int page, int total) {
                ++calls;
                return page < 2 && total > 2;
            });
        QVERIFY(!written);
        QCOMPARE(calls, 2);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
