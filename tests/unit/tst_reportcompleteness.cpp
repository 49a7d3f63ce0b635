// SPDX-License-Identifier: EUPL-1.2
// Issue 12 point 1, the completeness oracle. Every kind of report is built over the whole bundled
// knowledge base: every region, every dossier, every pilot and all pilots, a search, and a
// selection with one item of every type. For each, the text that must be in it is computed from
// the knowledge base itself, not from the builders: every paragraph, list item and table cell of
// each included item's Markdown (as QTextDocument::setMarkdown reads it), its title, summary,
// key figures, municipalities and the title of each source with the date it was consulted; for a
// region overview what the council page promises (municipalities, key figures, agreements, norms,
// examples, open points, contacts, sources); for a search each hit's title and snippet.
//
// Then, for each report: the blocks hold every piece in order; the PDF (PdfRenderer, read with
// pdftotext, header and footer lines left out) holds every piece in order and no line twice
// that the report does not hold twice; the ODT (OdtWriter, content.xml) likewise. Text is
// compared with whitespace and line breaks as single spaces; the cells of one table may come in
// any order (a reader may take a table by rows or columns), but between what stands before and
// after the table.
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/blocktext.h"
#include "report/odtwriter.h"
#include "report/pdfrenderer.h"
#include "report/reportbuilder.h"
#include "report/reportmap.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamReader>

using namespace Flexwonen;
using namespace Flexwonen::Report;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate PrintDate(2025, 3, 4);
const QString SearchQuery = u"huisvesting arbeidsmigranten"_s;
const QString SelectionNote = u"Toelichting voor de commissie: één item van elk type."_s;

QString norm(QString text)
{
    text.remove(QChar(0x00AD)); // a soft hyphen is no text
    text.replace(QChar::LineSeparator, u' ');
    text.replace(QChar::ParagraphSeparator, u' ');
    return text.simplified();
}

// Text as compared: whitespace normalised, and a line may break after a hyphen, a dash or a
// slash. pdftotext joins a line that ends in a hyphen to the next without it ("West-" +
// "Brabant" gives "WestBrabant"), so hyphens are left out on both sides, with any space after
// them; after a dash or slash the space a line break leaves is dropped.
QString comparable(const QString &text)
{
    static const QRegularExpression hyphen(u"[-\u2010\u2011]\\s*"_s);
    static const QRegularExpression dash(u"([\u2013\u2014/])\\s+"_s);
    QString t = norm(text);
    t.replace(hyphen, QString());
    t.replace(dash, u"\\1"_s);
    return t;
}

// What must be in a report, in order. Pieces of one group (a table's cells) may come in any
// order among themselves.
struct Expected
{
    struct Piece
    {
        QString text;
        int group = -1;
    };
    QList<Piece> pieces;
    QStringList original; // each piece as the knowledge base has it (whitespace normalised)
    int groups = 0;

    void add(const QString &text)
    {
        const QString t = comparable(text);
        if (!t.isEmpty()) {
            pieces.append({t, -1});
            original.append(norm(text));
        }
    }
    void addGroup(const QStringList &texts)
    {
        const int g = groups++;
        for (const QString &text : texts) {
            const QString t = comparable(text);
            if (!t.isEmpty()) {
                pieces.append({t, g});
                original.append(norm(text));
            }
        }
    }
};

// Every paragraph, list item and table cell of the Markdown as Qt's reader parses it. An image
// splits its paragraph (what stands for it is the writer's choice); a table's cells are a group.
void addMarkdown(Expected &e, const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown,
                    QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub) |
                                                    int(QTextDocument::MarkdownNoHTML)));
    const QTextTable *table = nullptr;
    QStringList cells;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextTable *t = QTextCursor(b).currentTable();
        if (t != table) {
            if (!cells.isEmpty())
                e.addGroup(cells);
            cells.clear();
            table = t;
        }
        for (const QString &part : b.text().split(QChar::ObjectReplacementCharacter)) {
            if (t)
                cells.append(part);
            else
                e.add(part);
        }
    }
    if (!cells.isEmpty())
        e.addGroup(cells);
}

// Issue 17.4: the date a source was consulted, from the knowledge base, as the Dutch reports say
// it. Every bundled source has one (tst_content); an undated one fails here.
QString consulted(const Kb::Source &source)
{
    if (!source.accessed.isValid())
        return u"(bron zonder datum: %1)"_s.arg(source.title);
    return u"geraadpleegd op "_s +
           QLocale(QLocale::Dutch).toString(source.accessed, u"d MMMM yyyy"_s);
}

void addSource(Expected &e, const Kb::Source &source)
{
    e.add(source.title);
    e.add(consulted(source));
}

void addFigures(Expected &e, const QList<Kb::Figure> &figures)
{
    QStringList cells;
    for (const Kb::Figure &f : figures)
        cells << f.label << f.definition << f.source.title << consulted(f.source);
    e.addGroup(cells);
}

// One item as a report section holds all of this.
void addItem(Expected &e, const Kb::Item &item)
{
    e.add(item.title);
    if (!item.confidence.isEmpty() && item.confidence != u"high"_s)
        e.add(item.uncertainty);
    e.add(item.summary);
    addMarkdown(e, item.body);
    addFigures(e, item.figures);
    for (const Kb::Municipality &m : item.municipalities)
        e.add(m.name);
    for (const Kb::Source &s : item.sources)
        addSource(e, s);
}

// The region overview for the council (brief §3.3) promises these, in this order.
Expected expectRegion(Kb::KnowledgeBase &kb, const Kb::Item &region)
{
    Expected e;
    e.add(region.title);
    e.add(region.summary);
    for (const Kb::Municipality &m : region.municipalities)
        e.add(m.name);
    addFigures(e, region.figures);
    const QSet<QString> linked(region.links.cbegin(), region.links.cend());
    QStringList agreements;
    QStringList norms;
    QStringList examples;
    for (const Kb::ItemSummary &s : kb.list({})) {
        const bool ofRegion = s.region == region.id || linked.contains(s.id);
        if (s.type == Kb::ItemType::Document && ofRegion &&
            (s.kind == u"convenant"_s || s.kind == u"beleidsregel"_s))
            agreements << s.title << s.summary;
        // Norms with their effective date (brief §3.3, 5): the title, not the content.
        if (s.type == Kb::ItemType::Document && (s.kind == u"norm"_s || s.kind == u"wet"_s))
            norms << s.title;
        if (ofRegion && (s.type == Kb::ItemType::Pilot ||
                         (s.type == Kb::ItemType::Document && s.kind == u"praktijkvoorbeeld"_s)))
            examples << s.title;
    }
    e.addGroup(agreements);
    e.addGroup(norms);
    e.addGroup(examples);
    // The paragraphs and list items under the body's "Open punten" heading.
    QTextDocument doc;
    doc.setMarkdown(region.body,
                    QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub) |
                                                    int(QTextDocument::MarkdownNoHTML)));
    bool open = false;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0) {
            open = b.text().startsWith(u"Open punten"_s, Qt::CaseInsensitive);
            continue;
        }
        if (open)
            e.add(b.text());
    }
    if (!region.confidence.isEmpty() && region.confidence != u"high"_s)
        e.add(region.uncertainty);
    for (const Kb::Contact &c : region.contacts)
        e.add(c.name);
    for (const Kb::Source &s : region.sources)
        addSource(e, s);
    return e;
}

qsizetype occurrences(const QString &haystack, const QString &needle)
{
    qsizetype n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0;
         at = haystack.indexOf(needle, at + needle.size()))
        ++n;
    return n;
}

// The words of a table cell for the loose table check: runs of letters and digits of four or
// more characters ("SNF-keurmerk" gives "keurmerk", "2014–2018" gives "2014" and "2018").
QStringList words(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]{4,}"_s);
    QStringList out;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        out.append(m.captured());
    return out;
}

enum class Tables {
    Strict, // each cell's text whole (blocks, ODT)
    // Each cell's words, as often as the tables need them, between what stands before and after
    // the tables. pdftotext joins the lines of cells side by side ("Ambitie convenant 2014– 4.250
    // plaatsen" / "2018") and glues a cell's line that ends in a hyphen to its neighbour's
    // ("Noord-" + "uitging" gives "Noorduitging"): words are counted as they occur in the text.
    Words,
};

// Finds every piece in order in text; returns what is missing (empty: all there).
// raw: the same text before comparable(), for counting the words of tables.
QString missingInOrder(const Expected &e, const QString &text, Tables tables = Tables::Strict,
                       const QString &raw = {})
{
    constexpr qsizetype LongPiece = 20; // shorter cells ("2013") move nothing along
    qsizetype at = 0;
    QString before = u"(begin)"_s;
    for (qsizetype i = 0; i < e.pieces.size();) {
        const Expected::Piece &p = e.pieces[i];
        if (p.group < 0) {
            const qsizetype found = text.indexOf(p.text, at);
            if (found < 0)
                return u"'%1' (na '%2')"_s.arg(p.text.left(160), before.left(80));
            at = found + p.text.size();
            before = p.text;
            ++i;
            continue;
        }
        // This table and the tables right after it.
        qsizetype j = i;
        while (j < e.pieces.size() && e.pieces[j].group >= 0)
            ++j;
        if (tables == Tables::Words) {
            // Up to the next long piece after the tables that no cell holds (a pilot's title
            // is in the overview table too), or the end.
            const auto inCell = [&](const QString &piece) {
                for (qsizetype k = i; k < j; ++k) {
                    if (e.pieces[k].text.contains(piece))
                        return true;
                }
                return false;
            };
            qsizetype end = text.size();
            for (qsizetype k = j; k < e.pieces.size(); ++k) {
                if (e.pieces[k].group < 0 && e.pieces[k].text.size() >= 30 &&
                    !inCell(e.pieces[k].text)) {
                    const qsizetype found = text.indexOf(e.pieces[k].text, at);
                    if (found >= 0)
                        end = found;
                    break;
                }
            }
            // The raw text from about where the comparable text's region starts (it is at most
            // as long: hyphens and spaces are left out), to its end.
            const qsizetype rawAt = raw.isEmpty() ? at : std::min(at, raw.size());
            const QString region = raw.isEmpty()
                                       ? text.mid(at, end - at)
                                       : raw.mid(rawAt, raw.size() - text.size() + end - rawAt);
            QHash<QString, int> needed;
            QHash<QString, QString> cellOf;
            for (qsizetype k = i; k < j; ++k) {
                for (const QString &w : words(e.original[k])) {
                    ++needed[w];
                    cellOf.insert(w, e.pieces[k].text);
                }
            }
            // A long word in a narrow column may be broken at a line end without a hyphen
            // ("2025D4654" / "5"): the region once more with such line ends closed.
            static const QRegularExpression lineEnd(u"(?<=[\\p{L}\\p{N}])\\n(?=[\\p{L}\\p{N}])"_s);
            const QString glued = QString(region).remove(lineEnd);
            for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
                if (std::max(occurrences(region, it.key()), occurrences(glued, it.key())) <
                    it.value())
                    return u"tabelcel '%1': woord '%2' %3× (na '%4')"_s.arg(
                        cellOf.value(it.key()).left(160), it.key(), QString::number(it.value()),
                        before.left(80));
            }
            i = j;
            continue;
        }
        qsizetype end = at;
        for (qsizetype k = i; k < j; ++k) {
            const QString &cell = e.pieces[k].text;
            const qsizetype found = text.indexOf(cell, at);
            if (found < 0)
                return u"tabelcel '%1' (na '%2')"_s.arg(cell.left(160), before.left(80));
            if (cell.size() >= LongPiece)
                end = std::max(end, found + cell.size());
        }
        at = end;
        before = e.pieces[j - 1].text;
        i = j;
    }
    return {};
}

// How often the report itself says text: in its blocks, and once more in a table of contents
// for each level-2 heading after it.
// Compared as comparable() text: a line of pdftotext may have lost a hyphen at its end.
qsizetype timesInReport(const ReportContent &content, const QString &text)
{
    const QString wanted = comparable(text);
    qsizetype n = 0;
    for (const QString &t : blockTexts(content.blocks))
        n += occurrences(comparable(t), wanted);
    bool afterToc = false;
    for (const Block &b : content.blocks) {
        if (b.kind == Block::Kind::TableOfContents)
            afterToc = true;
        if (afterToc && b.kind == Block::Kind::Heading && b.level == 2)
            n += occurrences(comparable(b.text.plainText()), wanted);
    }
    return n;
}

// The body lines of each page of a PDF: pdftotext, pages split at form feeds, and the header
// and footer left out (a line among the first lines of every page, or among the last lines of
// every page, digits aside: "Pagina 3 van 9"). pdftotext may put a footer line before the last
// body lines (a contents page's numbers came after it), hence the wider window at the bottom.
constexpr qsizetype FrameTop = 3;
constexpr qsizetype FrameBottom = 8;

QList<QStringList> pdfBodyPages(const QString &pdf)
{
    QList<QStringList> pages;
    for (const QString &page : Test::pdfText(pdf).split(u'\f')) {
        QStringList lines;
        for (const QString &line : page.split(u'\n')) {
            if (!norm(line).isEmpty())
                lines.append(norm(line));
        }
        pages.append(lines);
    }
    while (!pages.isEmpty() && pages.last().isEmpty())
        pages.removeLast();
    if (pages.size() < 2)
        return pages;
    static const QRegularExpression digits(u"\\d+"_s);
    const auto key = [](QString line) { return line.replace(digits, u"#"_s); };
    // A header line stands at the top of every page, a footer line at the bottom of every page
    // (a line at the bottom of one page and the top of the next is content, maybe twice).
    QHash<QString, int> onTop;
    QHash<QString, int> onBottom;
    QHash<QString, int> onEvery;
    for (const QStringList &lines : std::as_const(pages)) {
        QSet<QString> top;
        QSet<QString> bottom;
        QSet<QString> every;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            every.insert(key(lines[i]));
            if (i < FrameTop)
                top.insert(key(lines[i]));
            if (i >= lines.size() - FrameBottom)
                bottom.insert(key(lines[i]));
        }
        for (const QString &k : std::as_const(top))
            ++onTop[k];
        for (const QString &k : std::as_const(bottom))
            ++onBottom[k];
        for (const QString &k : std::as_const(every))
            ++onEvery[k];
    }
    for (QStringList &lines : pages) {
        QStringList body;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString k = key(lines[i]);
            const bool header = i < FrameTop && onTop.value(k) == pages.size();
            const bool footer =
                i >= lines.size() - FrameBottom && onBottom.value(k) == pages.size();
            // From three pages on, a line on every page is the frame wherever pdftotext put
            // it (a contents page's numbers can follow the footer); a line doubled at one page
            // break stands on two pages only.
            // A line that is only a number is not: on a page without it stands a year in a table
            // cell or a contents entry by chance ("1999"), so only the top and bottom count.
            const bool everywhere =
                pages.size() >= 3 && k != u"#"_s && onEvery.value(k) == pages.size();
            if (!header && !footer && !everywhere)
                body.append(lines[i]);
        }
        lines = body;
    }
    return pages;
}

// The paragraphs and headings of an ODT's content.xml, in document order.
QStringList odtParagraphs(const QString &odt)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        return {};
    const QString ns = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
    QXmlStreamReader xml(unzip.readAllStandardOutput());
    QStringList out;
    QList<qsizetype> open; // indexes into out of the paragraphs being read
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == ns) {
            const auto name = xml.name();
            if (name == u"p"_s || name == u"h"_s) {
                open.append(out.size());
                out.append(QString());
            } else if (!open.isEmpty() && name == u"s"_s) {
                out[open.last()] +=
                    QString(std::max(1, xml.attributes().value(ns, u"c"_s).toInt()), u' ');
            } else if (!open.isEmpty() && (name == u"tab"_s || name == u"line-break"_s)) {
                out[open.last()] += u' ';
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == ns &&
                   (xml.name() == u"p"_s || xml.name() == u"h"_s) && !open.isEmpty()) {
            open.removeLast();
        } else if (xml.isCharacters() && !open.isEmpty()) {
            out[open.last()] += xml.text();
        }
    }
    if (xml.hasError())
        return {u"XML-fout: "_s + xml.errorString()};
    for (QString &p : out)
        p = norm(p);
    out.removeAll(QString());
    return out;
}

} // namespace

class TestReportCompleteness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;

    // The report of a row and what it must hold.
    std::pair<ReportContent, Expected> report(const QString &kind, const QString &id)
    {
        Kb::KnowledgeBase &kb = *m_kb;
        const ReportBuilder builder(kb, nlMapSource(kb), PrintDate);
        Expected e;
        if (kind == u"regio"_s) {
            return {builder.regionOverview(id), expectRegion(kb, *kb.item(id))};
        }
        if (kind == u"dossier"_s) {
            const auto dossier = kb.item(id);
            e.add(dossier->title);
            e.add(dossier->summary);
            for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Document, {}, id}))
                addItem(e, *kb.item(s.id));
            return {builder.dossier(id), e};
        }
        if (kind == u"pilot"_s) {
            addItem(e, *kb.item(id));
            return {builder.pilots(id), e};
        }
        if (kind == u"pilots"_s) {
            QList<Kb::Item> pilots;
            for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Pilot, {}, {}}))
                pilots.append(*kb.item(s.id));
            QStringList table;
            for (const Kb::Item &p : std::as_const(pilots))
                table << p.title << p.municipality << p.initiator;
            e.addGroup(table);
            for (const Kb::Item &p : std::as_const(pilots))
                addItem(e, p);
            return {builder.pilots(u"alle"_s), e};
        }
        if (kind == u"zoeken"_s) {
            Kb::SearchRequest request;
            request.text = SearchQuery;
            request.limit = SearchReportLimit;
            const Kb::SearchResults results = kb.search(request);
            e.add(SearchQuery);
            for (const Kb::SearchHit &hit : results.hits) {
                e.add(hit.title);
                e.add(hit.snippet);
            }
            return {builder.searchResults(results), e};
        }
        // A selection with one item of every type, in the order of the types.
        QStringList ids;
        for (const Kb::ItemType type : Kb::itemTypes()) {
            const QList<Kb::ItemSummary> items = kb.list({type, {}, {}});
            if (!items.isEmpty())
                ids.append(items.first().id);
        }
        e.add(SelectionNote);
        for (const QString &itemId : std::as_const(ids))
            addItem(e, *kb.item(itemId));
        return {builder.collection(ids, SelectionNote), e};
    }

    void rows()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("id");
        for (const Kb::ItemType type :
             {Kb::ItemType::Region, Kb::ItemType::Dossier, Kb::ItemType::Pilot}) {
            for (const Kb::ItemSummary &s : m_kb->list({type, {}, {}})) {
                const QString kind = type == Kb::ItemType::Region    ? u"regio"_s
                                     : type == Kb::ItemType::Dossier ? u"dossier"_s
                                                                     : u"pilot"_s;
                QTest::addRow("%s %s", qPrintable(kind), qPrintable(s.id)) << kind << s.id;
            }
        }
        QTest::newRow("alle pilots") << u"pilots"_s << QString();
        QTest::newRow("zoeken") << u"zoeken"_s << QString();
        QTest::newRow("selectie van elk type") << u"selectie"_s << QString();
    }

private slots:
    void initTestCase()
    {
        const QString base = Test::bundledBase();
        QVERIFY2(QFileInfo::exists(base), qPrintable(base));
        QVERIFY(Test::popplerAvailable());
        m_kb = std::make_unique<Kb::KnowledgeBase>(base, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QCOMPARE(m_kb->list({Kb::ItemType::Region, {}, {}}).size(), 8);
        if (qEnvironmentVariableIsSet("FLEXWONEN_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs en ODT's in %s", qPrintable(m_dir.path()));
        }
    }

    void blocksHoldEverything_data() { rows(); }
    void blocksHoldEverything()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        const auto [content, expected] = report(kind, id);
        QVERIFY(expected.pieces.size() >= 3);
        const QString text = comparable(blockTexts(content.blocks).join(u'\n'));
        const QString missing = missingInOrder(expected, text);
        QVERIFY2(missing.isEmpty(), qPrintable(u"ontbreekt in de blokken: "_s + missing));
    }

    void pdfHoldsEverythingOnce_data() { rows(); }
    void pdfHoldsEverythingOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        const auto [content, expected] = report(kind, id);
        const QString name =
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".pdf"_s;
        QString pdf = m_dir.filePath(name);
        // FLEXWONEN_ORACLE_PDFS=DIR checks DIR/<row>.pdf made elsewhere (another build, the
        // old QTextDocument path) instead of rendering: the oracle does not depend on the writer.
        const QString elsewhere = qEnvironmentVariable("FLEXWONEN_ORACLE_PDFS");
        if (!elsewhere.isEmpty()) {
            pdf = QDir(elsewhere).filePath(name);
            if (!QFileInfo::exists(pdf))
                QSKIP(qPrintable(u"geen "_s + pdf));
        } else {
            QByteArray bytes;
            bytes = PdfRenderer::render(content);
            Test::writeFile(pdf, bytes);
        }
        const QList<QStringList> pages = pdfBodyPages(pdf);
        QVERIFY(!pages.isEmpty());
        QStringList lines;
        for (const QStringList &page : pages)
            lines += page;
        const QString missing = missingInOrder(expected, comparable(lines.join(u'\n')),
                                               Tables::Words, lines.join(u'\n'));
        QVERIFY2(missing.isEmpty(), qPrintable(u"ontbreekt in de PDF: "_s + missing));

        // Nothing twice at a page break (the last line of a page again at the next one's top),
        // unless the report says it twice (a contents entry, then its section).
        for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
            if (pages[i].isEmpty() || pages[i + 1].isEmpty())
                continue;
            const QString &last = pages[i].last();
            QVERIFY2(last != pages[i + 1].first() || last.size() < 8 ||
                         timesInReport(content, last) >= 2,
                     qPrintable(u"pagina %1 en %2: '%3'"_s.arg(i + 1).arg(i + 2).arg(last)));
        }
        // And no line more often than the report says it. A line that is no part of the
        // report's text is pdftotext's mix of cells side by side ("leefruimte per persoon" +
        // "persoon"): its count says nothing, the page-break check above still sees it.
        QHash<QString, int> counts;
        for (const QString &line : std::as_const(lines)) {
            if (line.size() >= 25)
                ++counts[line];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() < 2)
                continue;
            const qsizetype said = timesInReport(content, it.key());
            QVERIFY2(said == 0 || it.value() <= said,
                     qPrintable(u"%1× in de PDF, %2× in het rapport: '%3'"_s.arg(it.value())
                                    .arg(said)
                                    .arg(it.key())));
        }
    }

    void odtHoldsEverythingOnce_data() { rows(); }
    void odtHoldsEverythingOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QString, id);
        const auto [content, expected] = report(kind, id);
        QByteArray bytes;
        bytes = OdtWriter::write(content);
        const QString odt = m_dir.filePath(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".odt"_s);
        Test::writeFile(odt, bytes);
        const QStringList paragraphs = odtParagraphs(odt);
        QVERIFY2(!paragraphs.isEmpty(), "content.xml unreadable or empty");
        QVERIFY2(!paragraphs.first().startsWith(u"XML-fout"_s), qPrintable(paragraphs.first()));
        const QString missing = missingInOrder(expected, comparable(paragraphs.join(u'\n')));
        QVERIFY2(missing.isEmpty(), qPrintable(u"ontbreekt in de ODT: "_s + missing));
        QHash<QString, int> counts;
        for (const QString &p : paragraphs) {
            if (p.size() >= 25)
                ++counts[p];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() < 2)
                continue;
            const qsizetype said = timesInReport(content, it.key());
            QVERIFY2(it.value() <= said,
                     qPrintable(u"%1× in de ODT, %2× in het rapport: '%3'"_s.arg(it.value())
                                    .arg(said)
                                    .arg(it.key())));
        }
    }
};

QTEST_MAIN(TestReportCompleteness)
#include "tst_reportcompleteness.moc"
