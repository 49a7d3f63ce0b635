// SPDX-License-Identifier: EUPL-1.2
// The tagged PDF of issue 12 (PdfRenderer behind PdfExporter), read back with the real tools:
// pdftotext, pdfinfo, pdffonts, pdfimages (poppler-utils) and qpdf. The expected text is
// computed from the blocks (the oracle), never written down here.
#include "blockfixture.h"
#include "reportfixture.h"
#include "testsupport.h"

#include "kb/kberror.h"
#include "report/pdfexporter.h"
#include "report/pdfrenderer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;
using Report::Block;

namespace {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Output o;
    if (!p.waitForFinished(120000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

// What a unit of text must look like in extracted text: the characters a PDF can show (C0 and
// C1 controls and bidi embedding/override/isolate controls dropped, as documented for the
// renderer), compared without white space (line breaks fall anywhere).
QString normalized(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            continue;
        out += c;
    }
    return out;
}

struct Unit
{
    enum class Kind { Heading, Paragraph, ListItem, HeaderCell, Cell, ContentsEntry };
    Kind kind;
    QString text; // normalized
    int level = 0;
    int table = -1; // the document's n-th table
    int row = -1;
};

// The oracle: every unit of text of the blocks, in reading order.
class Oracle
{
public:
    explicit Oracle(const QList<Block> &blocks)
    {
        collectHeadings(blocks);
        add(blocks);
    }
    const QList<Unit> &units() const { return m_units; }
    QList<Unit> headings() const { return m_allHeadings; }

private:
    void collectHeadings(const QList<Block> &blocks)
    {
        for (const Block &b : blocks) {
            if (b.kind == Block::Kind::Heading)
                m_allHeadings.append({Unit::Kind::Heading, normalized(b.text.plainText()),
                                      std::clamp(b.level, 1, 3)});
            if (b.kind == Block::Kind::Columns)
                for (const QList<Block> &c : b.columns->columns)
                    collectHeadings(c);
        }
    }

    void add(const QList<Block> &blocks)
    {
        for (const Block &b : blocks) {
            switch (b.kind) {
            case Block::Kind::Heading:
                m_units.append({Unit::Kind::Heading, normalized(b.text.plainText()),
                                std::clamp(b.level, 1, 3)});
                ++m_headingsSeen;
                break;
            case Block::Kind::Paragraph:
                m_units.append({Unit::Kind::Paragraph, normalized(b.text.plainText())});
                break;
            case Block::Kind::ListItem:
                m_units.append({Unit::Kind::ListItem, normalized(b.text.plainText()), b.level});
                break;
            case Block::Kind::Table: {
                const int table = m_tables++;
                for (qsizetype r = 0; r < b.table->rows.size(); ++r) {
                    for (const Report::TableCell &cell : b.table->rows[r]) {
                        for (const Report::Paragraph &p : cell.paragraphs)
                            m_units.append({r < b.table->headerRows ? Unit::Kind::HeaderCell
                                                                    : Unit::Kind::Cell,
                                            normalized(p.plainText()), 0, table, int(r)});
                    }
                }
                break;
            }
            case Block::Kind::Columns:
                for (const QList<Block> &c : b.columns->columns)
                    add(c);
                break;
            case Block::Kind::TableOfContents:
                for (qsizetype h = m_headingsSeen; h < m_allHeadings.size(); ++h) {
                    if (m_allHeadings[h].level == 2)
                        m_units.append({Unit::Kind::ContentsEntry, m_allHeadings[h].text, 2});
                }
                break;
            case Block::Kind::Figure:
            case Block::Kind::PageBreak:
                break;
            }
        }
    }

    QList<Unit> m_units;
    QList<Unit> m_allHeadings;
    qsizetype m_headingsSeen = 0;
    int m_tables = 0;
};

QStringList figureAlts(const QList<Block> &blocks)
{
    QStringList alts;
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Figure)
            alts.append(b.figure->altText);
        if (b.kind == Block::Kind::Columns)
            for (const QList<Block> &c : b.columns->columns)
                alts.append(figureAlts(c));
    }
    return alts;
}

QStringList linksOf(const QList<Block> &blocks)
{
    QStringList links;
    const auto scan = [&](const Report::Paragraph &p) {
        for (const Report::TextRun &r : p.runs)
            if (!r.link.isEmpty())
                links.append(r.link);
    };
    for (const Block &b : blocks) {
        scan(b.text);
        if (b.kind == Block::Kind::Table)
            for (const auto &row : b.table->rows)
                for (const auto &cell : row)
                    for (const auto &p : cell.paragraphs)
                        scan(p);
        if (b.kind == Block::Kind::Columns)
            for (const QList<Block> &c : b.columns->columns)
                links.append(linksOf(c));
    }
    return links;
}

// One node of `pdfinfo -struct-text`: an element with its tag, or a text.
struct StructNode
{
    QString tag; // empty for a text node
    QString text;
    QList<int> children;
    int parent = -1;
};

QList<StructNode> parseStructText(const QString &dump)
{
    QList<StructNode> nodes{{u"(root)"_s, {}, {}, -1}};
    QList<std::pair<int, int>> stack{{-1, 0}}; // indentation, node
    static const QRegularExpression element(
        u"^( *)([A-Za-z0-9]+)(?: \\((?:block|inline)\\))?:?$"_s);
    static const QRegularExpression text(u"^( *)\"(.*)\"$"_s);
    for (const QString &line : dump.split(QLatin1Char('\n'))) {
        QRegularExpressionMatch m = element.match(line);
        bool isText = false;
        if (!m.hasMatch()) {
            m = text.match(line);
            if (!m.hasMatch())
                continue; // attributes, "Object n 0"
            isText = true;
        }
        const int indent = int(m.captured(1).size());
        while (stack.last().first >= indent)
            stack.removeLast();
        StructNode node;
        node.parent = stack.last().second;
        if (isText)
            node.text = m.captured(2);
        else
            node.tag = m.captured(2);
        nodes.append(node);
        const int id = int(nodes.size()) - 1;
        nodes[node.parent].children.append(id);
        if (!isText)
            stack.append({indent, id});
    }
    return nodes;
}

bool isInline(const QString &tag)
{
    return tag == QLatin1String("Span") || tag == QLatin1String("Link");
}

// The text of an element without that of its block-level descendants.
QString ownText(const QList<StructNode> &nodes, int id)
{
    QString text;
    for (const int c : nodes[id].children) {
        if (nodes[c].tag.isEmpty())
            text += nodes[c].text;
        else if (isInline(nodes[c].tag))
            text += ownText(nodes, c);
    }
    return text;
}

// A minimal content-stream reader: the operators in order with the marked-content depth
// before each.
struct Operator
{
    QByteArray name;
    int depth = 0;
    QByteArray operands;
};

QList<Operator> operatorsOf(const QByteArray &stream)
{
    QList<Operator> ops;
    int depth = 0;
    QByteArray operands;
    qsizetype i = 0;
    const qsizetype n = stream.size();
    const auto isDelimiter = [](char c) { return QByteArrayView("()<>[]{}/%").contains(c); };
    while (i < n) {
        const char c = stream[i];
        if (QChar::isSpace(uchar(c))) {
            ++i;
        } else if (c == '%') {
            while (i < n && stream[i] != '\n' && stream[i] != '\r')
                ++i;
        } else if (c == '(') {
            int nesting = 0;
            const qsizetype start = i;
            for (; i < n; ++i) {
                if (stream[i] == '\\') {
                    ++i;
                    continue;
                }
                if (stream[i] == '(')
                    ++nesting;
                else if (stream[i] == ')' && --nesting == 0)
                    break;
            }
            ++i;
            operands += stream.mid(start, i - start) + ' ';
        } else if (c == '<' && i + 1 < n && stream[i + 1] != '<') {
            const qsizetype end = stream.indexOf('>', i);
            operands += stream.mid(i, end + 1 - i) + ' ';
            i = end + 1;
        } else if (isDelimiter(c)) {
            const qsizetype start = i++;
            if (c == '/')
                while (i < n && !QChar::isSpace(uchar(stream[i])) && !isDelimiter(stream[i]))
                    ++i;
            else if ((c == '<' || c == '>') && i < n && stream[i] == c)
                ++i;
            operands += stream.mid(start, i - start) + ' ';
        } else {
            const qsizetype start = i;
            while (i < n && !QChar::isSpace(uchar(stream[i])) && !isDelimiter(stream[i]))
                ++i;
            const QByteArray word = stream.mid(start, i - start);
            const bool number = QByteArrayView("+-.0123456789").contains(word[0]);
            if (number || word == "true" || word == "false" || word == "null") {
                operands += word + ' ';
                continue;
            }
            if (word == "EMC")
                --depth;
            ops.append({word, depth, operands});
            if (word == "BDC" || word == "BMC")
                ++depth;
            operands.clear();
        }
    }
    return ops;
}

} // namespace

class TestPdfRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Report::ReportContent m_content;
    QString m_pdf;
    int m_pages = 0;
    QStringList m_pageTexts; // pdftotext -raw, per page
    QString m_text;          // all pages, normalized
    QJsonObject m_json;      // qpdf --json
    QJsonObject m_objects;
    QByteArray m_qdf; // qpdf --qdf: streams uncompressed, one object per page content

    QString frameFree(const QString &page) const
    {
        // The header and footer lines, whatever page: the title, the note, "Pagina X van N".
        QStringList kept;
        static const QRegularExpression pageLine(u"^Pagina \\d+ van \\d+$"_s);
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (line == m_content.title || line == m_content.footerNote ||
                pageLine.match(line).hasMatch())
                continue;
            kept.append(line);
        }
        return kept.join(QLatin1Char('\n'));
    }

    QJsonObject object(const QJsonValue &reference) const
    {
        return m_objects.value(u"obj:"_s + reference.toString())
            .toObject()
            .value(u"value"_s)
            .toObject();
    }

    // Heading titles, in order, with the page (1-based) their /Dest names.
    QHash<QString, int> namedDestPages() const
    {
        QHash<QString, int> pageOfObject;
        const QJsonArray pages = m_json.value(u"pages"_s).toArray();
        for (const QJsonValue &p : pages)
            pageOfObject.insert(p.toObject().value(u"object"_s).toString(),
                                p.toObject().value(u"pageposfrom1"_s).toInt());
        const QJsonObject trailer =
            m_objects.value(u"trailer"_s).toObject().value(u"value"_s).toObject();
        const QJsonObject root = object(trailer.value(u"/Root"_s));
        const QJsonObject dests = object(object(root.value(u"/Names"_s)).value(u"/Dests"_s));
        const QJsonArray names = dests.value(u"/Names"_s).toArray();
        QHash<QString, int> result;
        for (qsizetype i = 0; i + 1 < names.size(); i += 2)
            result.insert(names[i].toString().mid(2), // "u:h3"
                          pageOfObject.value(names[i + 1].toArray().first().toString()));
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(Test::popplerAvailable(), "poppler-utils (pdftotext, pdfinfo, pdffonts) needed");
        QVERIFY2(run(u"qpdf"_s, {u"--version"_s}).exitCode == 0, "qpdf needed");
        if (qEnvironmentVariableIsSet("FLEXWONEN_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        m_content = Test::syntheticReport();
        m_pdf = m_dir.filePath(u"synthetisch.pdf"_s);
        QVERIFY(Report::PdfExporter::write(m_content, m_pdf, Report::PdfExporter::Overwrite::No, {},
                                           &m_pages));
        QCOMPARE(Test::pdfPageCount(m_pdf), m_pages);
        QVERIFY(m_pages >= 8);
        const Output text = run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        m_pageTexts = text.out.split(QLatin1Char('\f'));
        while (m_pageTexts.size() > m_pages && m_pageTexts.last().trimmed().isEmpty())
            m_pageTexts.removeLast();
        QCOMPARE(m_pageTexts.size(), m_pages);
        for (const QString &page : std::as_const(m_pageTexts))
            m_text += normalized(frameFree(page));
        const Output json = run(u"qpdf"_s, {u"--json"_s, m_pdf});
        QCOMPARE(json.exitCode, 0);
        m_json = QJsonDocument::fromJson(json.out.toUtf8()).object();
        m_objects = m_json.value(u"qpdf"_s).toArray().at(1).toObject();
        QVERIFY(!m_objects.isEmpty());
        const QString qdf = m_dir.filePath(u"qdf.pdf"_s);
        QCOMPARE(run(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, m_pdf, qdf}).exitCode,
                 0);
        m_qdf = Test::readFile(qdf);
    }

    // Every paragraph, list item, table cell and heading of the blocks is in the PDF, in
    // order, and nothing more often than it should be: a table's header cells once per page the
    // table is on, a heading listed in the contents twice, everything else once.
    void textIsCompleteInOrderWithoutDuplicates()
    {
        const Oracle oracle(m_content.blocks);
        QVERIFY(oracle.units().size() > 60 + 120 * 3);
        qsizetype at = 0;
        for (const Unit &unit : oracle.units()) {
            const qsizetype found = m_text.indexOf(unit.text, at);
            QVERIFY2(found >= 0, qPrintable(u"missing or out of order: "_s + unit.text));
            at = found + unit.text.size();
        }
        QHash<int, int> tablePages;
        for (int table = 0;; ++table) {
            int pages = 0;
            for (const QString &page : std::as_const(m_pageTexts)) {
                const QString text = normalized(page);
                for (const Unit &unit : oracle.units()) {
                    if (unit.kind == Unit::Kind::Cell && unit.table == table &&
                        text.contains(unit.text)) {
                        ++pages;
                        break;
                    }
                }
            }
            if (pages == 0)
                break;
            tablePages.insert(table, pages);
        }
        QVERIFY2(tablePages.value(0) >= 3, "the long table spans pages");
        for (const Unit &unit : oracle.units()) {
            int expected = 1;
            if (unit.kind == Unit::Kind::HeaderCell)
                expected = tablePages.value(unit.table);
            if (unit.kind == Unit::Kind::ContentsEntry ||
                (unit.kind == Unit::Kind::Heading && unit.level == 2))
                expected = 2;
            QCOMPARE(m_text.count(unit.text), expected);
        }
        // Line by line: no line of the page bodies twice, but for repeated header cells and list
        // labels.
        QSet<QString> repeatable;
        for (const Unit &unit : oracle.units())
            if (unit.kind == Unit::Kind::HeaderCell)
                repeatable.insert(unit.text);
        static const QRegularExpression label(u"^(\\d+\\.|•|◦|▪)$"_s);
        QHash<QString, int> seen;
        for (const QString &page : std::as_const(m_pageTexts)) {
            for (const QString &line : frameFree(page).split(QLatin1Char('\n'))) {
                const QString n = normalized(line);
                QString rest = n;
                for (const QString &r : std::as_const(repeatable))
                    rest.remove(r);
                if (rest.isEmpty() || label.match(n).hasMatch())
                    continue;
                QVERIFY2(++seen[n] == 1, qPrintable(u"line twice: "_s + line));
            }
        }
    }

    void frameOnEveryPage()
    {
        for (int p = 0; p < m_pages; ++p) {
            const QString page = m_pageTexts[p];
            QVERIFY(page.contains(m_content.title));
            QVERIFY(page.contains(m_content.footerNote));
            QVERIFY(page.contains(u"Pagina %1 van %2"_s.arg(p + 1).arg(m_pages)));
        }
    }

    void taggedWithEveryStructureType()
    {
        const Output info = run(u"pdfinfo"_s, {m_pdf});
        QVERIFY(info.out.contains(u"Tagged:          yes"_s));
        QVERIFY2(info.err.isEmpty(), qPrintable(info.err));
        const Output structure = run(u"pdfinfo"_s, {u"-struct"_s, m_pdf});
        QCOMPARE(structure.exitCode, 0);
        QSet<QString> tags;
        for (const StructNode &n : parseStructText(structure.out))
            tags.insert(n.tag);
        for (const QString &tag : {u"Document"_s, u"H1"_s, u"H2"_s, u"H3"_s, u"P"_s, u"L"_s,
                                   u"LI"_s, u"Lbl"_s, u"LBody"_s, u"Table"_s, u"TR"_s, u"TH"_s,
                                   u"TD"_s, u"Figure"_s, u"Link"_s, u"TOC"_s, u"TOCI"_s})
            QVERIFY2(tags.contains(tag), qPrintable(tag));
    }

    // What a screen reader gets: each unit of the blocks is the text of an element of the right
    // type, in reading order; the page header and footer are not in the tree.
    void structureTreeHoldsTheTextInOrder()
    {
        const Output dump = run(u"pdfinfo"_s, {u"-struct-text"_s, m_pdf});
        QCOMPARE(dump.exitCode, 0);
        const QList<StructNode> nodes = parseStructText(dump.out);
        QList<std::pair<QString, QString>> elements; // tag, own text; in tree order
        QString all;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (nodes[i].tag.isEmpty()) {
                all += normalized(nodes[i].text);
                continue;
            }
            if (isInline(nodes[i].tag) && !nodes[nodes[i].parent].tag.startsWith(u"TOCI"_s))
                continue;
            const QString own = normalized(ownText(nodes, int(i)));
            if (!own.isEmpty())
                elements.append({nodes[i].tag, own});
        }
        QVERIFY(!all.contains(normalized(m_content.footerNote)));
        QVERIFY(!all.contains(u"Pagina1van"_s));
        QVERIFY(!all.contains(normalized(m_content.title)));
        qsizetype next = 0;
        const Oracle oracle(m_content.blocks);
        for (const Unit &unit : oracle.units()) {
            QStringList tags;
            switch (unit.kind) {
            case Unit::Kind::Heading:
                tags = {u"H%1"_s.arg(unit.level)};
                break;
            case Unit::Kind::Paragraph:
                tags = {u"P"_s};
                break;
            case Unit::Kind::ListItem:
                tags = {u"LBody"_s, u"P"_s};
                break;
            case Unit::Kind::HeaderCell:
                tags = {u"TH"_s};
                break;
            case Unit::Kind::Cell:
                tags = {u"TD"_s, u"P"_s};
                break;
            case Unit::Kind::ContentsEntry:
                tags = {u"Link"_s};
                break;
            }
            while (next < elements.size() && !(elements[next].second.startsWith(unit.text) &&
                                               tags.contains(elements[next].first)))
                ++next;
            QVERIFY2(
                next < elements.size(),
                qPrintable(u"not in the structure: %1 (%2)"_s.arg(unit.text).arg(int(unit.kind))));
            ++next;
        }
    }

    void qpdfFindsNoProblem()
    {
        const Output check = run(u"qpdf"_s, {u"--check"_s, m_pdf});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(u"No syntax or stream encoding errors found"_s));
        QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    }

    // The outline is the headings: titles in order, each under the last heading of a higher
    // level, each pointing at its page.
    void outlineFollowsTheHeadings()
    {
        const QList<Unit> headings = Oracle(m_content.blocks).headings();
        QList<std::tuple<QString, int, int>> outline; // title, depth, page
        std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &items,
                                                                int depth) {
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                outline.append({normalized(o.value(u"title"_s).toString()), depth,
                                o.value(u"destpageposfrom1"_s).toInt()});
                walk(o.value(u"kids"_s).toArray(), depth + 1);
            }
        };
        walk(m_json.value(u"outlines"_s).toArray(), 1);
        QCOMPARE(outline.size(), headings.size());
        QList<int> open; // levels of the headings the current one nests in
        for (qsizetype i = 0; i < headings.size(); ++i) {
            while (!open.isEmpty() && open.last() >= headings[i].level)
                open.removeLast();
            QCOMPARE(std::get<0>(outline[i]), headings[i].text);
            QCOMPARE(std::get<1>(outline[i]), int(open.size()) + 1);
            const int page = std::get<2>(outline[i]);
            QVERIFY(page >= 1 && page <= m_pages);
            QVERIFY2(normalized(m_pageTexts[page - 1]).contains(headings[i].text),
                     qPrintable(headings[i].text));
            open.append(headings[i].level);
        }
    }

    // External links of the content that may be printed are URI links; each contents entry and
    // "#anchor" link goes to its heading's page; unsafe links and unknown anchors are text.
    void linksAreLiveWhereAllowed()
    {
        QStringList uris;
        QStringList dests;
        const QJsonArray pages = m_json.value(u"pages"_s).toArray();
        for (const QJsonValue &p : pages) {
            const QJsonObject page = object(p.toObject().value(u"object"_s));
            for (const QJsonValue &a : page.value(u"/Annots"_s).toArray()) {
                const QJsonObject annot = object(a);
                QCOMPARE(annot.value(u"/Subtype"_s).toString(), u"/Link"_s);
                QVERIFY(annot.contains(u"/StructParent"_s));
                if (annot.contains(u"/A"_s))
                    uris.append(annot.value(u"/A"_s).toObject().value(u"/URI"_s).toString().mid(2));
                else
                    dests.append(annot.value(u"/Dest"_s).toString().mid(2));
            }
        }
        QStringList external;
        int internal = 0;
        for (const QString &link : linksOf(m_content.blocks)) {
            if (link.startsWith(u"https://"_s) || link.startsWith(u"mailto:"_s))
                external.append(link);
            else if (link == u"#sectie-2"_s)
                ++internal;
        }
        QCOMPARE(uris, external); // javascript:, file:, relative: not a link
        const Oracle oracle(m_content.blocks);
        QList<Unit> entries;
        for (const Unit &u : oracle.units())
            if (u.kind == Unit::Kind::ContentsEntry)
                entries.append(u);
        QCOMPARE(dests.size(), entries.size() + internal); // "#bestaat-niet" is no link
        const QHash<QString, int> destPage = namedDestPages();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const int page = destPage.value(dests[i]);
            QVERIFY2(page > 0 && normalized(m_pageTexts[page - 1]).contains(entries[i].text),
                     qPrintable(entries[i].text));
            // The contents show the same page number.
            QVERIFY(normalized(m_pageTexts[0]).contains(entries[i].text + QString::number(page)));
        }
        const int sectie2 = destPage.value(dests.last());
        QVERIFY(normalized(m_pageTexts[sectie2 - 1]).contains(u"Sectie2overhuisvesting"_s));
    }

    void catalogAndMetadataForAccessibility()
    {
        const QJsonObject trailer =
            m_objects.value(u"trailer"_s).toObject().value(u"value"_s).toObject();
        const QJsonObject root = object(trailer.value(u"/Root"_s));
        QCOMPARE(root.value(u"/Lang"_s).toString(), u"u:nl-NL"_s);
        QCOMPARE(root.value(u"/ViewerPreferences"_s).toObject().value(u"/DisplayDocTitle"_s),
                 QJsonValue(true));
        QCOMPARE(root.value(u"/MarkInfo"_s).toObject().value(u"/Marked"_s), QJsonValue(true));
        const QJsonObject info = object(trailer.value(u"/Info"_s));
        QCOMPARE(info.value(u"/Title"_s).toString().mid(2), m_content.title);
        QCOMPARE(info.value(u"/Author"_s).toString().mid(2),
                 u"Jan de Vries, Gemeente Voorbeeld, Wonen"_s);
        QCOMPARE(info.value(u"/Subject"_s).toString().mid(2), m_content.subject);
        QVERIFY(info.value(u"/Creator"_s).toString().contains(u"Flexwonen Kennisbank"_s));
        const Output meta = run(u"pdfinfo"_s, {u"-meta"_s, m_pdf});
        for (const QString &expected :
             {u"<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li>"_s,
              u"<rdf:li xml:lang=\"x-default\">%1</rdf:li>"_s.arg(m_content.title),
              u"<rdf:li>Jan de Vries, Gemeente Voorbeeld, Wonen</rdf:li>"_s,
              u"<pdf:Producer>cairo"_s})
            QVERIFY2(meta.out.contains(expected), qPrintable(expected));
        const Output pdfinfo = run(u"pdfinfo"_s, {m_pdf});
        QVERIFY(pdfinfo.out.contains(u"Page size:       595.276 x 841.89 pts (A4)"_s));
    }

    // Each Figure element says what the figure shows, in order, and has a bounding box.
    void figuresHaveAlternativeText()
    {
        QStringList alts;
        std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &k) {
            if (k.isArray()) {
                for (const QJsonValue &v : k.toArray())
                    walk(v);
                return;
            }
            if (!k.isString() || !k.toString().endsWith(u" R"_s))
                return;
            const QJsonObject e = object(k);
            if (e.value(u"/S"_s).toString() == u"/Figure"_s) {
                alts.append(e.value(u"/Alt"_s).toString().mid(2));
                QCOMPARE(e.value(u"/A"_s).toObject().value(u"/BBox"_s).toArray().size(), 4);
            }
            if (e.value(u"/Type"_s).toString() != u"/Annot"_s)
                walk(e.value(u"/K"_s));
        };
        const QJsonObject trailer =
            m_objects.value(u"trailer"_s).toObject().value(u"value"_s).toObject();
        walk(object(object(trailer.value(u"/Root"_s)).value(u"/StructTreeRoot"_s)).value(u"/K"_s));
        QCOMPARE(alts, figureAlts(m_content.blocks));
        QCOMPARE(Test::pdfImageCount(m_pdf), 0); // vectors
        QVERIFY(m_text.contains(u"Figuurlabelnoordalt-1"_s));
    }

    void fontsAreEmbeddedSubsets()
    {
        const QStringList rows =
            Test::pdfFonts(m_pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(rows.size() >= 3); // regular, bold, italic
        static const QRegularExpression row(
            u"^[A-Z]{6}\\+DejaVuSans\\S*\\s.*\\byes\\s+yes\\s+yes\\b"_s);
        for (const QString &r : rows)
            QVERIFY2(row.match(r).hasMatch(), qPrintable(r));
        QVERIFY(!m_text.contains(QChar(0xFB01)) && !m_text.contains(QChar(0xFB02)));
        // One glyph per character: no ligature (cairo would keep its letters as /ActualText).
        QVERIFY(!m_qdf.contains("/ActualText"));
        QVERIFY(m_text.contains(u"financiële"_s));
        QVERIFY(m_text.contains(u"flexibele"_s));
    }

    // Header rows open every page the table is on; a row is never split over pages.
    void tableRowsWholeAndHeaderRepeated()
    {
        const Oracle oracle(m_content.blocks);
        QStringList header;
        QHash<int, QStringList> rows;
        for (const Unit &u : oracle.units()) {
            if (u.table != 0)
                continue;
            if (u.kind == Unit::Kind::HeaderCell)
                header.append(u.text);
            else
                rows[u.row].append(u.text);
        }
        int pagesWithRows = 0;
        for (const QString &page : std::as_const(m_pageTexts)) {
            const QString text = normalized(frameFree(page));
            qsizetype firstRow = -1;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                int cellsHere = 0;
                for (const QString &cell : it.value()) {
                    const qsizetype at = text.indexOf(cell);
                    if (at >= 0) {
                        ++cellsHere;
                        firstRow = firstRow < 0 ? at : std::min(firstRow, at);
                    }
                }
                QVERIFY2(cellsHere == 0 || cellsHere == it.value().size(),
                         qPrintable(u"row %1 split"_s.arg(it.key())));
            }
            if (firstRow < 0)
                continue;
            ++pagesWithRows;
            const qsizetype headerAt = text.indexOf(header.join(QString()));
            QVERIFY2(headerAt >= 0 && headerAt < firstRow, "header row missing above the rows");
        }
        QVERIFY(pagesWithRows >= 3);
    }

    // No page ends with a heading: after the last heading on a page comes more of the body.
    void noPageEndsWithAHeading()
    {
        const QList<Unit> headings = Oracle(m_content.blocks).headings();
        for (int p = 0; p + 1 < m_pages; ++p) {
            const QString text = normalized(frameFree(m_pageTexts[p]));
            for (const Unit &h : headings) {
                const qsizetype at = text.lastIndexOf(h.text);
                if (at >= 0)
                    QVERIFY2(at + h.text.size() < text.size() &&
                                 !QStringView(text).mid(at + h.text.size()).trimmed().isEmpty(),
                             qPrintable(u"page %1 ends with %2"_s.arg(p + 1).arg(h.text)));
            }
        }
    }

    // A heading that would land at the foot of a page goes to the next one with its text, for
    // every position of the heading near the page end.
    void headingKeepsWithNextAtEveryPosition()
    {
        int moved = 0;
        for (int fill = 34; fill <= 54; ++fill) {
            Report::ReportContent c;
            c.title = u"Kopregel"_s;
            for (int i = 0; i < fill; ++i)
                c.blocks.append(Block::paragraph(u"Vulregel %1 [v%1]"_s.arg(i)));
            c.blocks.append(Block::heading(2, u"Kop na de vulling [kop]"_s));
            c.blocks.append(Block::paragraph(
                u"Tekst onder de kop [onder] die over meerdere regels loopt, zodat de eerste "
                "regels bij de kop blijven en er geen losse regel achterblijft op de pagina "
                "ervoor of erna; de tekst gaat nog even door om zeker drie regels te vullen "
                "in de breedte van een A4 met de marges van het rapport."_s));
            const QString pdf = m_dir.filePath(u"kop-%1.pdf"_s.arg(fill));
            QVERIFY(Report::PdfExporter::write(c, pdf, Report::PdfExporter::Overwrite::Yes));
            const QStringList pages =
                run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                    .out.split(QLatin1Char('\f'));
            int headingPage = -1;
            int textPage = -1;
            for (int p = 0; p < pages.size(); ++p) {
                if (pages[p].contains(u"[kop]"_s))
                    headingPage = p;
                if (pages[p].contains(u"[onder]"_s))
                    textPage = p;
            }
            QVERIFY(headingPage >= 0);
            QCOMPARE(textPage, headingPage);
            // The heading's first text line follows it on the page.
            QVERIFY(pages[headingPage].indexOf(u"[onder]"_s) >
                    pages[headingPage].indexOf(u"[kop]"_s));
            if (headingPage > 0 && pages[headingPage].indexOf(u"[v"_s) < 0)
                ++moved;
        }
        QVERIFY2(moved >= 1, "no fill put the heading at a page end: widen the sweep");
    }

    // The page header and footer, rules and borders are artifacts: every painting operator of
    // every page is inside a marked-content sequence, and the frame is inside /Artifact.
    void frameAndRulesAreArtifacts()
    {
        const QByteArray &bytes = m_qdf;
        static const QSet<QByteArray> painting = {"S",  "s",  "f",  "F", "f*", "B",  "B*", "b",
                                                  "b*", "Tj", "TJ", "'", "\"", "Do", "sh"};
        int pages = 0;
        for (qsizetype at = bytes.indexOf("%% Contents for page "); at >= 0;
             at = bytes.indexOf("%% Contents for page ", at + 1)) {
            ++pages;
            const qsizetype start = bytes.indexOf("stream\n", at) + 7;
            const qsizetype end = bytes.indexOf("endstream", start);
            const QList<Operator> ops = operatorsOf(bytes.mid(start, end - start));
            int artifacts = 0;
            int inArtifact = 0;
            int artifactDepth = -1;
            int textInArtifact = 0;
            for (const Operator &op : ops) {
                if (painting.contains(op.name))
                    QVERIFY2(op.depth > 0,
                             qPrintable(u"page %1: %2 outside marked content"_s.arg(pages).arg(
                                 QString::fromLatin1(op.name))));
                if (op.name == "BMC" && op.operands.trimmed() == "/Artifact") {
                    ++artifacts;
                    artifactDepth = op.depth;
                    ++inArtifact;
                } else if (op.name == "EMC" && op.depth == artifactDepth) {
                    artifactDepth = -1;
                    --inArtifact;
                } else if ((op.name == "Tj" || op.name == "TJ") && inArtifact > 0) {
                    ++textInArtifact;
                }
            }
            QVERIFY(artifacts >= 1);
            QVERIFY2(textInArtifact >= 3, "title, note and page number"); // per page
        }
        QCOMPARE(pages, m_pages);
    }

    // Text is text: markup, format strings and escape sequences are printed as they are; a bidi
    // override does not turn the rest of the paragraph around.
    void hostileTextIsPrintedAsText()
    {
        QVERIFY(m_text.contains(normalized(u"<b>x</b> &amp; %s %1$s {{title}} omgekeerd einde"_s)));
        const QString raw = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s}).out;
        QVERIFY(!raw.contains(QChar(0x202e)));
        QVERIFY(!raw.contains(QChar(0x1b)));
        for (const QString &word :
             {u"Zażółć gęślą jaźń"_s, u"Științe"_s, u"Български работници"_s, u"Ελληνικά"_s})
            QVERIFY2(raw.contains(word), qPrintable(word));
    }

    void progressPerPageAndCancel()
    {
        QList<int> seen;
        int total = 0;
        const QByteArray pdf = Report::PdfRenderer::render(m_content, [&](int page, int pages) {
            seen.append(page);
            total = pages;
            return true;
        });
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(total, m_pages);
        QList<int> expected;
        for (int p = 1; p <= m_pages; ++p)
            expected.append(p);
        QCOMPARE(seen, expected);

        int calls = 0;
        const QString path = m_dir.filePath(u"afgebroken.pdf"_s);
        const bool written = Report::PdfExporter::write(
            m_content, path, Report::PdfExporter::Overwrite::No, [&calls](int page, int) {
                ++calls;
                return page < 2;
            });
        QVERIFY(!written);
        QCOMPARE(calls, 2);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(Report::PdfRenderer::render(m_content, [](int, int) { return false; }).isEmpty());
    }

    void smallDocumentsWork()
    {
        Report::ReportContent empty;
        empty.title = u"Leeg"_s;
        // Characters the bundled font lacks become U+FFFD, not boxes with hexadecimal digits.
        empty.blocks.append(Block::paragraph(u"Eén regel [een] 中文 🙂 einde."_s));
        int pages = 0;
        const QString path = m_dir.filePath(u"klein.pdf"_s);
        QVERIFY(Report::PdfExporter::write(empty, path, Report::PdfExporter::Overwrite::No, {},
                                           &pages));
        QCOMPARE(pages, 1);
        const QString text = Test::pdfText(path);
        QVERIFY(text.contains(u"Eén regel [een]"_s));
        QVERIFY(text.contains(u"\uFFFD\uFFFD \uFFFD einde."_s));
        QCOMPARE(run(u"qpdf"_s, {u"--check"_s, path}).exitCode, 0);
    }
};

QTEST_MAIN(TestPdfRenderer)
#include "tst_pdfrenderer.moc"
