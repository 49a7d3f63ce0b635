// SPDX-License-Identifier: EUPL-1.2
// Issue 12: item bodies (GitHub Markdown) become report blocks through a walk over Qt's parsed
// document. Oracle for "nothing lost": over every item of the bundled knowledge base, the text of
// the blocks equals, in order, QTextDocument::toPlainText of the same Markdown (whitespace
// normalised). The cases below pin what each Markdown construct becomes.
#include "kb/knowledgebase.h"
#include "report/blocktext.h"
#include "report/markdownblocks.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Flexwonen;
using namespace Flexwonen::Report;
using namespace Qt::Literals::StringLiterals;

namespace {

// Whitespace (also line and paragraph separators, no-break spaces) as one space.
QString normalised(QString text)
{
    text.replace(QChar::LineSeparator, u' ');
    text.replace(QChar::ParagraphSeparator, u' ');
    return text.simplified();
}

// The text Qt's own reader finds in the Markdown, the oracle: an image (U+FFFC there, one per
// piece of its alternative text) becomes the same mark as a "[afbeelding…]" label of the blocks.
QString qtText(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown,
                    QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub) |
                                                    int(QTextDocument::MarkdownNoHTML)));
    QString text = doc.toPlainText();
    static const QRegularExpression images(u"\uFFFC+"_s);
    text.replace(images, u"\u25A1"_s);
    return normalised(text);
}

QString blocksText(const QList<Block> &blocks)
{
    static const QRegularExpression image(u"\\[afbeelding(: [^\\]]*)?\\]"_s);
    static const QRegularExpression task(u"(^|\\n)[☐☑] "_s);
    QString text = blockTexts(blocks).join(u'\n');
    text.replace(image, u"\u25A1"_s);
    text.replace(task, u"\\1"_s); // the task-list boxes are the walk's, not Qt's text
    return normalised(text);
}

QList<Block> only(const QList<Block> &blocks, Block::Kind kind)
{
    QList<Block> out;
    for (const Block &b : blocks) {
        if (b.kind == kind)
            out.append(b);
    }
    return out;
}

} // namespace

class TestMarkdownBlocks : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledItemKeepsAllItsText()
    {
        const QString base = Test::bundledBase();
        QVERIFY2(QFileInfo::exists(base), qPrintable(base));
        Kb::KnowledgeBase kb(base, Kb::KnowledgeBase::Access::ReadOnlyFile);
        int items = 0;
        int withTables = 0;
        int withLists = 0;
        for (const Kb::ItemSummary &s : kb.list({})) {
            const auto item = kb.item(s.id);
            QVERIFY(item);
            const QList<Block> blocks = markdownBlocks(item->body, 3);
            const QString expected = qtText(item->body);
            const QString actual = blocksText(blocks);
            if (actual != expected) {
                qsizetype at = 0;
                while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
                    ++at;
                QFAIL(qPrintable(u"%1: differs at %2:\n  blocks: …%3\n  Qt:     …%4"_s.arg(
                    s.id, QString::number(at), actual.mid(std::max<qsizetype>(0, at - 40), 120),
                    expected.mid(std::max<qsizetype>(0, at - 40), 120))));
            }
            withTables += only(blocks, Block::Kind::Table).isEmpty() ? 0 : 1;
            withLists += only(blocks, Block::Kind::ListItem).isEmpty() ? 0 : 1;
            ++items;
        }
        // The bundled base exercises what the walk must handle.
        QVERIFY2(items > 100, qPrintable(QString::number(items)));
        QVERIFY(withTables > 0);
        QVERIFY(withLists > 0);
    }

    void headingsMoveBelowTheReportsOwn()
    {
        const QList<Block> blocks =
            markdownBlocks(u"## Eerste\n\ntekst\n\n### Tweede\n\n#### Derde\n\n## Weer\n"_s, 2);
        const QList<Block> headings = only(blocks, Block::Kind::Heading);
        QCOMPARE(headings.size(), 4);
        // The body's highest level becomes the level asked for; deeper follow, capped at 3.
        QCOMPARE(headings[0].level, 2);
        QCOMPARE(headings[1].level, 3);
        QCOMPARE(headings[2].level, 3);
        QCOMPARE(headings[3].level, 2);
        QCOMPARE(headings[0].text.plainText(), u"Eerste"_s);
        for (const TextRun &run : headings[0].text.runs)
            QVERIFY(!run.bold); // the heading style is bold, not its runs
        QCOMPARE(only(markdownBlocks(u"# Een\n"_s, 3), Block::Kind::Heading).first().level, 3);
    }

    void listsKeepNestingAndNumbers()
    {
        const QList<Block> items =
            only(markdownBlocks(u"1. een\n2. twee\n   - genest a\n   - genest b\n3. drie\n\n"
                                "Tekst.\n\n- los\n- [x] klaar\n- [ ] open\n"_s,
                                3),
                 Block::Kind::ListItem);
        QCOMPARE(items.size(), 8);
        const auto check = [&items](int i, const QString &text, int level, bool ordered,
                                    int number) {
            QCOMPARE(items[i].text.plainText(), text);
            QCOMPARE(items[i].level, level);
            QCOMPARE(items[i].ordered, ordered);
            QCOMPARE(items[i].number, number);
        };
        check(0, u"een"_s, 1, true, 1);
        check(1, u"twee"_s, 1, true, 2);
        check(2, u"genest a"_s, 2, false, 0);
        check(3, u"genest b"_s, 2, false, 0);
        check(4, u"drie"_s, 1, true, 3);
        check(5, u"los"_s, 1, false, 0);
        check(6, u"☑ klaar"_s, 1, false, 0);
        check(7, u"☐ open"_s, 1, false, 0);
    }

    void tablesKeepTheirHeaderRowAndCells()
    {
        const QList<Block> tables = only(
            markdownBlocks(u"| Kop A | Kop B |\n|---|---|\n| a1 **vet** | b1 |\n| a2 | |\n"_s, 3),
            Block::Kind::Table);
        QCOMPARE(tables.size(), 1);
        const Table &t = *tables.first().table;
        QCOMPARE(t.headerRows, 1);
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.columnWeights.size(), 2);
        for (const auto &row : t.rows)
            QCOMPARE(row.size(), 2);
        QCOMPARE(t.rows[0][0].paragraphs.first().plainText(), u"Kop A"_s);
        QCOMPARE(t.rows[1][0].paragraphs.first().plainText(), u"a1 vet"_s);
        QVERIFY(t.rows[1][0].paragraphs.first().runs.last().bold);
        QVERIFY(t.rows[2][1].paragraphs.isEmpty());
    }

    void runsKeepEmphasisAndOnlyPrintableLinks()
    {
        const QList<Block> blocks = markdownBlocks(
            u"Tekst met **vet**, *schuin*, `code`, [web](https://flexwonen.nl/x), "
            "[post](mailto:info@flexwonen.nl), [intern](kb:west-brabant), "
            "[script](javascript:alert(1)), [bestand](file:///etc/passwd), "
            "[relatief](andere.html) en ![een kaart](kaart.png) <b>geen html</b>.\n"_s,
            3);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().kind, Block::Kind::Paragraph);
        const Paragraph &p = blocks.first().text;
        QCOMPARE(p.plainText(),
                 u"Tekst met vet, schuin, code, web, post, intern, script, bestand, relatief en "
                 "[afbeelding: een kaart] <b>geen html</b>."_s);
        QStringList links;
        for (const TextRun &run : p.runs) {
            if (!run.link.isEmpty())
                links.append(run.text + u'=' + run.link);
            if (run.text == u"vet"_s)
                QVERIFY(run.bold && !run.italic);
            if (run.text == u"schuin"_s)
                QVERIFY(run.italic && !run.bold);
        }
        QCOMPARE(links, (QStringList{u"web=https://flexwonen.nl/x"_s,
                                     u"post=mailto:info@flexwonen.nl"_s}));
    }

    void codeQuotesAndImagesStayText()
    {
        // Qt 6.4 drops an image without alternative text while parsing: nothing to label.
        const QList<Block> blocks =
            markdownBlocks(u"```\nregel 1\nregel 2\n```\n\n> citaat\n\n---\n\n![](leeg.png) "
                           "![a](x.png) ![b\\]](y.png) ![met *nadruk*](z.png)\n"_s,
                           3);
        const QStringList texts = blockTexts(blocks);
        QCOMPARE(texts, (QStringList{u"regel 1"_s, u"regel 2"_s, u"citaat"_s,
                                     u"[afbeelding: a] [afbeelding: b)] "
                                     "[afbeelding: met nadruk]"_s}));
        for (const Block &b : blocks)
            QCOMPARE(b.kind, Block::Kind::Paragraph);
    }

    void emptyBodyIsNoBlocks()
    {
        QVERIFY(markdownBlocks({}, 3).isEmpty());
        QVERIFY(markdownBlocks(u"  \n\n---\n"_s, 3).isEmpty());
    }
};

QTEST_MAIN(TestMarkdownBlocks)
#include "tst_markdownblocks.moc"
