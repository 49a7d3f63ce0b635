// SPDX-License-Identifier: EUPL-1.2
// OdtWriter (issue 12, point 3): an ODT of a rich synthetic report, read back with tools that are
// not ours — unzip, Python's zipfile and XML parser (odt_read.py), odt2txt — and compared with
// an oracle computed from the blocks: every paragraph, list item and table cell in order, the
// headings' levels and styles, lists' nesting, the header row, the picture, links, metadata.
#include "report/odtwriter.h"
#include "report/reportcontent.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Report;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Hostile = u"<b>x</b> & ]]> \u0001 \u202e \"quoted\" 'single' \uFFFE end"_s;

TextRun run(const QString &text, bool bold = false, bool italic = false, const QString &link = {})
{
    return TextRun{text, bold, italic, link};
}

Paragraph para(QList<TextRun> runs)
{
    Paragraph p;
    p.runs = std::move(runs);
    return p;
}

Paragraph para(const QString &text)
{
    return para({run(text)});
}

// Paints the left half blue and the right half red, so the picture proves the whole rect was
// handed to the painter.
Figure halvesFigure(QSizeF mm, const QString &alt)
{
    Figure f;
    f.sizeMm = mm;
    f.altText = alt;
    f.paint = [](QPainter &p, const QRectF &r) {
        p.fillRect(QRectF(r.left(), r.top(), r.width() / 2, r.height()), QColor(0, 0, 255));
        p.fillRect(QRectF(r.center().x(), r.top(), r.width() / 2, r.height()), QColor(255, 0, 0));
    };
    return f;
}

struct Expected
{
    QStringList externalLinks; // hrefs, in order
    QString mapAlt;
};

ReportContent richContent(Expected &expected)
{
    ReportContent c;
    c.title = u"Regio-overzicht West-Brabant & <Zeeland>"_s;
    c.subject = u"Huisvesting van arbeidsmigranten"_s;
    c.metadata.author = u"Anna de Vries"_s;
    c.metadata.organisation = u"Gemeente Tilburg"_s;
    c.metadata.department = u"Wonen & Ruimte"_s;
    c.metadata.status = ReportMetadata::Status::Final;
    c.footerNote = u"Flexwonen Kennisbank · kennisbank 42 · 3 maart 2025"_s;

    QList<Block> &b = c.blocks;
    b << Block::heading(1, u"Regio-overzicht West-Brabant"_s, u"top"_s);
    b << Block::paragraph(
        u"Een overzicht voor de gemeenteraad, met ﬂexwonen en financiële cijfers."_s);
    b << Block::tableOfContents();
    b << Block::pageBreak();
    for (int s = 1; s <= 5; ++s) {
        b << Block::heading(2, u"Sectie %1: afspraken en normen"_s.arg(s), u"sectie-%1"_s.arg(s));
        for (int p = 1; p <= 11; ++p) {
            QList<TextRun> runs{run(u"Alinea %1.%2 over huisvesting; "_s.arg(s).arg(p)),
                                run(u"vet"_s, true),
                                run(u" en "_s),
                                run(u"schuin"_s, false, true),
                                run(u" en "_s),
                                run(u"beide"_s, true, true),
                                run(u"."_s)};
            if (p == 3) {
                const QString url = u"https://www.example.nl/regio/%1?a=1&b=2"_s.arg(s);
                runs << run(u" Zie "_s) << run(u"de bron"_s, false, false, url)
                     << run(u" (vet)"_s, true, false, url);
                expected.externalLinks << url;
            }
            if (p == 5) {
                runs << run(u" Naar "_s)
                     << run(u"sectie %1"_s.arg(s % 5 + 1), false, false,
                            u"#sectie-%1"_s.arg(s % 5 + 1));
            }
            b << Block::paragraph(para(runs));
        }
        b << Block::heading(3, u"Uitwerking %1"_s.arg(s));
        b << Block::listItem(para(u"Eerste genummerde stap %1"_s.arg(s)), 1, true, 1);
        b << Block::listItem(para(u"Tweede genummerde stap"_s), 1, true, 2);
        b << Block::listItem(para(u"Opsomming binnen stap 2"_s), 2, false);
        b << Block::listItem(para({run(u"Nog een punt met "_s), run(u"nadruk"_s, true)}), 2, false);
        b << Block::listItem(para(u"Diep punt, een niveau overgeslagen"_s), 4, false);
        b << Block::listItem(para(u"Derde genummerde stap"_s), 1, true, 3);
        b << Block::listItem(para(u"Stap zeven na een sprong"_s), 1, true, 7);
        b << Block::listItem(para(u"Los opsommingsteken"_s), 1, false);
    }

    Table t;
    t.columnWeights = {3, 1, 1};
    t.headerRows = 1;
    t.summary = u"Inwoners en arbeidsmigranten per gemeente"_s;
    const auto cell = [](const QString &text) { return TableCell{{para(text)}}; };
    t.rows << QList<TableCell>{cell(u"Gemeente"_s), cell(u"Inwoners"_s),
                               cell(u"Arbeidsmigranten"_s)};
    for (int r = 1; r <= 8; ++r)
        t.rows << QList<TableCell>{
            cell(u"Gemeente %1"_s.arg(r)), cell(QString::number(10000 * r)),
            TableCell{{para(QString::number(100 * r)), para(u"(schatting %1)"_s.arg(r))}}};
    b << Block::tableBlock(t);

    expected.mapAlt = u"Kaart van Nederland; regio West-Brabant gemarkeerd <b>&</b>"_s;
    b << Block::figureBlock(halvesFigure(QSizeF(80, 60), expected.mapAlt));
    b << Block::paragraph(u"Figuur 1: de regio en haar gemeenten"_s, TextRole::Caption);

    Columns cols;
    cols.weights = {2, 1};
    cols.columns << QList<Block>{
        Block::figureBlock(halvesFigure(QSizeF(120, 90), u"Tweede figuur, breder dan de kolom"_s)),
        Block::paragraph(u"Links onder de figuur"_s)};
    cols.columns << QList<Block>{Block::heading(3, u"Kerncijfers"_s, u"kerncijfers"_s),
                                 Block::paragraph(u"Rechts: 12 gemeenten"_s),
                                 Block::listItem(para(u"Rechts in een lijst"_s), 1, false)};
    b << Block::columnsBlock(cols);
    b << Block::paragraph(u"Bron: CBS Statline, 2012; Kadaster."_s, TextRole::Small);

    // Foreign text: markup, control characters, bidi override, spaces ODF would collapse.
    b << Block::paragraph(para({run(Hostile)}));
    b << Block::paragraph(
        para({run(u"  twee spaties vooraan,   drie\tertussen\nregel twee\r\nregel drie "_s),
              run(u" \u0007bel"_s, true)}));
    b << Block::paragraph(
        para({run(u"klik hier"_s, false, false, u"javascript:alert(1)"_s), run(u" of "_s),
              run(u"bestand"_s, false, false, u"file:///etc/passwd"_s), run(u" of "_s),
              run(u"weg"_s, false, false, u"#bestaat-niet"_s), run(u" of "_s),
              run(u"mail"_s, false, false, u"mailto:info@example.nl"_s), run(u" of "_s),
              run(u"vreemd anker"_s, false, false, u"#rare \"<6>\"-kop"_s)}));
    expected.externalLinks << u"mailto:info@example.nl"_s;
    b << Block::pageBreak();
    b << Block::heading(2, u"Bijlage met <rare> \"tekens\""_s, u"rare \"<6>\"-kop"_s);
    b << Block::paragraph(u"Laatste alinea."_s);
    return c;
}

// What a reader must show for text: the characters XML cannot carry are gone, line ends are
// one line break each.
QString shown(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.mid(i++, 2);
            continue;
        }
        const bool forbidden = (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f) ||
                               QChar::isSurrogate(c) || c == 0xfffe || c == 0xffff;
        if (!forbidden)
            out += QChar(c);
    }
    return out;
}

// The oracle: every paragraph's text of the body in reading order (headings, paragraphs, list
// items, table cells row by row, columns left to right), as a reader shows it.
void bodyTexts(const QList<Block> &blocks, QStringList &out)
{
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
        case Block::Kind::Paragraph:
        case Block::Kind::ListItem:
            out << shown(b.text.plainText());
            break;
        case Block::Kind::Table:
            for (const QList<TableCell> &row : b.table->rows)
                for (const TableCell &cell : row)
                    for (const Paragraph &p : cell.paragraphs)
                        out << shown(p.plainText());
            break;
        case Block::Kind::Columns:
            for (const QList<Block> &column : b.columns->columns)
                bodyTexts(column, out);
            break;
        case Block::Kind::Figure:
        case Block::Kind::TableOfContents:
        case Block::Kind::PageBreak:
            break;
        }
    }
    out.removeAll(QString());
}

void headingsOf(const QList<Block> &blocks, QList<const Block *> &out)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Heading)
            out << &b;
        else if (b.kind == Block::Kind::Columns)
            for (const QList<Block> &column : b.columns->columns)
                headingsOf(column, out);
    }
}

void listItemsOf(const QList<Block> &blocks, QList<const Block *> &out)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::ListItem)
            out << &b;
        else if (b.kind == Block::Kind::Columns)
            for (const QList<Block> &column : b.columns->columns)
                listItemsOf(column, out);
    }
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

double centimetres(const QJsonValue &length)
{
    QString s = length.toString();
    if (!s.endsWith(u"cm"_s))
        return -1;
    s.chop(2);
    return s.toDouble();
}

struct Tool
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Tool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestOdtWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Expected m_expected;
    ReportContent m_content;
    QString m_odt;
    QJsonObject m_read; // what odt_read.py found in m_odt

    // Writes content to a file and reads it back with odt_read.py.
    QJsonObject writeAndRead(const ReportContent &content, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        try {
            f.write(OdtWriter::write(content));
        } catch (const std::exception &e) {
            qWarning() << "OdtWriter::write:" << e.what();
            return {};
        }
        f.close();
        const Tool py = runTool(u"python3"_s, {QStringLiteral(FLEXWONEN_ODT_READER), path});
        if (py.exitCode != 0) {
            qWarning().noquote() << py.err;
            return {};
        }
        return QJsonDocument::fromJson(py.out).object();
    }

    const QJsonObject &odt() const { return m_read; }

    // The automatic style's parent for automatic styles, the name itself for named ones.
    QString namedStyle(const QString &style) const
    {
        const QJsonObject autoStyle = odt()[u"autoStyles"_s].toObject()[style].toObject();
        return autoStyle.isEmpty() ? style : autoStyle[u"parent"_s].toString();
    }

    QList<QJsonObject> bodyParagraphs() const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : odt()[u"paragraphs"_s].toArray())
            if (!v[u"toc"_s].toBool())
                out << v.toObject();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_content = richContent(m_expected);
        m_odt = m_dir.filePath(u"rapport.odt"_s);
        m_read = writeAndRead(m_content, u"rapport.odt"_s);
        // FLEXWONEN_ODT_KEEP=path keeps a copy to open in LibreOffice or Word.
        if (const QString keep = qEnvironmentVariable("FLEXWONEN_ODT_KEEP"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(m_odt, keep);
        }
        QVERIFY2(!m_read.isEmpty(), "odt_read.py could not read the file");
        QVERIFY2(odt()[u"parseErrors"_s].toObject().isEmpty(),
                 QJsonDocument(odt()[u"parseErrors"_s].toObject()).toJson().constData());
    }

    // The container as ODF part 3 wants it, seen by unzip and by Python's zipfile.
    void zipContainer()
    {
        const Tool test = runTool(u"unzip"_s, {u"-tq"_s, m_odt});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const Tool list = runTool(u"unzip"_s, {u"-Z1"_s, m_odt});
        QCOMPARE(list.exitCode, 0);
        const QStringList names = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!names.isEmpty());
        QCOMPARE(names.first(), u"mimetype"_s);
        for (const QString &part : {u"META-INF/manifest.xml"_s, u"content.xml"_s, u"styles.xml"_s,
                                    u"meta.xml"_s, u"Pictures/figuur-1.png"_s})
            QVERIFY2(names.contains(part), qPrintable(part));

        const QJsonObject first = odt()[u"entries"_s].toArray().at(0).toObject();
        QCOMPARE(first[u"name"_s].toString(), u"mimetype"_s);
        QVERIFY(first[u"stored"_s].toBool());
        QCOMPARE(first[u"extra"_s].toInt(), 0);
        const QJsonObject local = odt()[u"localHeader"_s].toObject();
        QCOMPARE(local[u"name"_s].toString(), u"mimetype"_s);
        QCOMPARE(local[u"extraLength"_s].toInt(), 0);
        QCOMPARE(local[u"method"_s].toInt(), 0);
        QCOMPARE(odt()[u"mimetype"_s].toString(), u"application/vnd.oasis.opendocument.text"_s);
        QVERIFY(odt()[u"badCrc"_s].isNull());
    }

    void partsAreOdfXml()
    {
        const QJsonObject roots = odt()[u"roots"_s].toObject();
        const QString office = u"{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"_s;
        QCOMPARE(roots[u"content.xml"_s].toString(), office + u"document-content"_s);
        QCOMPARE(roots[u"styles.xml"_s].toString(), office + u"document-styles"_s);
        QCOMPARE(roots[u"meta.xml"_s].toString(), office + u"document-meta"_s);
        QCOMPARE(roots[u"META-INF/manifest.xml"_s].toString(),
                 u"{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}manifest"_s);
        const QJsonObject versions = odt()[u"versions"_s].toObject();
        for (auto it = versions.begin(); it != versions.end(); ++it)
            QCOMPARE(it.value().toString(), u"1.2"_s);
        // Every element is in an ODF namespace (or Dublin Core): none without one, so no
        // markup of the content became an element.
        for (const QString &ns : strings(odt()[u"namespaces"_s]))
            QVERIFY2(ns.startsWith(u"urn:oasis:names:tc:opendocument:xmlns:"_s) ||
                         ns == u"http://purl.org/dc/elements/1.1/"_s,
                     qPrintable(ns));
    }

    // Every paragraph, heading, list item and table cell of the blocks, in order, nothing else
    // and nothing twice.
    void everyTextInOrder()
    {
        QStringList expected;
        bodyTexts(m_content.blocks, expected);
        QVERIFY(expected.size() > 100);
        QStringList found;
        for (const QJsonObject &p : bodyParagraphs())
            if (!p[u"text"_s].toString().isEmpty())
                found << p[u"text"_s].toString();
        for (qsizetype i = 0; i < qMin(found.size(), expected.size()); ++i)
            QCOMPARE(found.at(i), expected.at(i));
        QCOMPARE(found.size(), expected.size());
    }

    void hostileTextIsLiteral()
    {
        const QString wanted = shown(Hostile);
        QVERIFY(wanted.contains(u"<b>x</b> & ]]>"_s));
        QVERIFY(wanted.contains(u'\u202e'));
        QVERIFY(!wanted.contains(u'\u0001'));
        bool seen = false;
        for (const QJsonObject &p : bodyParagraphs())
            seen = seen || p[u"text"_s].toString() == wanted;
        QVERIFY(seen);
        // The title in the header and metadata went through the same escaping.
        QVERIFY(strings(odt()[u"headerFooter"_s]).contains(m_content.title));
    }

    void headingsHaveLevelsStylesAndBookmarks()
    {
        QList<const Block *> expected;
        headingsOf(m_content.blocks, expected);
        QList<QJsonObject> found;
        for (const QJsonObject &p : bodyParagraphs())
            if (p[u"tag"_s].toString() == u"h"_s)
                found << p;
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            const QJsonObject &h = found.at(i);
            const int level = expected.at(i)->level;
            QCOMPARE(h[u"text"_s].toString(), shown(expected.at(i)->text.plainText()));
            QCOMPARE(h[u"outlineLevel"_s].toString(), QString::number(level));
            QCOMPARE(namedStyle(h[u"style"_s].toString()), u"Heading_20_%1"_s.arg(level));
            QCOMPARE(h[u"bookmarks"_s].toArray().size(), 1);
        }
        const QJsonObject styles = odt()[u"styles"_s].toObject();
        for (int level = 1; level <= 3; ++level) {
            const QJsonObject s = styles[u"Heading_20_%1"_s.arg(level)].toObject();
            QCOMPARE(s[u"displayName"_s].toString(), u"Heading %1"_s.arg(level));
            QCOMPARE(s[u"parent"_s].toString(), u"Heading"_s);
            QCOMPARE(s[u"family"_s].toString(), u"paragraph"_s);
            QCOMPARE(s[u"outlineLevel"_s].toString(), QString::number(level));
        }
        QCOMPARE(styles[u"Heading"_s].toObject()[u"keep-with-next"_s].toString(), u"always"_s);
    }

    void paragraphStylesAndLanguage()
    {
        const QJsonObject styles = odt()[u"styles"_s].toObject();
        QVERIFY(styles.contains(u"Text_20_body"_s));
        QCOMPARE(styles[u"Small_20_Text"_s].toObject()[u"font-size"_s].toString(), u"8pt"_s);
        QCOMPARE(styles[u"Caption"_s].toObject()[u"font-size"_s].toString(), u"8pt"_s);
        QCOMPARE(styles[u"Caption"_s].toObject()[u"font-style"_s].toString(), u"italic"_s);
        const QJsonObject defaults = odt()[u"defaultText"_s].toObject();
        QCOMPARE(defaults[u"language"_s].toString(), u"nl"_s);
        QCOMPARE(defaults[u"country"_s].toString(), u"NL"_s);
        QCOMPARE(defaults[u"font-size"_s].toString(), u"10pt"_s);

        // Each role in its style: body, small (sources), caption.
        QHash<QString, QString> styleOf;
        for (const QJsonObject &p : bodyParagraphs())
            styleOf.insert(p[u"text"_s].toString(), namedStyle(p[u"style"_s].toString()));
        QCOMPARE(styleOf.value(u"Laatste alinea."_s), u"Text_20_body"_s);
        QCOMPARE(styleOf.value(u"Bron: CBS Statline, 2012; Kadaster."_s), u"Small_20_Text"_s);
        QCOMPARE(styleOf.value(u"Figuur 1: de regio en haar gemeenten"_s), u"Caption"_s);

        // Bold and italic runs are spans of automatic text styles.
        const QJsonObject autoStyles = odt()[u"autoStyles"_s].toObject();
        QCOMPARE(autoStyles[u"TBold"_s].toObject()[u"font-weight"_s].toString(), u"bold"_s);
        QCOMPARE(autoStyles[u"TItalic"_s].toObject()[u"font-style"_s].toString(), u"italic"_s);
        QCOMPARE(autoStyles[u"TBoldItalic"_s].toObject()[u"font-weight"_s].toString(), u"bold"_s);
    }

    // A page break is a style with break-before on the block that follows it.
    void pageBreaksStartTheNextBlock()
    {
        QStringList expected;
        const QList<Block> &blocks = m_content.blocks;
        for (qsizetype i = 0; i + 1 < blocks.size(); ++i)
            if (blocks.at(i).kind == Block::Kind::PageBreak)
                expected << shown(blocks.at(i + 1).text.plainText());
        QCOMPARE(expected.size(), 2);
        QStringList found;
        const QJsonObject autoStyles = odt()[u"autoStyles"_s].toObject();
        for (const QJsonObject &p : bodyParagraphs()) {
            const QJsonObject s = autoStyles[p[u"style"_s].toString()].toObject();
            if (s[u"break-before"_s].toString() == u"page"_s)
                found << p[u"text"_s].toString();
        }
        QCOMPARE(found, expected);
    }

    void listsNestLikeTheBlocks()
    {
        QList<const Block *> expected;
        listItemsOf(m_content.blocks, expected);
        QList<QJsonObject> found;
        for (const QJsonObject &p : bodyParagraphs())
            if (!p[u"lists"_s].toArray().isEmpty())
                found << p;
        QCOMPARE(found.size(), expected.size());
        const QJsonObject listStyles = odt()[u"listStyles"_s].toObject();
        QCOMPARE(listStyles[u"List_20_1"_s].toArray().size(), 10);
        QCOMPARE(listStyles[u"Numbering_20_123"_s].toArray().size(), 10);
        QCOMPARE(listStyles[u"List_20_1"_s][0][u"kind"_s].toString(), u"list-level-style-bullet"_s);
        QCOMPARE(listStyles[u"Numbering_20_123"_s][0][u"kind"_s].toString(),
                 u"list-level-style-number"_s);
        int restarts = 0;
        for (qsizetype i = 0; i < found.size(); ++i) {
            const Block &b = *expected.at(i);
            const QStringList lists = strings(found.at(i)[u"lists"_s]);
            QCOMPARE(found.at(i)[u"text"_s].toString(), shown(b.text.plainText()));
            QCOMPARE(lists.size(), b.level);
            QCOMPARE(lists.last(), b.ordered ? u"Numbering_20_123"_s : u"List_20_1"_s);
            QCOMPARE(namedStyle(found.at(i)[u"style"_s].toString()), u"List"_s);
            if (b.number == 7) {
                QCOMPARE(found.at(i)[u"startValue"_s].toString(), u"7"_s);
                ++restarts;
            } else {
                QVERIFY(found.at(i)[u"startValue"_s].isNull());
            }
        }
        QCOMPARE(restarts, 5);
    }

    void tableHasRepeatedHeaderRow()
    {
        const Table *table = nullptr;
        for (const Block &b : m_content.blocks)
            if (b.kind == Block::Kind::Table)
                table = b.table.get();
        QVERIFY(table);
        QJsonObject dataTable;
        QJsonObject layoutTable;
        for (const QJsonValue &v : odt()[u"tables"_s].toArray()) {
            if (v[u"headerRows"_s].toInt() > 0)
                dataTable = v.toObject();
            else
                layoutTable = v.toObject();
        }
        const QJsonObject &data = dataTable;
        const QJsonObject &layout = layoutTable;
        QCOMPARE(data[u"headerRows"_s].toInt(), 1);
        QCOMPARE(data[u"rows"_s].toInt(), table->rows.size());
        QCOMPARE(data[u"columns"_s].toArray().size(), 3);
        for (const QJsonValue &n : data[u"cellsPerRow"_s].toArray())
            QCOMPARE(n.toInt(), 3);
        QCOMPARE(data[u"desc"_s].toString(), table->summary);
        // Rows never split over a page.
        const QJsonObject autoStyles = odt()[u"autoStyles"_s].toObject();
        for (const QString &row : strings(data[u"rowStyles"_s]))
            QCOMPARE(autoStyles[row].toObject()[u"keep-together"_s].toString(), u"always"_s);
        // Column widths follow the weights 3:1:1 of 17 cm.
        const QStringList columns = strings(data[u"columns"_s]);
        QVERIFY(qAbs(centimetres(autoStyles[columns.at(0)][u"column-width"_s]) - 10.2) < 0.01);
        QVERIFY(qAbs(centimetres(autoStyles[columns.at(1)][u"column-width"_s]) - 3.4) < 0.01);

        QStringList headerTexts;
        for (const QJsonObject &p : bodyParagraphs()) {
            if (p[u"headerCell"_s].toBool()) {
                headerTexts << p[u"text"_s].toString();
                QCOMPARE(p[u"style"_s].toString(), u"Table_20_Heading"_s);
            } else if (p[u"cell"_s].toBool() && p[u"table"_s] == data[u"name"_s]) {
                QCOMPARE(p[u"style"_s].toString(), u"Table_20_Contents"_s);
            }
        }
        QCOMPARE(headerTexts, (QStringList{u"Gemeente"_s, u"Inwoners"_s, u"Arbeidsmigranten"_s}));

        // The columns block: one row, two cells, no borders.
        QCOMPARE(layout[u"rows"_s].toInt(), 1);
        QCOMPARE(layout[u"cellsPerRow"_s][0].toInt(), 2);
        for (const QString &cell : strings(layout[u"cellStyles"_s]))
            QCOMPARE(autoStyles[cell].toObject()[u"border"_s].toString(), u"none"_s);
    }

    void figuresArePicturesWithAltText()
    {
        const QJsonObject manifest = odt()[u"manifest"_s].toObject();
        QCOMPARE(manifest[u"/"_s].toString(), u"application/vnd.oasis.opendocument.text"_s);
        for (const QString &part : {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s})
            QCOMPARE(manifest[part].toString(), u"text/xml"_s);

        const QJsonArray frames = odt()[u"frames"_s].toArray();
        QCOMPARE(frames.size(), 2);
        const QJsonObject pictures = odt()[u"pictures"_s].toObject();
        QCOMPARE(pictures.size(), 2);
        // 80 × 60 mm at 200 dpi, shown at its size.
        const QJsonObject map = frames.at(0).toObject();
        const QString href = map[u"href"_s].toString();
        QCOMPARE(manifest[href].toString(), u"image/png"_s);
        QVERIFY(pictures[href][u"png"_s].toBool());
        QCOMPARE(pictures[href][u"width"_s].toInt(), qRound(80 / 25.4 * 200));
        QCOMPARE(pictures[href][u"height"_s].toInt(), qRound(60 / 25.4 * 200));
        QVERIFY(qAbs(centimetres(map[u"width"_s]) - 8.0) < 0.001);
        QVERIFY(qAbs(centimetres(map[u"height"_s]) - 6.0) < 0.001);
        QCOMPARE(map[u"title"_s].toString(), m_expected.mapAlt);
        QCOMPARE(map[u"desc"_s].toString(), m_expected.mapAlt);
        QCOMPARE(map[u"anchor"_s].toString(), u"as-char"_s);

        // The second figure is wider than its column (2/3 of 17 cm): scaled down, aspect kept.
        const QJsonObject wide = frames.at(1).toObject();
        const double w = centimetres(wide[u"width"_s]);
        const double h = centimetres(wide[u"height"_s]);
        QVERIFY(w > 5 && w <= 17.0 * 2 / 3);
        QVERIFY(qAbs(w / h - 120.0 / 90.0) < 0.01);
        QCOMPARE(pictures[wide[u"href"_s].toString()][u"width"_s].toInt(),
                 qRound(120 / 25.4 * 200));
        QVERIFY(!wide[u"table"_s].toString().isEmpty()); // inside the columns table

        // The pixels are the figure's painting over the whole picture: blue left, red right.
        const Tool png = runTool(u"unzip"_s, {u"-p"_s, m_odt, href});
        QCOMPARE(png.exitCode, 0);
        const QImage image = QImage::fromData(png.out, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(image.width() / 4, image.height() / 2), QColor(0, 0, 255));
        QCOMPARE(image.pixelColor(image.width() * 3 / 4, image.height() / 2), QColor(255, 0, 0));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
    }

    void linksOnlyWhereSafe()
    {
        QStringList bookmarks = strings(odt()[u"bookmarks"_s]);
        QStringList external;
        QHash<QString, QString> headingOfBookmark;
        for (const QJsonObject &p : bodyParagraphs())
            for (const QString &mark : strings(p[u"bookmarks"_s]))
                headingOfBookmark.insert(mark, p[u"text"_s].toString());
        int internal = 0;
        for (const QJsonValue &v : odt()[u"links"_s].toArray()) {
            const QString href = v[u"href"_s].toString();
            QVERIFY2(!href.contains(u"javascript"_s, Qt::CaseInsensitive), qPrintable(href));
            QVERIFY2(!href.startsWith(u"file:"_s), qPrintable(href));
            QVERIFY2(!href.contains(u"bestaat"_s), qPrintable(href));
            if (href.startsWith(u'#')) {
                QVERIFY2(bookmarks.contains(href.mid(1)), qPrintable(href));
                if (v[u"toc"_s].toBool())
                    continue;
                ++internal;
                // "sectie N" links to the heading "Sectie N: …", the odd anchor to its heading.
                const QString text = v[u"text"_s].toString();
                const QString heading = headingOfBookmark.value(href.mid(1));
                if (text == u"vreemd anker"_s)
                    QVERIFY2(heading.startsWith(u"Bijlage met <rare>"_s), qPrintable(heading));
                else
                    QVERIFY2(heading.startsWith(u"Sectie "_s + text.mid(7) + u':'),
                             qPrintable(text + u" → "_s + heading));
            } else {
                QVERIFY2(href.startsWith(u"https://"_s) || href.startsWith(u"mailto:"_s),
                         qPrintable(href));
                external << href;
            }
        }
        QCOMPARE(internal, 6);
        external.removeDuplicates(); // a link over two runs of different weight may be split
        QCOMPARE(external, m_expected.externalLinks);
        // Word needs bookmark names of letters, digits and underscores (at most 40).
        static const QRegularExpression wordName(u"^[A-Za-z][A-Za-z0-9_]{0,39}$"_s);
        for (const QString &mark : bookmarks)
            QVERIFY2(wordName.match(mark).hasMatch(), qPrintable(mark));
        bookmarks.removeDuplicates();
        QCOMPARE(bookmarks.size(), strings(odt()[u"bookmarks"_s]).size());
    }

    void tableOfContentsListsTheSections()
    {
        const QJsonObject toc = odt()[u"toc"_s].toObject();
        QCOMPARE(toc[u"count"_s].toInt(), 1);
        QCOMPARE(strings(toc[u"sourceStyles"_s]), QStringList{u"Heading_20_2"_s});
        // The entries: the level-2 headings after the contents block, each linked to its heading.
        QStringList expected;
        bool after = false;
        for (const Block &b : m_content.blocks) {
            after = after || b.kind == Block::Kind::TableOfContents;
            if (after && b.kind == Block::Kind::Heading && b.level == 2)
                expected << shown(b.text.plainText());
        }
        QCOMPARE(expected.size(), 6);
        QStringList entries;
        for (const QJsonValue &v : odt()[u"paragraphs"_s].toArray())
            if (v[u"toc"_s].toBool() && !v[u"tocTitle"_s].toBool())
                entries << v[u"text"_s].toString();
        QCOMPARE(entries, expected);
        QHash<QString, QString> headingOfBookmark;
        for (const QJsonObject &p : bodyParagraphs())
            for (const QString &mark : strings(p[u"bookmarks"_s]))
                headingOfBookmark.insert(mark, p[u"text"_s].toString());
        int linked = 0;
        for (const QJsonValue &v : odt()[u"links"_s].toArray()) {
            if (!v[u"toc"_s].toBool())
                continue;
            QCOMPARE(headingOfBookmark.value(v[u"href"_s].toString().mid(1)),
                     v[u"text"_s].toString());
            ++linked;
        }
        QCOMPARE(linked, expected.size());
    }

    void metadata()
    {
        const QJsonObject meta = odt()[u"meta"_s].toObject();
        QVERIFY(meta[u"meta:generator"_s].toString().startsWith(u"Flexwonen Kennisbank"_s));
        QCOMPARE(meta[u"dc:title"_s].toString(), m_content.title);
        QCOMPARE(meta[u"dc:subject"_s].toString(), m_content.subject);
        QCOMPARE(meta[u"dc:creator"_s].toString(), u"Anna de Vries"_s);
        QCOMPARE(meta[u"meta:initial-creator"_s].toString(), u"Anna de Vries"_s);
        QCOMPARE(meta[u"dc:language"_s].toString(), u"nl-NL"_s);
        QVERIFY(!meta[u"meta:creation-date"_s].toString().isEmpty());
        const QJsonObject user = meta[u"user"_s].toObject();
        QCOMPARE(user[u"Status"_s].toString(), u"definitief"_s);
        QCOMPARE(user[u"Organisatie"_s].toString(), u"Gemeente Tilburg"_s);
        QCOMPARE(user[u"Afdeling"_s].toString(), u"Wonen & Ruimte"_s);
    }

    // A concept without an author: the organisation is the creator, the status says concept;
    // a report without blocks is still a document.
    void conceptAndEmptyReport()
    {
        ReportContent c;
        c.title = u"Leeg"_s;
        c.metadata.organisation = u"Expertisecentrum Flexwonen"_s;
        const QJsonObject read = writeAndRead(c, u"leeg.odt"_s);
        QVERIFY(!read.isEmpty());
        QVERIFY(read[u"parseErrors"_s].toObject().isEmpty());
        QCOMPARE(read[u"paragraphs"_s].toArray().size(), 0);
        const QJsonObject meta = read[u"meta"_s].toObject();
        QCOMPARE(meta[u"dc:creator"_s].toString(), u"Expertisecentrum Flexwonen"_s);
        QCOMPARE(meta[u"user"_s][u"Status"_s].toString(), u"concept"_s);
        QVERIFY(!meta[u"user"_s].toObject().contains(u"Afdeling"_s));
    }

    // A figure that cannot be painted leaves its alternative text in the document, no picture.
    void unpaintableFigureKeepsItsText()
    {
        ReportContent c;
        Figure f;
        f.sizeMm = QSizeF(5000, 10); // absurd
        f.altText = u"Grafiek van de kerncijfers"_s;
        f.paint = [](QPainter &, const QRectF &) {};
        c.blocks << Block::figureBlock(f);
        Figure none;
        none.sizeMm = QSizeF(50, 50);
        none.altText = u"Kaart zonder tekenaar"_s;
        c.blocks << Block::figureBlock(none);
        const QJsonObject read = writeAndRead(c, u"figuur.odt"_s);
        QVERIFY(read[u"parseErrors"_s].toObject().isEmpty());
        QCOMPARE(read[u"frames"_s].toArray().size(), 0);
        QCOMPARE(read[u"pictures"_s].toObject().size(), 0);
        QStringList texts;
        for (const QJsonValue &p : read[u"paragraphs"_s].toArray())
            texts << p[u"text"_s].toString();
        QCOMPARE(texts, (QStringList{u"Grafiek van de kerncijfers"_s, u"Kaart zonder tekenaar"_s}));
    }

    // A second reader that is not Python's: odt2txt shows every text in order.
    void odt2txtReadsEverything()
    {
        const Tool txt = runTool(u"odt2txt"_s, {u"--encoding=UTF-8"_s, u"--width=-1"_s, m_odt});
        QVERIFY2(txt.exitCode == 0, "odt2txt (Debian package odt2txt) is needed");
        const auto squeeze = [](const QString &s) { return s.simplified(); };
        const QString all = squeeze(QString::fromUtf8(txt.out));
        QStringList expected;
        bodyTexts(m_content.blocks, expected);
        qsizetype at = 0;
        for (const QString &text : expected) {
            const qsizetype found = all.indexOf(squeeze(text), at);
            QVERIFY2(found >= 0, qPrintable(u"odt2txt lacks (after %1): %2"_s.arg(at).arg(text)));
            at = found;
        }
    }
};

QTEST_MAIN(TestOdtWriter)
#include "tst_odtwriter.moc"
