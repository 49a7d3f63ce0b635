// SPDX-License-Identifier: EUPL-1.2
// The report library: what the builders put in ReportContent::blocks (structure and text, read
// directly), and the PDFs PdfRenderer makes of them, read back with poppler-utils (pdftotext,
// pdfinfo, pdffonts).
#include "kb/itemmarkdown.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/blocktext.h"
#include "report/keyfigurechart.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportchoices.h"
#include "report/reportmap.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Report;
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

// Every block, Columns opened, in reading order.
QList<Block> flat(const QList<Block> &blocks)
{
    QList<Block> out;
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Columns) {
            for (const QList<Block> &column : std::as_const(b.columns->columns))
                out += flat(column);
        } else {
            out.append(b);
        }
    }
    return out;
}

QList<Block> ofKind(const QList<Block> &blocks, Block::Kind kind)
{
    QList<Block> out;
    for (const Block &b : flat(blocks)) {
        if (b.kind == kind)
            out.append(b);
    }
    return out;
}

QString text(const ReportContent &content, bool withFigures = false)
{
    return blockTexts(content.blocks, withFigures).join(u'\n');
}

// The blocks right after the heading with this text, up to the next heading of its level.
QList<Block> section(const ReportContent &content, const QString &heading)
{
    QList<Block> out;
    int level = 0;
    for (const Block &b : flat(content.blocks)) {
        if (b.kind == Block::Kind::Heading) {
            if (level > 0 && b.level <= level)
                break;
            if (level == 0 && b.text.plainText() == heading) {
                level = b.level;
                continue;
            }
        }
        if (level > 0)
            out.append(b);
    }
    return out;
}

QStringList headerCells(const Table &t)
{
    QStringList cells;
    for (const TableCell &c : t.rows.value(0))
        cells.append(c.paragraphs.value(0).plainText());
    return cells;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kbPath;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;

    ReportBuilder builder() const { return ReportBuilder(*m_kb, placeholderMap(), PrintDate); }

    // The PDF of content at name through PdfExporter (PdfRenderer).
    QString exportPdf(const ReportContent &content, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        PdfExporter::write(content, path, PdfExporter::Overwrite::Yes);
        return path;
    }

    static void checkAnchors(const ReportContent &content)
    {
        QSet<QString> anchors;
        for (const Block &b : ofKind(content.blocks, Block::Kind::Heading)) {
            QVERIFY2(!b.anchor.isEmpty(), qPrintable(b.text.plainText()));
            QVERIFY2(!anchors.contains(b.anchor), qPrintable(b.anchor));
            anchors.insert(b.anchor);
            QVERIFY(b.level >= 1 && b.level <= 3);
        }
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
        const ReportContent content = builder().regionOverview(u"west-brabant"_s);
        const QString all = text(content);
        for (const QString &expected :
             {u"Regio-overzicht voor de raad: West-Brabant"_s, u"peiljaar 2012"_s,
              u"afgedrukt op 4 maart 2025"_s, u"Breda"_s, u"Etten-Leur"_s, u"Arbeidsmigranten in"_s,
              u"circa 17.000–"_s, u"officiële raming"_s, u"Conferentie West-Brabant 2012"_s,
              u"Actieplan huisvesting West-Brabant"_s, u"18 juni 2013"_s,
              u"Wet goed verhuurderschap"_s, u"1 juli 2023"_s, u"Woonconcepten kleine kernen"_s,
              u"Regio West-Brabant"_s, u"Kamerbrief voortgang (25-09-2012)"_s, u"Kadaster / CBS"_s})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        QCOMPARE(content.blocks.first().kind, Block::Kind::Heading);
        QCOMPARE(content.blocks.first().level, 1);
        checkAnchors(content);

        // Map and facts side by side; the map a figure whose alternative text names the region
        // and its municipalities; the map credits under it.
        QCOMPARE(content.blocks.at(2).kind, Block::Kind::Columns);
        const Columns &c = *content.blocks.at(2).columns;
        QCOMPARE(c.columns.size(), 2);
        QCOMPARE(c.weights.size(), 2);
        QCOMPARE(c.columns[0].first().kind, Block::Kind::Figure);
        const Figure &map = *c.columns[0].first().figure;
        QCOMPARE(map.altText, u"Kaart van Nederland waarop de regio West-Brabant is gemarkeerd: "
                              "de 3 gemeenten Breda, Zundert en Etten-Leur (2012)."_s);
        QVERIFY(map.paint && map.sizeMm.width() > 50);
        QCOMPARE(c.columns[0].at(1).role, TextRole::Caption);
        QVERIFY(c.columns[0].at(1).text.plainText().contains(u"Kadaster / CBS"_s));
        QVERIFY(blockTexts(c.columns[1]).join(u' ').contains(u"Gemeenten (3, peiljaar 2012)"_s));

        // Key figures: a table with a header row naming year, definition and source.
        const QList<Block> figures = section(content, u"Kerncijfers"_s);
        QVERIFY(!figures.isEmpty());
        QCOMPARE(figures.first().kind, Block::Kind::Table);
        const Table &t = *figures.first().table;
        QCOMPARE(t.headerRows, 1);
        QCOMPARE(headerCells(t),
                 (QStringList{u"Cijfer"_s, u"Waarde"_s, u"Jaar"_s, u"Definitie en bron"_s}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[1][2].paragraphs.first().plainText(), u"2012"_s);
        QCOMPARE(t.rows[1][3].paragraphs.last().runs.at(1).link, u"https://flexwonen.nl/wb/"_s);
        // Issue 17.4: the date the source was consulted follows it, as plain text.
        QCOMPARE(t.rows[1][3].paragraphs.last().runs.last().text,
                 u", geraadpleegd op 28 november 2026"_s);
        QVERIFY(t.rows[1][3].paragraphs.last().runs.last().link.isEmpty());
        // One figure and no other region: a chart would be a single 100 % bar, so none.
        QVERIFY(ofKind(figures, Block::Kind::Figure).isEmpty());

        // Sources: small paragraphs, each title a link to its address.
        const QList<Block> sources = section(content, u"Bronnen"_s);
        QCOMPARE(sources.size(), 2); // the region's source and the figure's
        for (const Block &b : sources) {
            QCOMPARE(b.kind, Block::Kind::Paragraph);
            QCOMPARE(b.role, TextRole::Small);
            QVERIFY(b.text.runs.first().link.startsWith(u"https://"_s));
        }
        QCOMPARE(sources.first().text.runs.first().text, u"Kamerbrief voortgang (25-09-2012)"_s);

        // And in the PDF (after the merge of the renderer).
        QString pdf;
        pdf = exportPdf(content, u"regio.pdf"_s);
        const QString pdfText = Test::pdfText(pdf).simplified();
        for (const QString &expected :
             {u"Regio-overzicht voor de raad: West-Brabant"_s, u"Breda"_s, u"circa 17.000–"_s,
              u"Kamerbrief voortgang (25-09-2012)"_s, u"Kadaster / CBS"_s})
            QVERIFY2(pdfText.contains(expected), qPrintable(expected));
        const int pages = Test::pdfPageCount(pdf);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        QVERIFY(pdfText.contains(u"kennisbank nr. 7"_s));
        QVERIFY(!pdfText.contains(u"March"_s));
    }

    void keyFigureChartSaysSomethingForEveryBundledRegion()
    {
        const QString base = Test::bundledBase();
        QVERIFY2(QFileInfo::exists(base), qPrintable(base));
        Kb::KnowledgeBase kb(base, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QList<Kb::Item> regions;
        for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Region, {}, {}}))
            regions.append(*kb.item(s.id));
        QCOMPARE(regions.size(), 8);
        const ReportBuilder real(kb, placeholderMap(), PrintDate);
        for (const Kb::Item &region : std::as_const(regions)) {
            const KeyFigureChart chart = KeyFigureChart::forRegion(region, regions);
            // No single 100 % bar: every group has at least two bars to compare.
            QVERIFY2(chart.isUseful(), qPrintable(region.id));
            for (const KeyFigureChart::Group &g : chart.groups())
                QVERIFY2(g.bars.size() >= 2, qPrintable(region.id + u": "_s + g.title));
            // The alternative text names every figure of the region with its value.
            const QString alt = chart.altText();
            for (const Kb::Figure &f : region.figures) {
                QVERIFY2(alt.contains(f.label), qPrintable(region.id + u": "_s + f.label));
                QVERIFY2(alt.contains(Kb::ItemMarkdown::formatFigure(f)), qPrintable(f.label));
            }
            // It is in the overview, after the key-figures table, with a caption.
            const ReportContent content = real.regionOverview(region.id);
            const QList<Block> figures = section(content, u"Kerncijfers"_s);
            QCOMPARE(figures.size(), 3);
            QCOMPARE(figures[0].kind, Block::Kind::Table);
            QCOMPARE(figures[1].kind, Block::Kind::Figure);
            QCOMPARE(figures[1].figure->altText, alt);
            QCOMPARE(figures[2].role, TextRole::Caption);

            // Drawn: something on a page, as vectors (no image in a PDF).
            const QSizeF mm = chart.sizeMm();
            QImage image(int(mm.width() * 4), int(mm.height() * 4), QImage::Format_RGB32);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                figures[1].figure->paint(p, QRectF(QPointF(0, 0), mm * 4));
            }
            int ink = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    ink += image.pixel(x, y) != qRgb(255, 255, 255);
            }
            QVERIFY2(ink > image.width() * image.height() / 50, qPrintable(region.id));
            if (qEnvironmentVariableIsSet("FLEXWONEN_KEEP_PDFS"))
                image.save(m_dir.filePath(u"grafiek-"_s + region.id + u".png"_s));
            if (region.id == u"sre"_s) {
                const QString pdf = m_dir.filePath(u"grafiek.pdf"_s);
                {
                    QPdfWriter writer(pdf);
                    QPainter p(&writer);
                    figures[1].figure->paint(p, QRectF(0, 0, writer.width(), writer.height()));
                }
                QCOMPARE(Test::pdfImageCount(pdf), 0);
                // Text as outlines: the chart's words are not text a reader would read twice.
                QVERIFY(Test::pdfText(pdf).simplified().isEmpty());
            }
        }
    }

    void dossierHasContentsThenEveryDocument()
    {
        const ReportContent content = builder().dossier(u"woonvormen"_s);
        checkAnchors(content);
        // "Inhoud", the contents, a page break, then one level-2 section per document.
        int toc = -1;
        for (int i = 0; i < content.blocks.size(); ++i) {
            if (content.blocks[i].kind == Block::Kind::TableOfContents)
                toc = i;
        }
        QVERIFY(toc > 0);
        QCOMPARE(content.blocks[toc - 1].text.plainText(), u"Inhoud"_s);
        QCOMPARE(content.blocks[toc + 1].kind, Block::Kind::PageBreak);
        QStringList sections;
        for (int i = toc + 1; i < content.blocks.size(); ++i) {
            if (content.blocks[i].kind == Block::Kind::Heading && content.blocks[i].level == 2)
                sections.append(content.blocks[i].anchor);
        }
        QStringList expected;
        for (const Kb::ItemSummary &s : m_kb->list({Kb::ItemType::Document, {}, u"woonvormen"_s}))
            expected.append(u"item-"_s + s.id);
        QCOMPARE(sections.size(), 10); // the 8 generated documents, the agreement and the law
        QCOMPARE(sections, expected);
        // Each document names its kind, date, region and sources; the body's "## Onderdeel"
        // heading sits below the section.
        const QString all = text(content);
        QVERIFY(all.contains(u"Praktijkvoorbeeld · 18 januari 2012 · landelijk"_s));
        QVERIFY(all.contains(u"regio West-Brabant"_s));
        QVERIFY(all.contains(u"10 documenten · afgedrukt op 4 maart 2025"_s));
        bool onderdeel = false;
        for (const Block &b : ofKind(content.blocks, Block::Kind::Heading)) {
            if (b.text.plainText() == u"Onderdeel 4"_s) {
                QCOMPARE(b.level, 3);
                onderdeel = true;
            }
        }
        QVERIFY(onderdeel);

        QString pdf;
        pdf = exportPdf(content, u"dossier.pdf"_s);
        const int pages = Test::pdfPageCount(pdf);
        QVERIFY(pages >= 3);
        // The contents on the first page list every section with the page it starts on: as
        // "title … 3" on one line, or (pdftotext reads a column of numbers apart) as the n-th
        // line that is only a number.
        const QString first = Test::pdfText(pdf, 1, 1);
        QVERIFY(first.contains(u"Inhoud"_s));
        QList<int> numbers;
        static const QRegularExpression number(u"^\\s*(\\d+)\\s*$"_s);
        for (const QString &line : first.split(u'\n')) {
            const auto m = number.match(line);
            if (m.hasMatch())
                numbers.append(m.captured(1).toInt());
        }
        int previous = 2;
        int entry = 0;
        for (const Block &b : ofKind(content.blocks, Block::Kind::Heading)) {
            if (b.level != 2 || !b.anchor.startsWith(u"item-"_s))
                continue;
            const QString title = b.text.plainText();
            QVERIFY2(first.contains(title), qPrintable(title));
            const auto m =
                QRegularExpression(QRegularExpression::escape(title) + u"[ \\t.…]+(\\d+)\\s*$"_s,
                                   QRegularExpression::MultilineOption)
                    .match(first);
            const int page = m.hasMatch() ? m.captured(1).toInt() : numbers.value(entry, -1);
            ++entry;
            QVERIFY2(page >= previous && page <= pages, qPrintable(title));
            previous = page;
            QVERIFY2(Test::pdfText(pdf, page, page).contains(title),
                     qPrintable(u"%1 on page %2"_s.arg(title).arg(page)));
        }
        QCOMPARE(entry, 10);
    }

    void otherReportsCarryTheirContent()
    {
        const ReportContent pilot = builder().pilots(u"pilot-zundert"_s);
        QVERIFY(text(pilot).contains(u"Thuisvester"_s));
        QCOMPARE(pilot.blocks.first().level, 1); // one pilot: its title is the report's
        QCOMPARE(pilot.blocks.first().anchor, u"item-pilot-zundert"_s);
        const ReportContent all = builder().pilots(u"alle"_s);
        QVERIFY(text(all).contains(u"Overzicht van de pilots"_s));
        const QList<Block> tables = ofKind(all.blocks, Block::Kind::Table);
        QCOMPARE(headerCells(*tables.first().table),
                 (QStringList{u"Pilot"_s, u"Gemeente"_s, u"Initiatiefnemer"_s, u"Regio"_s}));
        QCOMPARE(tables.first().table->headerRows, 1);

        Kb::SearchFilters documents;
        documents.type = Kb::ItemType::Document;
        const ReportContent found = builder().search(u"short stay"_s, documents);
        const QString s = text(found);
        QVERIFY(s.contains(u"Zoekopdracht: short stay"_s));
        QVERIFY(s.contains(u"type: Document"_s, Qt::CaseInsensitive));
        QVERIFY(s.contains(u"Aantal resultaten: 8"_s));
        QVERIFY(s.contains(u"Praktijkvoorbeeld 3"_s));
        // The matched words, and only they, are bold: the query, then every match the search
        // reported in the snippets.
        Kb::SearchRequest request;
        request.text = u"short stay"_s;
        request.filters = documents;
        request.limit = SearchReportLimit;
        const Kb::SearchResults results = m_kb->search(request);
        QCOMPARE(results.hits.size(), 8);
        qsizetype matches = 0;
        for (const Kb::SearchHit &hit : results.hits)
            matches += hit.matches.size();
        QVERIFY(matches >= 8);
        QStringList bold;
        for (const Block &b : ofKind(found.blocks, Block::Kind::Paragraph)) {
            for (const TextRun &run : b.text.runs) {
                if (run.bold)
                    bold.append(run.text);
            }
        }
        QCOMPARE(bold.size(), 1 + matches);
        QCOMPARE(bold.takeFirst(), u"short stay"_s);
        for (const QString &word : std::as_const(bold))
            QVERIFY2(word.compare(u"short"_s, Qt::CaseInsensitive) == 0 ||
                         word.compare(u"stay"_s, Qt::CaseInsensitive) == 0,
                     qPrintable(word));
        checkAnchors(found);

        const ReportContent custom =
            builder().collection({u"doc-wgv"_s, u"west-brabant"_s, u"doc-002"_s},
                                 u"Voor de commissie Wonen\nvan 12 maart."_s);
        const QString c = text(custom);
        QVERIFY(c.contains(u"Voor de commissie Wonen\nvan 12 maart."_s)); // its lines kept
        // The chosen order holds.
        const qsizetype wgv = c.lastIndexOf(u"Wet goed verhuurderschap"_s);
        const qsizetype region = c.lastIndexOf(u"Gemeenten (3, peiljaar 2012)"_s);
        const qsizetype doc = c.lastIndexOf(u"Praktijkvoorbeeld 2"_s);
        QVERIFY(wgv > 0 && wgv < region && region < doc);
        QCOMPARE(ofKind(custom.blocks, Block::Kind::TableOfContents).size(), 1);
        checkAnchors(custom);
    }

    // Issue 12 point 4: "1 item", "(1 pagina)": no plural after one, anywhere in a report.
    void countsAreGrammatical()
    {
        Kb::Item dossier = Test::sampleItem(u"d"_s, Kb::ItemType::Dossier, u"Enkel"_s);
        Kb::Item document = Test::sampleItem(u"doc"_s, Kb::ItemType::Document, u"Het document"_s);
        document.dossier = u"d"_s;
        document.kind = u"handreiking"_s;
        document.date = QDate(2013, 1, 1);
        Kb::Item pilot = Test::sampleItem(u"p"_s, Kb::ItemType::Pilot, u"De pilot"_s);
        const QString path = m_dir.filePath(u"een.sqlite"_s);
        Test::buildKb(path, {dossier, document, pilot});
        Kb::KnowledgeBase kb(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
        const ReportBuilder one(kb, placeholderMap(), PrintDate);
        const ReportContent collection = one.collection({u"doc"_s}, {});
        QCOMPARE(collection.title, u"Eigen rapport: 1 item uit de Flexwonen Kennisbank"_s);
        QVERIFY(text(collection).contains(u"1 item · afgedrukt"_s));
        QVERIFY(text(one.dossier(u"d"_s)).contains(u"1 document · afgedrukt"_s));
        QVERIFY(text(one.pilots(u"alle"_s)).contains(u"1 pilot · afgedrukt"_s));
        static const QRegularExpression plural(
            u"\\b1 (items|documenten|pilots|pagina's|gemeenten)\\b"_s);
        for (const ReportContent &r :
             {collection, one.dossier(u"d"_s), one.pilots(u"alle"_s), one.pilots(u"p"_s)}) {
            QVERIFY2(!plural.match(text(r)).hasMatch(), qPrintable(text(r)));
            QVERIFY2(!plural.match(r.title).hasMatch(), qPrintable(r.title));
        }
        const ReportContent two = builder().collection({u"doc-wgv"_s, u"doc-001"_s}, {});
        QVERIFY(text(two).contains(u"2 items · afgedrukt"_s));
    }

    // Issue 12 point 4: author, organisation, department, status and title are the user's.
    void choicesAreTheUsersNotTheCentres()
    {
        ReportContent content = builder().regionOverview(u"west-brabant"_s);
        QCOMPARE(content.metadata.author, QString()); // nothing is filled in for the user
        ReportMetadata m;
        m.author = u"J. de Vries"_s;
        m.organisation = u"Gemeente Breda"_s;
        m.department = u"Wonen"_s;
        m.status = ReportMetadata::Status::Concept;
        applyChoices(content, m, u"Raadsinformatiebrief huisvesting"_s);
        QCOMPARE(content.title, u"Raadsinformatiebrief huisvesting"_s);
        QCOMPARE(content.metadata.author, m.author);
        QCOMPARE(content.metadata.organisation, m.organisation);
        // "Concept" is read with the body, right under the first heading, in bold.
        const Block &line = content.blocks.at(1);
        QCOMPARE(line.text.plainText(),
                 u"Concept · opgesteld door J. de Vries, Gemeente Breda, afdeling Wonen"_s);
        QVERIFY(line.text.runs.first().bold);
        QCOMPARE(line.text.runs.first().text, u"Concept"_s);

        ReportContent final = builder().regionOverview(u"west-brabant"_s);
        const QList<Block> before = final.blocks;
        applyChoices(final, ReportMetadata{{}, {}, {}, ReportMetadata::Status::Final});
        QCOMPARE(final.blocks.size(), before.size()); // final and nobody named: no line
        QCOMPARE(final.title, u"Regio-overzicht voor de raad — West-Brabant"_s);
        QVERIFY(statusFromName(u"definitief"_s) == ReportMetadata::Status::Final);
        QVERIFY(statusFromName(u"Concept"_s) == ReportMetadata::Status::Concept);
        QVERIFY(!statusFromName(u"klaar"_s));

        QString pdf;
        pdf = exportPdf(content, u"keuzes.pdf"_s);
        const QString info = Test::pdfInfo(pdf);
        QVERIFY2(info.contains(u"Title:           Raadsinformatiebrief huisvesting"_s),
                 qPrintable(info));
        QVERIFY2(info.contains(u"J. de Vries"_s), qPrintable(info));
        QVERIFY(!info.contains(u"Expertisecentrum"_s));
        QVERIFY(Test::pdfText(pdf, 1, 1).contains(u"Concept"_s));
    }

    void fontsAreEmbeddedAndTextExtractsCleanly()
    {
        QString pdf;
        pdf = exportPdf(builder().dossier(u"woonvormen"_s), u"fonts.pdf"_s);
        const QString fonts = Test::pdfFonts(pdf);
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows)
            QVERIFY2(row.contains(QRegularExpression(u"\\byes\\s+yes\\s+yes\\b"_s)),
                     qPrintable(row)); // emb, sub, uni
        const QString all = Test::pdfText(pdf);
        QVERIFY(!all.contains(QChar(0xFB01))); // ﬁ
        QVERIFY(!all.contains(QChar(0xFB02))); // ﬂ
        for (const QString &word : {u"flexibele"_s, u"financiële"_s, u"coördinatie"_s,
                                    u"officiële"_s, u"geëvalueerd"_s, u"reële"_s})
            QVERIFY2(all.contains(word), qPrintable(word));
    }

    void metadataNamesTitleSubjectLanguage()
    {
        QString pdf;

        pdf = exportPdf(builder().regionOverview(u"west-brabant"_s), u"meta.pdf"_s);
        QProcess p;
        p.start(u"pdfinfo"_s, {pdf});
        QVERIFY(p.waitForFinished());
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.readAllStandardError().isEmpty(), "pdfinfo complains about the file");
        QVERIFY(info.contains(u"Title:           Regio-overzicht voor de raad — West-Brabant"_s));
        QVERIFY(info.contains(u"Subject:         Huisvesting van arbeidsmigranten"_s));
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        QVERIFY(!info.contains(u"Expertisecentrum"_s)); // no author the user did not choose
    }

    void mapAndChartsAreVectors()
    {
        // The real map (NlMap), painted as vectors (labels too): no image in the PDF.
        const ReportBuilder real(*m_kb, nlMapSource(*m_kb), PrintDate);
        QString pdf;
        pdf = exportPdf(real.regionOverview(u"west-brabant"_s), u"map.pdf"_s);
        QCOMPARE(Test::pdfImageCount(pdf), 0);
        const QString first = Test::pdfText(pdf, 1, 1).simplified();
        QVERIFY(first.contains(u"Natural Earth"_s) || first.contains(u"CBS"_s)); // the credits
        QVERIFY(!first.contains(u"Kaart van Nederland met regio"_s)); // not the placeholder
    }

    // Issue 10 point 3 at the level of the blocks (the writers see nothing else): only https,
    // http and mailto links (and the report's own "#" anchors) are links, in every kind of
    // report; an image of the content is only its label.
    void hostileLinksAndImagesStayText()
    {
        const QString hostile =
            u"## Open punten en volgende stappen\n\n"
            "Vijandige inhoud ![lokaal](file:///etc/hostname) ![nul](/dev/zero) "
            "[script](javascript:alert(1)) [bestand](file:///etc/passwd) [smb](smb://s/x) "
            "[relatief](andere.html) [data](data:text/html;base64,PGI+) [intern](kb:doc-wgv) "
            "[goed](https://flexwonen.nl/goed) [post](mailto:info@flexwonen.nl)\n\n"
            "| [cel](javascript:x) | ![b](file:///x.png) |\n|---|---|\n| a | b |\n"_s;
        const QString path = m_dir.filePath(u"vijandig.sqlite"_s);
        Test::buildReportKb(path, 2, 1, hostile);
        Kb::KnowledgeBase kb(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
        const ReportBuilder hostileBuilder(kb, placeholderMap(), PrintDate);
        const QList<ReportContent> reports = {
            hostileBuilder.regionOverview(u"west-brabant"_s),
            hostileBuilder.dossier(u"woonvormen"_s),
            hostileBuilder.pilots(u"alle"_s),
            hostileBuilder.pilots(u"pilot-zundert"_s),
            hostileBuilder.search(u"vijandige inhoud"_s),
            hostileBuilder.collection({u"doc-001"_s, u"west-brabant"_s}, {})};
        for (const ReportContent &r : reports) {
            QStringList links;
            const auto check = [&links](const Paragraph &p) {
                for (const TextRun &run : p.runs) {
                    if (run.link.isEmpty())
                        continue;
                    links.append(run.link);
                    QVERIFY2(run.link.startsWith(u"https://"_s) ||
                                 run.link.startsWith(u"http://"_s) ||
                                 run.link.startsWith(u"mailto:"_s) || run.link.startsWith(u'#'),
                             qPrintable(run.link));
                }
            };
            for (const Block &b : flat(r.blocks)) {
                check(b.text);
                if (b.kind == Block::Kind::Table) {
                    for (const auto &row : std::as_const(b.table->rows)) {
                        for (const TableCell &cell : row) {
                            for (const Paragraph &p : cell.paragraphs)
                                check(p);
                        }
                    }
                }
            }
            const QString all = text(r);
            QVERIFY2(all.contains(u"Vijandige inhoud"_s), qPrintable(r.title));
            if (r.title.startsWith(u"Dossier"_s) || r.title.startsWith(u"Eigen"_s)) {
                QVERIFY(links.contains(u"https://flexwonen.nl/goed"_s));
                QVERIFY(links.contains(u"mailto:info@flexwonen.nl"_s));
                for (const QString &label :
                     {u"script"_s, u"bestand"_s, u"smb"_s, u"relatief"_s, u"data"_s, u"intern"_s,
                      u"[afbeelding: lokaal]"_s, u"[afbeelding: nul]"_s, u"[afbeelding: b]"_s})
                    QVERIFY2(all.contains(label), qPrintable(label));
            }
            if (!r.title.startsWith(u"Zoekresultaten"_s)) { // a snippet is the content's text
                QVERIFY(!all.contains(u"file:"_s));
                QVERIFY(!all.contains(u"javascript:"_s));
            }
        }
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
        const ReportContent content = builder().regionOverview(u"west-brabant"_s);
        QVERIFY_THROWS_EXCEPTION(Kb::Error,
                                 PdfExporter::write(content, path, PdfExporter::Overwrite::No));
        QCOMPARE(Test::readFile(path), QByteArray("oud"));

        QVERIFY(PdfExporter::write(content, path, PdfExporter::Overwrite::Yes));
        QVERIFY(Test::readFile(path).startsWith("%PDF-"));
    }

    void missingOrUnusableFolderIsRefused()
    {
        const ReportContent content = builder().regionOverview(u"west-brabant"_s);
        QVERIFY_THROWS_EXCEPTION(Kb::Error,
                                 PdfExporter::write(content, m_dir.filePath(u"geen/map/x.pdf"_s),
                                                    PdfExporter::Overwrite::Yes));
        const QString file = m_dir.filePath(u"gewoon-bestand"_s);
        Test::writeFile(file, "x");
        QVERIFY_THROWS_EXCEPTION(Kb::Error, PdfExporter::write(content, file + u"/x.pdf"_s,
                                                               PdfExporter::Overwrite::Yes));
        QVERIFY_THROWS_EXCEPTION(
            Kb::Error, PdfExporter::write(content, m_dir.path(), PdfExporter::Overwrite::Yes));
    }

    void readOnlyFolderIsRefused()
    {
        const QString dir = m_dir.filePath(u"alleen-lezen"_s);
        QVERIFY(QDir().mkpath(dir));
        if (!mountTmpfs(dir, u"ro,size=64k"_s))
            QSKIP("mount -t tmpfs not permitted here (needs root)");
        const ReportContent content = builder().regionOverview(u"west-brabant"_s);
        bool thrown = false;
        try {
            PdfExporter::write(content, dir + u"/x.pdf"_s, PdfExporter::Overwrite::Yes);
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
        QString message;
        try {
            PdfExporter::write(builder().dossier(u"woonvormen"_s), path,
                               PdfExporter::Overwrite::Yes);
        } catch (const Kb::Error &e) {
            message = e.message();
        }
        const QByteArray after = Test::readFile(path);
        const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        unmount(dir);
        QCOMPARE(after, QByteArray("vorige versie"));  // the old file survives, whole
        QCOMPARE(left, QStringList{u"dossier.pdf"_s}); // and no temporary file is left
        QVERIFY2(message.contains(u"schijf vol"_s),
                 qPrintable(message + u" / "_s + QString::number(after.size())));
    }

    void cancelledExportWritesNothing()
    {
        const QString path = m_dir.filePath(u"afgebroken.pdf"_s);
        int calls = 0;
        bool written = true;
        written = PdfExporter::write(builder().dossier(u"woonvormen"_s), path,
                                     PdfExporter::Overwrite::No, [&calls](int page, int total) {
                                         ++calls;
                                         return page < 2 && total > 2;
                                     });
        QVERIFY(!written);
        QVERIFY(calls >= 1);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
