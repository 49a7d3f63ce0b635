// SPDX-License-Identifier: EUPL-1.2
#include "blockfixture.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;
using namespace Flexwonen::Report;

namespace Flexwonen::Test {

namespace {

TextRun run(const QString &text, bool bold = false, bool italic = false, const QString &link = {})
{
    return TextRun{text, bold, italic, link};
}

Paragraph para(std::initializer_list<TextRun> runs)
{
    Paragraph p;
    p.runs = runs;
    return p;
}

QString two(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

QString three(int n)
{
    return QString::number(n).rightJustified(3, QLatin1Char('0'));
}

void chart(QPainter &p, const QRectF &r, const QString &name)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x9a, 0xab, 0xbb), 0.8));
    p.setBrush(QColor(0xf2, 0xf6, 0xf8));
    p.drawRect(r);
    const qreal w = r.width() / 7;
    const qreal values[] = {0.3, 0.55, 0.8, 0.45, 0.65};
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 5; ++i) {
        p.setBrush(QColor::fromHsv(200, 120 + i * 25, 150));
        const qreal h = values[i] * (r.height() - 30);
        p.drawRect(QRectF(r.left() + w * (i + 1), r.bottom() - 15 - h, w * 0.7, h));
    }
    QPen dashed(QColor(0x55, 0x55, 0x55), 0.6, Qt::DashLine);
    p.setPen(dashed);
    p.drawLine(QPointF(r.left() + 5, r.bottom() - 15), QPointF(r.right() - 5, r.bottom() - 15));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(r.right() - 20, r.top() + 20), 10, 10);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(7);
    p.setFont(font);
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    p.drawText(QPointF(r.left() + 5, r.top() + 12), u"Figuurlabel noord %1"_s.arg(name));
    p.drawText(QPointF(r.left() + 5, r.bottom() - 4), u"Figuurlabel zuid %1"_s.arg(name));
    p.restore();
}

Block figureBlock(const QSizeF &mm, const QString &alt,
                  const std::function<void(QPainter &, const QRectF &)> &painter)
{
    Figure f;
    f.sizeMm = mm;
    f.altText = alt;
    const QString name = alt.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0);
    f.paint = painter ? painter : [name](QPainter &p, const QRectF &r) { chart(p, r, name); };
    return Block::figureBlock(std::move(f));
}

// Every few words a marker, so that no two lines of the document are alike (a test looks for
// duplicated lines).
QString marked(const QString &text, const QString &tag)
{
    QStringList words = text.split(QLatin1Char(' '));
    for (qsizetype i = 6, k = 1; i < words.size(); i += 7, ++k)
        words[i] += u" (%1.%2)"_s.arg(tag).arg(k);
    return words.join(QLatin1Char(' ')) + u" (%1.eind)"_s.arg(tag);
}

Table table(const QString &tag, int rows, int columns, bool longCells)
{
    Table t;
    t.headerRows = 1;
    t.summary = u"Tabel %1 met %2 rijen"_s.arg(tag).arg(rows);
    QList<TableCell> header;
    for (int c = 0; c < columns; ++c)
        header.append({{para({run(u"Kolom %1 [%2h%3]"_s.arg(c + 1).arg(tag).arg(c + 1))})}});
    t.rows.append(header);
    for (int r = 1; r <= rows; ++r) {
        QList<TableCell> row;
        for (int c = 0; c < columns; ++c) {
            TableCell cell;
            QString text =
                u"Cel %1/%2 [%3r%4c%5]"_s.arg(r).arg(c + 1).arg(tag, three(r)).arg(c + 1);
            if (longCells && c == columns - 1 && r % 7 == 0)
                text += marked(u" met een langere toelichting over huisvesting, registratie en "
                               "de afspraken met werkgevers die over meerdere regels doorloopt"_s,
                               u"r%1"_s.arg(r));
            cell.paragraphs.append(para({run(text)}));
            if (longCells && c == 0 && r % 11 == 0)
                cell.paragraphs.append(para({run(u"Tweede alinea [%1r%2x]"_s.arg(tag, three(r)))}));
            row.append(cell);
        }
        t.rows.append(row);
    }
    for (int c = 0; c < columns; ++c)
        t.columnWeights.append(c == columns - 1 ? 2 : 1);
    return t;
}

QString sentence(int section, int n)
{
    static const QStringList bodies = {
        u"De gemeente zoekt met corporaties en werkgevers naar flexibele woonvormen voor "
        "arbeidsmigranten; de financiële haalbaarheid en de coördinatie tussen de regio's "
        "bepalen of een plan slaagt."_s,
        u"Afspraken over huisvesting, registratie en leefbaarheid worden vastgelegd in een "
        "convenant, met aandacht voor officiële normen en voor de reële kosten per bed."_s,
        u"Het flexwonen-beleid wordt jaarlijks geëvalueerd; de raad ontvangt daarover een "
        "voortgangsrapportage met cijfers per kern en per huisvester, en een overzicht van de "
        "handhaving door de gemeente en de inspectie."_s,
    };
    return bodies[(section + n) % bodies.size()];
}

} // namespace

ReportContent syntheticReport(const SyntheticOptions &o)
{
    ReportContent c;
    c.title = u"Synthetisch rapport — toegankelijke PDF"_s;
    c.subject = u"Huisvesting van arbeidsmigranten (testdocument)"_s;
    c.footerNote = u"Flexwonen Kennisbank test · kennisbank nr. 7 · afgedrukt op 4 maart 2025"_s;
    c.metadata.author = u"Jan de Vries"_s;
    c.metadata.organisation = u"Gemeente Voorbeeld"_s;
    c.metadata.department = u"Wonen"_s;
    QList<Block> &b = c.blocks;
    b.append(Block::heading(1, u"Rapport over flexwonen [h1]"_s, u"begin"_s));
    b.append(Block::paragraph(para(
        {run(u"Inleiding [intro]: dit rapport bevat "_s), run(u"vet"_s, true), run(u", "_s),
         run(u"cursief"_s, false, true), run(u" en een externe koppeling naar "_s),
         run(u"de website van het expertisecentrum"_s, false, false,
             u"https://www.example.org/flexwonen?regio=west-brabant&jaar=2012"_s),
         run(u" en een e-mailadres "_s),
         run(u"info@example.org"_s, false, false, u"mailto:info@example.org"_s), run(u"."_s)})));
    b.append(Block::heading(3, u"Inhoud [h3-inhoud]"_s));
    b.append(Block::tableOfContents());
    b.append(Block::pageBreak());
    for (int s = 1; s <= o.sections; ++s) {
        b.append(Block::heading(2, u"Sectie %1 over huisvesting [h2-%1]"_s.arg(s),
                                u"sectie-%1"_s.arg(s)));
        for (int p = 1; p <= o.paragraphsPerSection; ++p) {
            if (p == 4)
                b.append(Block::heading(3, u"Onderdeel %1.1 [h3-%1a]"_s.arg(s)));
            if (p == 8)
                b.append(Block::heading(3, u"Onderdeel %1.2 [h3-%1b]"_s.arg(s)));
            const QString tag = u"[s%1p%2]"_s.arg(s).arg(two(p));
            if (p % 5 == 0)
                b.append(Block::paragraph(
                    para({run(u"Alinea %1 "_s.arg(tag)), run(marked(sentence(s, p), tag), true),
                          run(u" Nog een zin in cursief %1."_s.arg(tag), false, true)})));
            else
                b.append(Block::paragraph(
                    u"Alinea %1 %2"_s.arg(tag, marked(sentence(s, p) + u" "_s + sentence(s, p + 1),
                                                      tag.mid(1, tag.size() - 2)))));
        }
        if (s == 1) {
            for (int i = 1; i <= 4; ++i) {
                b.append(Block::listItem(para({run(u"Opsomming punt %1 [l1-%1]"_s.arg(i))}), 1));
                if (i == 2) {
                    for (int j = 1; j <= 3; ++j) {
                        b.append(Block::listItem(
                            para({run(u"Genummerd subpunt %1.%2 [l2-%1-%2] met een tekst die "
                                      "lang genoeg is om over twee regels te lopen in de "
                                      "ingesprongen kolom van de lijst [l2-%1-%2 einde]"_s.arg(i)
                                          .arg(j))}),
                            2, true, j));
                        if (j == 2)
                            b.append(
                                Block::listItem(para({run(u"Derde niveau [l3-%1]"_s.arg(j))}), 3));
                    }
                }
            }
            b.append(Block::paragraph(u"Na de lijst [s1-na-lijst]."_s));
        }
        if (s == 2 && o.tableRows > 0) {
            b.append(Block::paragraph(
                u"De tabel hieronder telt %1 rijen [s2-tabel]."_s.arg(o.tableRows)));
            b.append(Block::tableBlock(table(u"t"_s, o.tableRows, 3, true)));
        }
        if (s == 3) {
            b.append(figureBlock(QSizeF(120, 70), u"Staafdiagram van vijf regio's [alt-1]"_s,
                                 o.figurePainter));
            b.append(Block::paragraph(u"Figuur 1: vijf regio's vergeleken [cap-1]"_s,
                                      TextRole::Caption));
        }
        if (s == 4) {
            Columns cols;
            cols.weights = {1, 1};
            cols.columns.append(
                {figureBlock(QSizeF(70, 60), u"Kaart met de regio gemarkeerd [alt-2]"_s,
                             o.figurePainter),
                 Block::paragraph(u"Onder de kaart [col1]"_s, TextRole::Small)});
            cols.columns.append(
                {Block::heading(3, u"Kerncijfers [h3-kern]"_s),
                 Block::paragraph(u"Kolom twee met kerncijfers van de regio [col2a]"_s),
                 Block::listItem(para({run(u"Inwoners 700.000 [col2-li1]"_s)})),
                 Block::listItem(para({run(u"Gemeenten 19 [col2-li2]"_s)})),
                 Block::tableBlock(table(u"k"_s, 3, 2, false))});
            b.append(Block::columnsBlock(std::move(cols)));
        }
        if (s == 5) {
            b.append(Block::paragraph(para(
                {run(u"Interne koppeling [intern]: zie "_s),
                 run(u"de tabel in sectie 2"_s, false, false, u"#sectie-2"_s),
                 run(u", en een anker dat niet bestaat: "_s),
                 run(u"nergens [geen-anker]"_s, false, false, u"#bestaat-niet"_s), run(u"."_s)})));
            if (o.hostile) {
                b.append(Block::paragraph(para(
                    {run(u"Onveilige koppelingen blijven tekst: "_s),
                     run(u"script [js]"_s, false, false, u"javascript:alert(1)"_s), run(u", "_s),
                     run(u"bestand [file]"_s, false, false, u"file:///etc/passwd"_s), run(u", "_s),
                     run(u"relatief [rel]"_s, false, false, u"../geheim.pdf"_s)})));
                b.append(Block::paragraph(
                    u"Vijandige tekst [hostile]: <b>x</b> &amp; %s %1$s {{title}} \u202e"
                    "omgekeerd\u202c einde \x01\x1b[31m."_s));
                b.append(Block::paragraph(
                    u"Lang woord [long]: "
                    "Arbeidsmigrantenhuisvestingsverordeningswijzigingsvoorstelbehandelingsproc"
                    "edurebeschrijvingsdocumentatieoverzichtsbijlagecompendium en "
                    "https://www.example.org/een/heel/lang/pad/zonder/spaties/dat/niet/op/een/"
                    "regel/past/index.html"_s));
                b.append(
                    Block::paragraph(u"Andere schriften [scripts]: Zażółć gęślą jaźń; Științe; "
                                     "Български работници; Ελληνικά."_s));
            }
        }
        b.append(Block::paragraph(
            u"Bronnen [src-%1]: Kamerbrief voortgang (25-09-2012); Conferentie 2012."_s.arg(s),
            TextRole::Small));
    }
    b.append(Block::paragraph(u"Slotalinea van het rapport [einde]."_s));
    return c;
}

ReportContent syntheticOverview(const std::function<void(QPainter &, const QRectF &)> &mapPainter)
{
    ReportContent c;
    c.title = u"Regio-overzicht voor de raad — West-Brabant"_s;
    c.subject = u"Huisvesting van arbeidsmigranten"_s;
    c.footerNote = u"Flexwonen Kennisbank · kennisbank nr. 7 · afgedrukt op 4 maart 2025"_s;
    QList<Block> &b = c.blocks;
    b.append(Block::heading(1, u"Regio-overzicht voor de raad: West-Brabant"_s));
    b.append(Block::paragraph(u"Negentien gemeenten; financiële afspraken over flexwonen in "
                              "2013. Peiljaar 2012, afgedrukt op 4 maart 2025."_s,
                              TextRole::Small));
    Columns cols;
    cols.weights = {1.1, 1};
    Table facts;
    facts.headerRows = 1;
    facts.columnWeights = {2, 1};
    facts.rows.append({{{para({run(u"Kerncijfer"_s)})}}, {{para({run(u"Waarde"_s)})}}});
    for (int i = 1; i <= 6; ++i)
        facts.rows.append({{{para({run(u"Kerncijfer %1 van de regio"_s.arg(i))})}},
                           {{para({run(QString::number(i * 1700))})}}});
    cols.columns.append(
        {figureBlock(QSizeF(80, 95), u"Kaart van Nederland met West-Brabant"_s, mapPainter)});
    cols.columns.append({Block::heading(3, u"Kerncijfers"_s), Block::tableBlock(facts),
                         figureBlock(QSizeF(70, 40), u"Staafdiagram van de kerncijfers"_s, {})});
    b.append(Block::columnsBlock(std::move(cols)));
    b.append(Block::heading(2, u"Gemeenten (19, peiljaar 2012)"_s));
    Table municipalities = table(u"g"_s, 19, 3, false);
    b.append(Block::tableBlock(municipalities));
    b.append(Block::heading(2, u"Afspraken en beleid"_s));
    for (int i = 1; i <= 6; ++i)
        b.append(
            Block::listItem(para({run(u"Afspraak %1: "_s.arg(i), true), run(sentence(1, i))})));
    b.append(Block::heading(2, u"Bronnen"_s));
    for (int i = 1; i <= 5; ++i)
        b.append(Block::paragraph(para({run(u"Bron %1 "_s.arg(i)),
                                        run(u"https://www.example.org/bron/%1"_s.arg(i), false,
                                            false, u"https://www.example.org/bron/%1"_s.arg(i))}),
                                  TextRole::Small));
    return c;
}

namespace {

QString html(const Paragraph &p)
{
    QString out;
    for (const TextRun &r : p.runs) {
        QString t = r.text.toHtmlEscaped();
        if (r.bold)
            t = u"<b>"_s + t + u"</b>"_s;
        if (r.italic)
            t = u"<i>"_s + t + u"</i>"_s;
        out += t;
    }
    return out;
}

} // namespace

QString syntheticHtml(const QList<Block> &blocks)
{
    QString out;
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            out += u"<h%1>%2</h%1>"_s.arg(b.level).arg(html(b.text));
            break;
        case Block::Kind::Paragraph:
            out += u"<p>%1</p>"_s.arg(html(b.text));
            break;
        case Block::Kind::ListItem:
            out += u"<ul><li>%1</li></ul>"_s.arg(html(b.text));
            break;
        case Block::Kind::Table:
            out += u"<table border=\"1\" width=\"100%\">"_s;
            for (const QList<TableCell> &row : b.table->rows) {
                out += u"<tr>"_s;
                for (const TableCell &cell : row) {
                    out += u"<td>"_s;
                    for (const Paragraph &p : cell.paragraphs)
                        out += u"<p>%1</p>"_s.arg(html(p));
                    out += u"</td>"_s;
                }
                out += u"</tr>"_s;
            }
            out += u"</table>"_s;
            break;
        case Block::Kind::Columns:
            for (const QList<Block> &column : b.columns->columns)
                out += syntheticHtml(column);
            break;
        case Block::Kind::Figure:
        case Block::Kind::TableOfContents:
        case Block::Kind::PageBreak:
            break;
        }
    }
    return out;
}

} // namespace Flexwonen::Test
