// SPDX-License-Identifier: EUPL-1.2
// Report timings: the regio-overzicht (median of 10, whole export: build, layout, paint,
// metadata, atomic write) and a generated dossier of about 100 pages, as the builders make them;
// then the tagged-PDF renderer alone on block content of the same two sizes: an overview-sized
// document with the real map and a synthetic document of about 100 pages.
//   reportbench [--kb FILE] [--region ID] [--tagged] [--check]
// (default: a generated knowledge base; --tagged: only the synthetic block content)
// --check exits 1 when over budget: 500 ms for an overview, 3 s for 100 pages.
#include "blockfixture.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"
#include "report/reportmap.h"
#include "reportfixture.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

double exportMs(Kb::KnowledgeBase &kb,
                const std::function<Report::ReportContent(const Report::ReportBuilder &)> &make,
                const QString &path, int *pages)
{
    QElapsedTimer timer;
    timer.start();
    const Report::ReportBuilder builder(kb);
    *pages = Report::ReportExporter::write(make(builder), Report::ReportExporter::Format::Pdf, path,
                                           Report::PdfExporter::Overwrite::Yes)
                 .pages;
    return timer.nsecsElapsed() / 1e6;
}

// The floor: the same report's blocks as HTML through Qt's own QTextDocument::print() into a
// QPdfWriter: Qt's default pagination, no header or footer, no contents page numbers, no tags,
// no metadata, no atomic write. What the app adds on top of the plainest export shows as the
// ratio.
double floorMs(Kb::KnowledgeBase &kb,
               const std::function<Report::ReportContent(const Report::ReportBuilder &)> &make,
               const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const Report::ReportBuilder builder(kb);
    QTextDocument document;
    document.setHtml(Test::syntheticHtml(make(builder).blocks));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return timer.nsecsElapsed() / 1e6;
}

// The tagged renderer: blocks to a written file (layout, paint, tags, qpdf, atomic write).
double taggedMs(const Report::ReportContent &content, const QString &path, int *pages)
{
    QElapsedTimer timer;
    timer.start();
    Report::PdfExporter::write(content, path, Report::PdfExporter::Overwrite::Yes, {}, pages);
    return timer.nsecsElapsed() / 1e6;
}

// Its floor: the same text as HTML through QTextDocument::print(), as above.
double htmlFloorMs(const Report::ReportContent &content, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QTextDocument document;
    document.setHtml(Test::syntheticHtml(content.blocks));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return timer.nsecsElapsed() / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The real reports, built from a knowledge base: returns true when over budget.
bool builderBench(const QStringList &args, const QTemporaryDir &dir, QTextStream &out)
{
    QString kbPath = args.contains(u"--kb"_s) ? args.value(args.indexOf(u"--kb"_s) + 1) : QString();
    const QString region = args.contains(u"--region"_s)
                               ? args.value(args.indexOf(u"--region"_s) + 1)
                               : u"west-brabant"_s;
    if (kbPath.isEmpty()) {
        kbPath = dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(kbPath, 1, 1);
    }
    // The dossier: 60 documents of 20 paragraphs each come to just over 100 pages.
    const QString bigKb = dir.filePath(u"groot.sqlite"_s);
    Test::buildReportKb(bigKb, 60, 20);

    Kb::KnowledgeBase kb(kbPath, Kb::KnowledgeBase::Access::ReadOnlyFile);
    QList<double> runs;
    int pages = 0;
    double first = 0;
    for (int i = 0; i < 11; ++i) {
        const double ms = exportMs(
            kb, [&](const Report::ReportBuilder &b) { return b.regionOverview(region); },
            dir.filePath(u"regio.pdf"_s), &pages);
        if (i == 0)
            first = ms; // includes registering fonts and parsing the map once per process
        else
            runs.append(ms);
    }
    QList<double> floorRuns;
    for (int i = 0; i < 10; ++i)
        floorRuns.append(floorMs(
            kb, [&](const Report::ReportBuilder &b) { return b.regionOverview(region); },
            dir.filePath(u"regio-vloer.pdf"_s)));
    out << u"regio-overzicht %1: %2 pagina's, eerste keer %3 ms, mediaan van 10: %4 ms; "
           "vloer (QTextDocument::print) %5 ms, verhouding %6\n"_s.arg(region)
               .arg(pages)
               .arg(first, 0, 'f', 1)
               .arg(median(runs), 0, 'f', 1)
               .arg(median(floorRuns), 0, 'f', 1)
               .arg(median(runs) / median(floorRuns), 0, 'f', 2);

    Kb::KnowledgeBase big(bigKb, Kb::KnowledgeBase::Access::ReadOnlyFile);
    QList<double> dossierRuns;
    for (int i = 0; i < 3; ++i)
        dossierRuns.append(exportMs(
            big, [](const Report::ReportBuilder &b) { return b.dossier(u"woonvormen"_s); },
            dir.filePath(u"dossier.pdf"_s), &pages));
    QList<double> dossierFloor;
    for (int i = 0; i < 3; ++i)
        dossierFloor.append(floorMs(
            big, [](const Report::ReportBuilder &b) { return b.dossier(u"woonvormen"_s); },
            dir.filePath(u"dossier-vloer.pdf"_s)));
    out << u"dossierrapport: %1 pagina's, mediaan van 3: %2 ms; vloer %3 ms, verhouding %4\n"_s
               .arg(pages)
               .arg(median(dossierRuns), 0, 'f', 1)
               .arg(median(dossierFloor), 0, 'f', 1)
               .arg(median(dossierRuns) / median(dossierFloor), 0, 'f', 2);
    return median(runs) > 500 || median(dossierRuns) > 3000 || pages < 100;
}

// The tagged renderer (issue 12) on block content: returns true when over budget.
bool taggedBench(const QTemporaryDir &dir, QTextStream &out)
{
    int pages = 0;
    // The real map, with the municipalities of a generated base's regions.
    const QString mapKbPath = dir.filePath(u"kaart.sqlite"_s);
    Test::buildReportKb(mapKbPath, 1, 1);
    Kb::KnowledgeBase mapKb(mapKbPath, Kb::KnowledgeBase::Access::ReadOnlyFile);
    const Report::MapSource map = Report::nlMapSource(mapKb);
    const Report::ReportContent overview = Test::syntheticOverview(
        [&map](QPainter &p, const QRectF &r) { map.paint(p, r, u"west-brabant"_s, {}); });
    QList<double> taggedRuns;
    double taggedFirst = 0;
    for (int i = 0; i < 11; ++i) {
        const double ms = taggedMs(overview, dir.filePath(u"getagd.pdf"_s), &pages);
        if (i == 0)
            taggedFirst = ms; // includes copying the fonts for fontconfig once per process
        else
            taggedRuns.append(ms);
    }
    QList<double> taggedFloor;
    for (int i = 0; i < 10; ++i)
        taggedFloor.append(htmlFloorMs(overview, dir.filePath(u"getagd-vloer.pdf"_s)));
    out << u"getagd overzicht: %1 pagina's, eerste keer %2 ms, mediaan van 10: %3 ms; "
           "vloer %4 ms, verhouding %5\n"_s.arg(pages)
               .arg(taggedFirst, 0, 'f', 1)
               .arg(median(taggedRuns), 0, 'f', 1)
               .arg(median(taggedFloor), 0, 'f', 1)
               .arg(median(taggedRuns) / median(taggedFloor), 0, 'f', 2);

    Test::SyntheticOptions options;
    options.sections = 84;
    options.hostile = false;
    const Report::ReportContent hundred = Test::syntheticReport(options);
    QList<double> hundredRuns;
    for (int i = 0; i < 3; ++i)
        hundredRuns.append(taggedMs(hundred, dir.filePath(u"getagd-100.pdf"_s), &pages));
    QList<double> hundredFloor;
    for (int i = 0; i < 3; ++i)
        hundredFloor.append(htmlFloorMs(hundred, dir.filePath(u"getagd-100-vloer.pdf"_s)));
    out << u"getagd document: %1 pagina's, mediaan van 3: %2 ms; vloer %3 ms, verhouding %4\n"_s
               .arg(pages)
               .arg(median(hundredRuns), 0, 'f', 1)
               .arg(median(hundredFloor), 0, 'f', 1)
               .arg(median(hundredRuns) / median(hundredFloor), 0, 'f', 2);
    return median(taggedRuns) > 500 || median(hundredRuns) > 3000 || pages < 100;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QGuiApplication::arguments();
    QTemporaryDir dir;
    // FLEXWONEN_KEEP_PDFS=1 keeps the PDFs to look at.
    if (qEnvironmentVariableIsSet("FLEXWONEN_KEEP_PDFS")) {
        dir.setAutoRemove(false);
        out << "PDFs in " << dir.path() << '\n';
    }
    // --tagged: only the tagged renderer.
    bool over = !args.contains(u"--tagged"_s) && builderBench(args, dir, out);
    over = taggedBench(dir, out) || over;
    return args.contains(u"--check"_s) && over ? 1 : 0;
}
