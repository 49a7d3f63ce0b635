// SPDX-License-Identifier: EUPL-1.2
// Search (issue 4): Dutch analysis, query language and its safety, ranking, filters, synonyms,
// compounds, suggestions, index upkeep, the threaded service and relevance on the real content.
#include "testsupport.h"

#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/kbwriter.h"
#include "kb/schema.h"
#include "kb/search/engine.h"
#include "kb/search/searchservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;

namespace {

Kb::Item item(const QString &id, Kb::ItemType type, const QString &title, const QString &summary,
              const QString &body)
{
    Kb::Item i = Test::sampleItem(id, type, title);
    i.summary = summary;
    i.body = body;
    return i;
}

QStringList ids(const Kb::SearchResults &r)
{
    QStringList out;
    for (const Kb::SearchHit &h : r.hits)
        out.append(h.id);
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Kb::Connection> m_connection;
    std::unique_ptr<Kb::Search::Engine> m_engine;

    // The engine over the bundled base (the real index vocabulary); null when it is not built.
    static Kb::Search::Engine *bundled()
    {
        static std::unique_ptr<Kb::Connection> connection;
        static std::unique_ptr<Kb::Search::Engine> engine;
        if (!engine && QFile::exists(Test::bundledBase())) {
            connection = std::make_unique<Kb::Connection>(Test::bundledBase(),
                                                          Kb::Connection::Mode::ReadOnly);
            engine = std::make_unique<Kb::Search::Engine>(connection->handle());
        }
        return engine.get();
    }
    static Kb::SearchResults findBundled(const QString &text, int limit = 200)
    {
        Kb::SearchRequest r;
        r.text = text;
        r.limit = limit;
        return bundled()->search(r);
    }

    Kb::SearchResults find(const QString &text, int limit = 20)
    {
        Kb::SearchRequest r;
        r.text = text;
        r.limit = limit;
        return m_engine->search(r);
    }

    static QList<Kb::Item> corpus()
    {
        QList<Kb::Item> items;
        items << item(QStringLiteral("a-woningen"), Kb::ItemType::Document,
                      QStringLiteral("Nieuwe woningen in de regio"),
                      QStringLiteral("Over het bouwen van woningen."),
                      QStringLiteral("De gemeenten bouwen nieuwe woningen voor arbeidsmigranten."));
        items << item(QStringLiteral("b-gemeente"), Kb::ItemType::Faq,
                      QStringLiteral("Wat doet de gemeente?"), QStringLiteral("Uitleg."),
                      QStringLiteral("Een gemeente maakt beleid."));
        items << item(QStringLiteral("c-corporatie"), Kb::ItemType::Pilot,
                      QStringLiteral("Pilot met een corporatie"), QStringLiteral("Samenwerking."),
                      QStringLiteral("De corporatie verhuurt kamers aan werkgevers."));
        items << item(QStringLiteral("d-coordinatie"), Kb::ItemType::Document,
                      QStringLiteral("Regionale coördinatie"),
                      QStringLiteral("Financiële afspraken."),
                      QStringLiteral("Coördinatie tussen gemeenten en provincie."));
        items << item(QStringLiteral("e-beleid"), Kb::ItemType::Document,
                      QStringLiteral("Lokaal huisvestingsbeleid"),
                      QStringLiteral("Het huisvestingsbeleid van Zundert."),
                      QStringLiteral("Huisvesting van seizoenswerkers."));
        items << item(QStringLiteral("f-snf"), Kb::ItemType::Organisation,
                      QStringLiteral("Stichting Normering Flexwonen"),
                      QStringLiteral("Beheert een keurmerk."),
                      QStringLiteral("De stichting controleert locaties."));
        items << item(QStringLiteral("g-eu"), Kb::ItemType::News,
                      QStringLiteral("Meer EU-werknemers in de tuinbouw"),
                      QStringLiteral("Nieuws."), QStringLiteral("Werk in de kassen."));
        Kb::Item region =
            item(QStringLiteral("h-sre"), Kb::ItemType::Region,
                 QStringLiteral("Samenwerkingsverband Regio Eindhoven"),
                 QStringLiteral("Een regio in Brabant."), QStringLiteral("Afspraken in de regio."));
        region.municipalities = {{QStringLiteral("Veldhoven"), QStringLiteral("GM0861"), 2012},
                                 {QStringLiteral("Eindhoven"), QStringLiteral("GM0772"), 2012}};
        items << region;
        // Ranking: the same word in title, summary and body of otherwise equal documents.
        items << item(QStringLiteral("r-title"), Kb::ItemType::Document,
                      QStringLiteral("Leefbaarheid"), QStringLiteral("Een stuk."),
                      QStringLiteral("Tekst zonder het woord."));
        items << item(QStringLiteral("r-summary"), Kb::ItemType::Document,
                      QStringLiteral("Een stuk"), QStringLiteral("Over leefbaarheid."),
                      QStringLiteral("Tekst zonder het woord."));
        items << item(QStringLiteral("r-body"), Kb::ItemType::Document,
                      QStringLiteral("Nog een stuk"), QStringLiteral("Een stuk."),
                      QStringLiteral("Tekst over leefbaarheid in de wijk."));
        for (int i = 0; i < 30; ++i) {
            Kb::Item filler = item(QStringLiteral("z-%1").arg(i),
                                   i % 2 ? Kb::ItemType::News : Kb::ItemType::Event,
                                   QStringLiteral("Bericht %1 over vergunningen").arg(i),
                                   QStringLiteral("Vergunning nummer %1.").arg(i),
                                   QStringLiteral("Een vergunning voor tijdelijke huisvesting."));
            filler.date = QDate(2010 + i % 5, 1, 1);
            filler.region = i % 3 ? QString() : QStringLiteral("h-sre");
            items << filler;
        }
        return items;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("kb.sqlite"));
        QList<Kb::Item> items = corpus();
        Test::buildKb(m_path, items);
        m_connection = std::make_unique<Kb::Connection>(m_path, Kb::Connection::Mode::ReadOnly);
        m_engine = std::make_unique<Kb::Search::Engine>(m_connection->handle());
    }

    void dutchWordForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("woning finds woningen") << "woning "
                                               << "a-woningen";
        QTest::newRow("gemeentes finds gemeenten") << "gemeentes "
                                                   << "a-woningen";
        QTest::newRow("gemeentes finds gemeente") << "gemeentes "
                                                  << "b-gemeente";
        QTest::newRow("corporaties finds corporatie") << "corporaties "
                                                      << "c-corporatie";
        QTest::newRow("coordinatie finds coördinatie") << "coordinatie "
                                                       << "d-coordinatie";
        QTest::newRow("financiele finds financiële") << "financiele "
                                                     << "d-coordinatie";
        QTest::newRow("capitals do not matter") << "WONINGEN "
                                                << "a-woningen";
        QTest::newRow("prefix while typing") << "huisvest"
                                             << "e-beleid";
        QTest::newRow("explicit prefix") << "leefbaar* "
                                         << "r-title";
        QTest::newRow("compound head") << "beleid "
                                       << "e-beleid";
        QTest::newRow("municipality finds its region") << "Veldhoven "
                                                       << "h-sre";
    }
    void dutchWordForms()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const Kb::SearchResults r = find(query);
        QVERIFY2(ids(r).contains(expected), qPrintable(ids(r).join(QLatin1Char(','))));
    }

    void wordsDoNotMatchUnrelatedText()
    {
        QCOMPARE(find(QStringLiteral("kassen ")).total, 1);
        // Enough items have every word: only those (and the exact total).
        const Kb::SearchResults every = find(QStringLiteral("tijdelijke vergunning "));
        QVERIFY(!every.bestMatch);
        QCOMPARE(every.total, 30);
        // One item has both words: it comes first, then those with one (best match).
        const Kb::SearchResults one = find(QStringLiteral("nieuwe woningen "));
        QVERIFY(one.bestMatch);
        QCOMPARE(one.hits.constFirst().id, QStringLiteral("a-woningen"));
        QVERIFY(one.hits.constFirst().missing.isEmpty());
        for (qsizetype i = 1; i < one.hits.size(); ++i)
            QCOMPARE(one.hits[i].missing.size(), 1);
    }

    // Issue 13, point 1: one word that no item has never empties the list. The items with the
    // most of the words come first (coordination), then by score, and each says what it lacks.
    // Oracle: which words an item has, from one search per word.
    void bestMatchRanksByHowManyWordsAnItemHas_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("no item has both") << "woningen kassen ";
        QTest::newRow("two of three") << "nieuwe woningen kassen ";
        QTest::newRow("unknown word") << "vergunning corporatie qqqqqqqq ";
        QTest::newRow("four words") << "gemeente beleid leefbaarheid kassen ";
    }
    void bestMatchRanksByHowManyWordsAnItemHas()
    {
        QFETCH(QString, query);
        const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
        QHash<QString, QStringList> lacks; // item -> the words it lacks
        QSet<QString> any;
        for (const QString &w : words) {
            const QStringList with = ids(find(w + QLatin1Char(' '), 1000));
            any.unite(QSet<QString>(with.cbegin(), with.cend()));
            for (const Kb::Item &i : corpus()) {
                if (!with.contains(i.id))
                    lacks[i.id].append(w);
            }
        }
        const Kb::SearchResults r = find(query, 1000);
        QVERIFY(r.bestMatch);
        QCOMPARE(r.total, any.size());
        const QStringList found = ids(r);
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()), any);
        qsizetype previous = 0;
        for (const Kb::SearchHit &h : r.hits) {
            QCOMPARE(h.missing, lacks.value(h.id));
            QVERIFY2(h.missing.size() >= previous, qPrintable(h.id)); // most words first
            previous = h.missing.size();
        }
    }

    // Function words (de, per, wat, een, voor, hoe ...) never make a query fail: with them the
    // same items are found as without.
    void functionWordsNeverDecide_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("withFunctionWords");
        QTest::newRow("per") << "vergunning "
                             << "vergunning per ";
        QTest::newRow("question") << "kassen "
                                  << "wat zijn de kassen ";
        QTest::newRow("several") << "leefbaarheid wijk "
                                 << "hoe is de leefbaarheid in een wijk ";
    }
    void functionWordsNeverDecide()
    {
        QFETCH(QString, query);
        QFETCH(QString, withFunctionWords);
        const Kb::SearchResults plain = find(query, 100);
        const Kb::SearchResults asked = find(withFunctionWords, 100);
        QVERIFY(plain.total > 0);
        QCOMPARE(asked.total, plain.total);
        QCOMPARE(asked.bestMatch, plain.bestMatch);
        QStringList a = ids(asked);
        QStringList p = ids(plain);
        a.sort();
        p.sort();
        QCOMPARE(a, p);
        // A query of function words alone still looks for them.
        QVERIFY(find(QStringLiteral("de ")).total > 0);
    }

    void rankingPutsTitleAboveSummaryAboveBody()
    {
        const QStringList r = ids(find(QStringLiteral("leefbaarheid ")));
        QCOMPARE(r, (QStringList{QStringLiteral("r-title"), QStringLiteral("r-summary"),
                                 QStringLiteral("r-body")}));
    }

    void phrasesOrAndExclusion()
    {
        QCOMPARE(ids(find(QStringLiteral("\"nieuwe woningen\""))),
                 QStringList{QStringLiteral("a-woningen")});
        QCOMPARE(find(QStringLiteral("\"woningen nieuwe\"")).total, 0);
        // Stemmed phrases: the singular finds the plural in a row.
        QCOMPARE(find(QStringLiteral("\"nieuwe woning\"")).total, 1);
        QCOMPARE(find(QStringLiteral("kassen OR corporatie ")).total, 2);
        const Kb::SearchResults minus = find(QStringLiteral("gemeenten -woningen "));
        QVERIFY(!ids(minus).contains(QStringLiteral("a-woningen")));
        QVERIFY(ids(minus).contains(QStringLiteral("d-coordinatie")));
    }

    void totalIsExactBeyondTheLimit()
    {
        const Kb::SearchResults r = find(QStringLiteral("vergunning "), 5);
        QCOMPARE(r.hits.size(), 5);
        QCOMPARE(r.total, 30);
        Kb::SearchRequest page;
        page.text = QStringLiteral("vergunning ");
        page.limit = 5;
        page.offset = 5;
        const Kb::SearchResults second = m_engine->search(page);
        QCOMPARE(second.hits.size(), 5);
        for (const QString &id : ids(second))
            QVERIFY(!ids(r).contains(id));
    }

    void filters()
    {
        Kb::SearchRequest r;
        r.text = QStringLiteral("vergunning ");
        r.filters.type = Kb::ItemType::News;
        QCOMPARE(m_engine->search(r).total, 15);
        QCOMPARE(m_engine->search(r).filters, r.filters); // the answer says what it was for
        r.filters.type.reset();
        r.filters.region = QStringLiteral("h-sre");
        QCOMPARE(m_engine->search(r).total, 10);
        r.filters.region.clear();
        r.filters.year = 2011;
        QCOMPARE(m_engine->search(r).total, 6);
        r.filters.year = 0;
        r.filters.dossier = QStringLiteral("geen-dossier");
        QCOMPARE(m_engine->search(r).total, 0);
    }

    // A search given up half-way (the user typed on) leaves nothing behind for the next one on
    // the same engine: no half-stepped statement, no scores, no highlights.
    void cancelledSearchLeavesNoState()
    {
        Kb::SearchRequest r;
        r.text = QStringLiteral("vergunning ");
        const Kb::SearchResults expected = m_engine->search(r);
        QCOMPARE(expected.total, 30);
        Kb::SearchRequest other;
        other.text = QStringLiteral("huisvesting kamers ");
        for (int after = 0; after < 4; ++after) {
            int calls = 0;
            bool cancelled = false;
            try {
                m_engine->search(other, [&] { return calls++ >= after; });
            } catch (const Kb::Search::Cancelled &) {
                cancelled = true;
            }
            QVERIFY(cancelled);
            const Kb::SearchResults again = m_engine->search(r);
            QCOMPARE(again.total, expected.total);
            QCOMPARE(ids(again), ids(expected));
            QCOMPARE(again.hits.first().snippet, expected.hits.first().snippet);
        }
    }

    void snippetHighlightsTheMatchedWords()
    {
        const Kb::SearchResults r = find(QStringLiteral("arbeidsmigranten "));
        QVERIFY(!r.hits.isEmpty());
        const auto it = std::find_if(r.hits.cbegin(), r.hits.cend(), [](const Kb::SearchHit &h) {
            return h.id == QLatin1String("a-woningen");
        });
        QVERIFY(it != r.hits.cend());
        const Kb::SearchHit hit = *it;
        // Three words of context before the first match; "…" where the text was cut.
        QCOMPARE(hit.snippet, QStringLiteral("…nieuwe woningen voor arbeidsmigranten."));
        QCOMPARE(hit.matches, (QList<Kb::TextSpan>{{22, 16}}));
        QCOMPARE(hit.snippet.sliced(22, 16), QStringLiteral("arbeidsmigranten"));
        QVERIFY(hit.score > 0);
    }

    // The snippet is the content's text as it is: markup stays text, nothing is escaped (the one
    // who shows it escapes), and the spans point at the matched words, also after characters
    // that take two UTF-16 units and a cut marked with "…".
    void snippetIsPlainTextWithSpans()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("html.sqlite"));
        const QString summary = QStringLiteral("<b>Kamers</b> & \u0002kamers\u0003 \U0001F3E0 "
                                               "&amp; <script>kamers</script>");
        Test::buildKb(path, {item(QStringLiteral("x"), Kb::ItemType::Page, QStringLiteral("X"),
                                  summary, QStringLiteral("Tekst."))});
        Kb::Connection c(path, Kb::Connection::Mode::ReadOnly);
        Kb::Search::Engine engine(c.handle());
        Kb::SearchRequest r;
        r.text = QStringLiteral("kamers");
        const Kb::SearchResults res = engine.search(r);
        QCOMPARE(res.total, 1);
        const Kb::SearchHit hit = res.hits.constFirst();
        QCOMPARE(hit.snippet, summary);
        QCOMPARE(hit.matches.size(), 3);
        for (const Kb::TextSpan &m : hit.matches)
            QCOMPARE(hit.snippet.sliced(m.start, m.length).toLower(), QStringLiteral("kamers"));
        QCOMPARE(hit.matches.at(2).start, summary.indexOf(QStringLiteral("kamers</script>")));
        // What a report makes of it: the text escaped, only the matches in <b>.
        QCOMPARE(
            Kb::markMatches(hit.snippet, hit.matches, u"<b>", u"</b>", Kb::MarkedText::HtmlEscaped),
            QStringLiteral("&lt;b&gt;<b>Kamers</b>&lt;/b&gt; &amp; \u0002<b>kamers</b>\u0003 "
                           "\U0001F3E0 &amp;amp; &lt;script&gt;<b>kamers</b>&lt;/script&gt;"));

        // A long text is cut around the matches; the spans count the "…".
        QString body;
        for (int i = 0; i < 40; ++i)
            body += QStringLiteral("woord%1 ").arg(i);
        body += QStringLiteral("kamers verhuurd");
        const QString longPath = dir.filePath(QStringLiteral("long.sqlite"));
        Test::buildKb(longPath, {item(QStringLiteral("y"), Kb::ItemType::Page, QStringLiteral("Y"),
                                      QStringLiteral("Niets."), body)});
        Kb::Connection lc(longPath, Kb::Connection::Mode::ReadOnly);
        Kb::Search::Engine longEngine(lc.handle());
        const Kb::SearchHit cut = longEngine.search(r).hits.constFirst();
        QVERIFY2(cut.snippet.startsWith(QStringLiteral("…woord")), qPrintable(cut.snippet));
        QCOMPARE(cut.matches.size(), 1);
        QCOMPARE(cut.snippet.sliced(cut.matches[0].start, cut.matches[0].length),
                 QStringLiteral("kamers"));
    }

    void markMatchesWrapsOnlyValidSpans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Kb::TextSpan>>("spans");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << "a<b" << QList<Kb::TextSpan>{} << "a&lt;b";
        QTest::newRow("two") << "ab cd ef" << QList<Kb::TextSpan>{{0, 2}, {6, 2}} << "[ab] cd [ef]";
        QTest::newRow("adjacent") << "abcd" << QList<Kb::TextSpan>{{0, 2}, {2, 2}} << "[ab][cd]";
        QTest::newRow("overlap left out")
            << "abcd" << QList<Kb::TextSpan>{{0, 3}, {2, 2}} << "[abc]d";
        QTest::newRow("out of order") << "abcd" << QList<Kb::TextSpan>{{2, 1}, {0, 1}} << "ab[c]d";
        QTest::newRow("past the end cut") << "a&b" << QList<Kb::TextSpan>{{1, 99}} << "a[&amp;b]";
        QTest::newRow("outside left out")
            << "ab" << QList<Kb::TextSpan>{{2, 1}, {-1, 1}, {0, 0}} << "ab";
    }
    void markMatchesWrapsOnlyValidSpans()
    {
        QFETCH(QString, text);
        QFETCH(QList<Kb::TextSpan>, spans);
        QFETCH(QString, expected);
        QCOMPARE(Kb::markMatches(text, spans, u"[", u"]", Kb::MarkedText::HtmlEscaped), expected);
    }

    void synonymsAndAbbreviations_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("SNF -> Stichting Normering Flexwonen") << "SNF "
                                                              << "f-snf";
        QTest::newRow("SRE -> Regio Eindhoven") << "SRE "
                                                << "h-sre";
        QTest::newRow("arbeidsmigrant -> EU-werknemer") << "arbeidsmigrant "
                                                        << "g-eu";
    }
    void synonymsAndAbbreviations()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QVERIFY2(ids(find(query)).contains(expected), qPrintable(ids(find(query)).join(u',')));
    }

    void suggestionWhenNothingIsFound()
    {
        // A word the index does not hold is also searched as its nearest spelling.
        const Kb::SearchResults r = find(QStringLiteral("corportie "));
        QCOMPARE(ids(r), QStringList{QStringLiteral("c-corporatie")});
        QCOMPARE(r.suggestion, QStringLiteral("corporatie"));
        QVERIFY(find(QStringLiteral("corporatie ")).suggestion.isEmpty());
        QVERIFY(find(QStringLiteral("qqqqqqqq ")).suggestion.isEmpty());
    }

    // Issue 13, point 2: a compound is split into parts of the real index vocabulary, with a
    // linking -s-, -e- or -en- between them; a word that is no compound of indexed words is not.
    void compoundsSplitIntoIndexedWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("huurwoning")
            << "huurwoning" << QStringList{QStringLiteral("huur"), QStringLiteral("woning")};
        QTest::newRow("huisvestingsvorm")
            << "huisvestingsvorm"
            << QStringList{QStringLiteral("huisvesting"), QStringLiteral("vorm")};
        QTest::newRow("huisvestingsverordening")
            << "huisvestingsverordening"
            << QStringList{QStringLiteral("huisvesting"), QStringLiteral("verordening")};
        QTest::newRow("verhuurvergunning")
            << "verhuurvergunning"
            << QStringList{QStringLiteral("verhuur"), QStringLiteral("vergunning")};
        QTest::newRow("bedrijventerrein")
            << "bedrijventerrein"
            << QStringList{QStringLiteral("bedrijven"), QStringLiteral("terrein")};
        QTest::newRow("huurprijs")
            << "Huurprijs" << QStringList{QStringLiteral("huur"), QStringLiteral("prijs")};
        QTest::newRow("function word is no part") << "overbewoning" << QStringList{};
        QTest::newRow("no indexed parts") << "qqqqwwwwzzzz" << QStringList{};
        QTest::newRow("too short") << "huisje" << QStringList{};
    }
    void compoundsSplitIntoIndexedWords()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, parts);
        if (!bundled())
            QSKIP("FLEXWONEN_BASE is not built");
        const QStringList split = bundled()->compoundParts(word);
        QCOMPARE(split, parts);
        // The oracle for "indexed": every part finds items on its own, as a whole word.
        for (const QString &part : split)
            QVERIFY2(findBundled(part + QLatin1Char(' ')).total > 0, qPrintable(part));
    }

    // A compound the content never writes finds the items with its parts or with another
    // compound of the same head, below the items that have the word itself.
    void compoundsFindTheirPartsBelowExactHits()
    {
        if (!bundled())
            QSKIP("FLEXWONEN_BASE is not built");
        // huisvestingsvorm: the Woonvormen dossier (woonvorm, same head) is among the first.
        const Kb::SearchResults vorm = findBundled(QStringLiteral("huisvestingsvorm"));
        QVERIFY2(ids(vorm).mid(0, 3).contains(QStringLiteral("woonvormen")),
                 qPrintable(ids(vorm).join(u',')));
        // huurprijs is in one item: that one first, then those with huur and prijs, or another
        // -prijs. Oracle for "has the word": FTS5 on the stems, not the engine.
        Kb::Connection c(Test::bundledBase(), Kb::Connection::Mode::ReadOnly);
        QSqlQuery q = c.prepare(QStringLiteral(
            "SELECT d.item_id FROM search_fts f JOIN search_doc d ON d.docid = f.rowid "
            "WHERE search_fts MATCH 'huurprijs'"));
        c.run(q);
        QStringList exact;
        while (q.next())
            exact.append(q.value(0).toString());
        const QStringList prijs = ids(findBundled(QStringLiteral("huurprijs ")));
        QVERIFY(!exact.isEmpty() && exact.size() < 3);
        QVERIFY2(prijs.size() > exact.size(), qPrintable(prijs.join(u',')));
        QStringList first = prijs.mid(0, exact.size());
        first.sort();
        exact.sort();
        QCOMPARE(first, exact);
        // huurwoning is never written: the parts huur + woning find items.
        const Kb::SearchResults huur = findBundled(QStringLiteral("huurwoning "));
        QVERIFY(huur.total > 0);
        QVERIFY(huur.highlight.contains(QStringLiteral("woning")));
        // kantoorpand: "pand" is not in the index, "kantoor" starts kantoortransformatie.
        QCOMPARE(ids(findBundled(QStringLiteral("pilot kantoorpand"))).value(0),
                 QStringLiteral("pilot-centacon-den-haag"));
    }

    // Issue 13, point 3: the spellings of one number or unit find the same items.
    void unitsAndNumbersMeet_data()
    {
        QTest::addColumn<QStringList>("spellings");
        QTest::newRow("square metre") << QStringList{
            QStringLiteral("m2"), QStringLiteral("m²"), QStringLiteral("vierkante meter"),
            QStringLiteral("vierkante meters"), QStringLiteral("M2 ")};
        QTest::newRow("15 square metres")
            << QStringList{QStringLiteral("15 m2"), QStringLiteral("15m2"), QStringLiteral("15 m²"),
                           QStringLiteral("15m²"), QStringLiteral("15 vierkante meter")};
        QTest::newRow("decimal comma and point")
            << QStringList{QStringLiteral("3,5"), QStringLiteral("3.5")};
        QTest::newRow("3,5 m2") << QStringList{QStringLiteral("3,5 m2"), QStringLiteral("3.5 m²"),
                                               QStringLiteral("3,5 vierkante meter")};
        QTest::newRow("thousands") << QStringList{
            QStringLiteral("300.000"), QStringLiteral("300000"), QStringLiteral("300 000")};
        QTest::newRow("thousands 2")
            << QStringList{QStringLiteral("4.750"), QStringLiteral("4750")};
    }
    void unitsAndNumbersMeet()
    {
        QFETCH(QStringList, spellings);
        if (!bundled())
            QSKIP("FLEXWONEN_BASE is not built");
        QStringList first;
        for (const QString &text : spellings) {
            QStringList found = ids(findBundled(text));
            found.sort();
            QVERIFY2(!found.isEmpty(), qPrintable(text));
            if (first.isEmpty())
                first = found;
            QVERIFY2(
                found == first,
                qPrintable(
                    QStringLiteral("%1: %2 / %3").arg(text, found.join(u','), first.join(u','))));
        }
    }

    // A year or a day in the query finds the items dated then. Oracle: the item table.
    void datesFindDatedItems_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("year") << "2012"
                              << "2012-01-01"
                              << "2012-12-31";
        QTest::newRow("year, typed on") << "2013 "
                                        << "2013-01-01"
                                        << "2013-12-31";
        QTest::newRow("day in words") << "1 juli 2023"
                                      << "2023-07-01"
                                      << "2023-07-01";
        QTest::newRow("day in numbers") << "1-7-2023"
                                        << "2023-07-01"
                                        << "2023-07-01";
        QTest::newRow("ISO day") << "2023-07-01"
                                 << "2023-07-01"
                                 << "2023-07-01";
        QTest::newRow("month") << "maart 2012"
                               << "2012-03-01"
                               << "2012-03-31";
    }
    void datesFindDatedItems()
    {
        QFETCH(QString, query);
        QFETCH(QString, from);
        QFETCH(QString, to);
        if (!bundled())
            QSKIP("FLEXWONEN_BASE is not built");
        Kb::Connection c(Test::bundledBase(), Kb::Connection::Mode::ReadOnly);
        QSqlQuery q = c.prepare(QStringLiteral(
            "SELECT id FROM item WHERE (date BETWEEN ? AND ?) OR (valid_from BETWEEN ? AND ?)"));
        for (int i = 0; i < 4; ++i)
            q.bindValue(i, i % 2 ? to : from);
        c.run(q);
        QStringList dated;
        while (q.next())
            dated.append(q.value(0).toString());
        QVERIFY(!dated.isEmpty());
        const QStringList found = ids(findBundled(query, 500));
        for (const QString &id : dated)
            QVERIFY2(found.contains(id), qPrintable(id));
    }

    // Issue 13, point 4: "Bedoelde u" only with words of the index that are clearly more frequent
    // than what was typed, keeping the rest of the query; never for what already finds well.
    void suggestionsAPersonWouldAccept_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("suggestion");
        // The reported bad ones: no suggestion at all (the query finds what it should).
        QTest::newRow("vierkante meter") << "vierkante meter per persoon"
                                         << "";
        QTest::newRow("huurprijs per week") << "huurprijs per week"
                                            << "";
        QTest::newRow("wat kost een bed") << "wat kost een bed per week"
                                          << "";
        QTest::newRow("good results") << "woningen"
                                      << "";
        // Misspellings: the word as the index has it, the rest as typed.
        QTest::newRow("paraplubestemmng") << "paraplubestemmng"
                                          << "paraplubestemming";
        QTest::newRow("doelgroepcontract") << "doelgroepcontract"
                                           << "doelgroepencontract";
        QTest::newRow("in a sentence") << "wet goed verhuurdeschap"
                                       << "wet goed verhuurderschap";
        QTest::newRow("letter left out") << "Aantal arbeidsmigrantn"
                                         << "Aantal arbeidsmigranten";
        // A slip the stemmer already forgives finds its items: good results, no suggestion.
        QTest::newRow("overbewonig") << "overbewonig"
                                     << "";
        // The index has no word one or two letters away (no "huisvestingsbeleid"): none.
        QTest::newRow("huisvestigsbeleid") << "huisvestigsbeleid"
                                           << "";
    }
    void suggestionsAPersonWouldAccept()
    {
        QFETCH(QString, query);
        QFETCH(QString, suggestion);
        if (!bundled())
            QSKIP("FLEXWONEN_BASE is not built");
        const Kb::SearchResults r = findBundled(query);
        QCOMPARE(r.suggestion, suggestion);
        QVERIFY2(r.total > 0, "never nothing");
        if (suggestion.isEmpty())
            return;
        // What it proposes finds its items through the words as typed: every word in it is one
        // the index holds, in more items than the word it replaces.
        const Kb::SearchResults followed = findBundled(suggestion + QLatin1Char(' '));
        QVERIFY(!followed.bestMatch);
        QVERIFY(followed.suggestion.isEmpty());
        QVERIFY(followed.total > 0);
    }

    void nastyInputIsSafe_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("quotes") << QStringLiteral("\"\"\"\"\"");
        QTest::newRow("unbalanced phrase") << QStringLiteral("\"nieuwe woningen");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("stars") << QStringLiteral("** woning**");
        QTest::newRow("minus") << QStringLiteral("-");
        QTest::newRow("only exclusion") << QStringLiteral("-woning");
        QTest::newRow("double minus") << QStringLiteral("--woning");
        QTest::newRow("NEAR") << QStringLiteral("NEAR(woning gemeente, 5)");
        QTest::newRow("fts column") << QStringLiteral("title:woning body:");
        QTest::newRow("fts operators") << QStringLiteral("woning AND NOT gemeente OR");
        QTest::newRow("OR only") << QStringLiteral("OR");
        QTest::newRow("OR OR") << QStringLiteral("OR OR woning OR OR");
        QTest::newRow("caret") << QStringLiteral("^woning");
        QTest::newRow("braces") << QStringLiteral("{title body}: woning");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE item; --");
        QTest::newRow("sql 2") << QStringLiteral("\" OR 1=1 --");
        QTest::newRow("punctuation") << QStringLiteral("!@#$%^&*()_+=[]{};:,.<>/?\\|~`");
        QTest::newRow("control") << QStringLiteral("wo\x01ning\x00\x1f\x7f gemeente");
        QTest::newRow("emoji") << QStringLiteral("🏠 woning 🇳🇱");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("woning");
        QTest::newRow("10000 chars") << QString(10000, QLatin1Char('a'));
        QTest::newRow("10000 words") << QStringLiteral("woning ").repeated(1430);
        QTest::newRow("many quotes") << QStringLiteral("\"a\" ").repeated(2500);
        QTest::newRow("many phrases")
            << QStringLiteral("\"de gemeente bouwt nieuwe woningen voor arbeidsmigranten\" ")
                   .repeated(40);
        QTest::newRow("long word") << QString(300, QLatin1Char('x')) + QLatin1Char('*');
        QTest::newRow("digits") << QStringLiteral("2012 GM0861 1.700");
        QTest::newRow("rtl") << QStringLiteral("مسكن woning");
        QTest::newRow("null chars") << QString(5, QChar());
    }
    void nastyInputIsSafe()
    {
        QFETCH(QString, query);
        Kb::SearchResults r;
        try {
            r = find(query);
        } catch (const Kb::Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        QVERIFY(r.total >= 0);
        QVERIFY(r.hits.size() <= 20);
    }

    void randomInputNeverFails()
    {
        // Random strings over an alphabet rich in query syntax, FTS5 syntax and UTF-16 oddities.
        const QString alphabet = QStringLiteral("ab ez\"*-()OR:^{}'; \\\t\n éöë1_.,NEAR+");
        QRandomGenerator rng(4);
        for (int i = 0; i < 3000; ++i) {
            QString s;
            const int n = rng.bounded(0, 40);
            for (int j = 0; j < n; ++j) {
                if (rng.bounded(20) == 0)
                    s.append(QChar(char16_t(rng.bounded(0, 0xffff))));
                else
                    s.append(alphabet.at(rng.bounded(alphabet.size())));
            }
            try {
                const Kb::SearchResults r = find(s);
                QVERIFY(r.total >= 0);
            } catch (const Kb::Error &e) {
                QFAIL(qPrintable(QStringLiteral("%1 -> %2").arg(s, e.message())));
            }
        }
    }

    void writerKeepsTheIndexInStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sync.sqlite"));
        Test::buildKb(path, corpus());
        Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
        Kb::Search::Engine engine(c.handle());
        const auto total = [&engine](const QString &text) {
            Kb::SearchRequest r;
            r.text = text;
            return engine.search(r).total;
        };
        QCOMPARE(total(QStringLiteral("kassen ")), 1);
        {
            Kb::Transaction t(c);
            Kb::KbWriter writer(c);
            writer.upsert(item(QStringLiteral("g-eu"), Kb::ItemType::News,
                               QStringLiteral("Meer EU-werknemers in de glastuinbouw"),
                               QStringLiteral("Nieuws."), QStringLiteral("Werk in de serres.")));
            writer.remove(QStringLiteral("c-corporatie"));
            t.commit();
        }
        QCOMPARE(total(QStringLiteral("kassen ")), 0);
        QCOMPARE(total(QStringLiteral("serres ")), 1);
        QCOMPARE(total(QStringLiteral("glastuinbouw ")), 1);
        QCOMPARE(total(QStringLiteral("corporatie ")), 0);
        QCOMPARE(total(QStringLiteral("\"werk in de kassen\"")), 0);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(),
                 corpus().size() - 1);
        QCOMPARE(c.scalar(QStringLiteral("SELECT df FROM search_term WHERE term = 'kass'")),
                 QVariant());
    }

    void migrationIndexesExistingItems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
            c.execScript(QString::fromUtf8(
                Test::readFile(QStringLiteral(FLEXWONEN_FIXTURES "/kb-schema1.sql"))));
            QCOMPARE(c.userVersion(), 1);
            Kb::Schema::migrate(c, Kb::Schema::Store::Content);
            QCOMPARE(c.userVersion(), Kb::Schema::ContentVersion);
            QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM search_doc")).toInt(),
                     c.scalar(QStringLiteral("SELECT count(*) FROM item")).toInt());
        }
    }

    void serviceDeliversOnlyTheLatestAnswer()
    {
        Kb::SearchService service(m_path, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QSignalSpy spy(&service, &Kb::SearchService::resultsReady);
        Kb::SearchRequest r;
        quint64 last = 0;
        // A burst of keystrokes: only the last request may be answered.
        for (const QString &typed :
             {QStringLiteral("w"), QStringLiteral("wo"), QStringLiteral("won"),
              QStringLiteral("woni"), QStringLiteral("woning")}) {
            r.text = typed;
            last = service.search(r);
        }
        QVERIFY(spy.wait(5000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toULongLong(), last);
        const auto results = spy.at(0).at(1).value<Kb::SearchResults>();
        QCOMPARE(results.query, QStringLiteral("woning"));
        QVERIFY(results.total >= 1);
    }

    void serviceDropsAnswersThatArriveTooLate()
    {
        Kb::SearchService service(m_path, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QSignalSpy spy(&service, &Kb::SearchService::resultsReady);
        Kb::SearchRequest r;
        r.text = QStringLiteral("vergunning");
        const quint64 first = service.search(r);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.takeFirst().at(0).toULongLong(), first);
        // The next request is queued; a newer one overtakes it before the event loop runs.
        r.text = QStringLiteral("kassen");
        const quint64 second = service.search(r);
        r.text = QStringLiteral("corporatie");
        const quint64 third = service.search(r);
        QVERIFY(third > second);
        QVERIFY(spy.wait(5000));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toULongLong(), third);
    }

    void cliPrintsTheJsonContract()
    {
        const QString bin = qEnvironmentVariable("FLEXWONEN_BIN");
        if (!QFile::exists(bin))
            QSKIP("FLEXWONEN_BIN is not built");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEXWONEN_PROFILE"), m_dir.filePath(QStringLiteral("profiel")));
        p.setProcessEnvironment(env);
        p.start(bin,
                {QStringLiteral("--kb"), m_path, QStringLiteral("search"), QStringLiteral("--json"),
                 QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--type"),
                 QStringLiteral("news"), QStringLiteral("--"), QStringLiteral("bericht"),
                 QStringLiteral("vergunningen"), QStringLiteral("-kassen")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QLatin1String("query")).toString(),
                 QStringLiteral("bericht vergunningen -kassen"));
        QCOMPARE(o.value(QLatin1String("total")).toInt(), 15);
        QVERIFY(o.value(QLatin1String("suggestion")).isNull());
        QCOMPARE(o.value(QLatin1String("best_match")), QJsonValue(false));
        const QJsonArray results = o.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("matches"),
                                            QStringLiteral("missing"), QStringLiteral("score"),
                                            QStringLiteral("snippet"), QStringLiteral("title"),
                                            QStringLiteral("type")}));
            QCOMPARE(r.value(QLatin1String("missing")).toArray(), QJsonArray());
            QCOMPARE(r.value(QLatin1String("type")).toString(), QStringLiteral("news"));
            QVERIFY(r.value(QLatin1String("score")).toDouble() > 0);
            // The snippet is plain text; the matches say where the query's words are in it.
            const QString snippet = r.value(QLatin1String("snippet")).toString();
            QVERIFY2(!snippet.contains(u'<') && !snippet.contains(u'&'), qPrintable(snippet));
            const QJsonArray matches = r.value(QLatin1String("matches")).toArray();
            QVERIFY(!matches.isEmpty());
            for (const QJsonValue &m : matches) {
                QCOMPARE(m.toObject().keys(),
                         (QStringList{QStringLiteral("length"), QStringLiteral("start")}));
                const QString word = snippet.mid(m[QLatin1String("start")].toInt(),
                                                 m[QLatin1String("length")].toInt());
                QVERIFY2(word.startsWith(QStringLiteral("Bericht")) ||
                             word.startsWith(QStringLiteral("ergunning"), Qt::CaseInsensitive) ||
                             word.startsWith(QStringLiteral("vergunning"), Qt::CaseInsensitive),
                         qPrintable(word));
            }
        }

        p.start(bin, {QStringLiteral("--kb"), m_path, QStringLiteral("search"),
                      QStringLiteral("--json"), QStringLiteral("corportie")});
        QVERIFY(p.waitForFinished(30000));
        const QJsonObject none = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(none.value(QLatin1String("total")).toInt(), 1); // through the correction
        QCOMPARE(none.value(QLatin1String("suggestion")).toString(), QStringLiteral("corporatie"));

        // A best match: the words an item lacks, in JSON and in the text output.
        p.start(bin,
                {QStringLiteral("--kb"), m_path, QStringLiteral("search"), QStringLiteral("--json"),
                 QStringLiteral("kassen"), QStringLiteral("corporatie")});
        QVERIFY(p.waitForFinished(30000));
        const QJsonObject best = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(best.value(QLatin1String("best_match")), QJsonValue(true));
        QCOMPARE(best.value(QLatin1String("total")).toInt(), 2);
        for (const QJsonValue &v : best.value(QLatin1String("results")).toArray())
            QCOMPARE(v[QLatin1String("missing")].toArray().size(), 1);
        p.start(bin, {QStringLiteral("--kb"), m_path, QStringLiteral("search"),
                      QStringLiteral("kassen"), QStringLiteral("corporatie")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.readAllStandardOutput().contains(
            "\tbevat niet alle zoekwoorden: corporatie ontbreekt\n"));

        p.start(bin, {QStringLiteral("--kb"), m_path, QStringLiteral("search"),
                      QStringLiteral("--limit"), QStringLiteral("nul"), QStringLiteral("x")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 64);
    }

    // The documented contract for scripts: "matches" count characters (code points), as Python
    // indexes a string, also after characters outside the BMP; the snippet is the text itself.
    void cliJsonMatchesIndexCharacters()
    {
        const QString bin = qEnvironmentVariable("FLEXWONEN_BIN");
        if (!QFile::exists(bin))
            QSKIP("FLEXWONEN_BIN is not built");
        const QString path = m_dir.filePath(QStringLiteral("emoji.sqlite"));
        Test::buildKb(path, {item(QStringLiteral("x"), Kb::ItemType::Page, QStringLiteral("X"),
                                  QStringLiteral("\U0001F3E0 Kamers <b>voor</b> "
                                                 "\U0001F3E0\U0001F3E0 arbeidsmigranten & kamers"),
                                  QStringLiteral("Tekst."))});
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEXWONEN_PROFILE"), m_dir.filePath(QStringLiteral("profiel")));
        p.setProcessEnvironment(env);
        p.start(bin, {QStringLiteral("--kb"), path, QStringLiteral("search"),
                      QStringLiteral("--json"), QStringLiteral("kamers")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys\n"
                                 "hit = json.load(sys.stdin)['results'][0]\n"
                                 "s = hit['snippet']\n"
                                 "words = '|'.join(s[m['start']:m['start'] + m['length']] "
                                 "for m in hit['matches'])\n"
                                 "sys.stdout.buffer.write((s + '\\n' + words).encode())\n")});
        py.write(p.readAllStandardOutput());
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("\U0001F3E0 Kamers <b>voor</b> "
                                                "\U0001F3E0\U0001F3E0 arbeidsmigranten & kamers"));
        QCOMPARE(lines.value(1), QStringLiteral("Kamers|kamers"));

        // The text output marks the matches with [ ] and leaves the rest as it is.
        p.start(bin,
                {QStringLiteral("--kb"), path, QStringLiteral("search"), QStringLiteral("kamers")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.readAllStandardOutput().contains(
                     QStringLiteral("\t\U0001F3E0 [Kamers] <b>voor</b> \U0001F3E0\U0001F3E0 "
                                    "arbeidsmigranten & [kamers]\n")
                         .toUtf8()),
                 "text output");
    }

    void relevanceOnTheBundledContent_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        // A pilot by its municipality.
        QTest::newRow("Zundert") << "Zundert"
                                 << "pilot-thuisvester-zundert";
        QTest::newRow("Drimmelen") << "Drimmelen"
                                   << "pilot-zlto-drimmelen";
        QTest::newRow("Horst") << "Horst aan de Maas"
                               << "pilot-otto-horst-aan-de-maas";
        QTest::newRow("Dordrecht") << "Dordrecht"
                                   << "pilot-woonbron-dordrecht";
        // A dossier by its theme in another inflection.
        QTest::newRow("woonvorm") << "woonvorm"
                                  << "woonvormen";
        QTest::newRow("exploitatiemodel") << "exploitatiemodel"
                                          << "exploitatiemodellen";
        QTest::newRow("beheermodel") << "beheermodel"
                                     << "beheermodellen";
        QTest::newRow("prestatieafspraak") << "prestatieafspraak"
                                           << "prestatieafspraken";
        // A region by a municipality in it.
        QTest::newRow("Veldhoven") << "Veldhoven"
                                   << "sre";
        QTest::newRow("Hillegom") << "Hillegom"
                                  << "holland-rijnland";
        QTest::newRow("Brunssum") << "Brunssum"
                                  << "limburg";
        QTest::newRow("Castricum") << "Castricum"
                                   << "noord-holland-noord";
        QTest::newRow("Midden-Delfland") << "Midden-Delfland"
                                         << "stadsgewest-haaglanden";
        QTest::newRow("Amstelveen") << "Amstelveen"
                                    << "stadsregio-amsterdam";
        QTest::newRow("Barendrecht") << "Barendrecht"
                                     << "stadsregio-rotterdam";
        QTest::newRow("Baarle-Nassau") << "Baarle-Nassau"
                                       << "west-brabant";
        // Abbreviations.
        QTest::newRow("SNF") << "SNF"
                             << "snf";
    }
    void relevanceOnTheBundledContent()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QString base = Test::bundledBase();
        if (!QFile::exists(base))
            QSKIP("FLEXWONEN_BASE is not built");
        static Kb::Connection c(base, Kb::Connection::Mode::ReadOnly);
        static Kb::Search::Engine engine(c.handle());
        Kb::SearchRequest r;
        r.text = query;
        r.limit = 3;
        const Kb::SearchResults res = engine.search(r);
        QVERIFY2(ids(res).contains(expected),
                 qPrintable(QStringLiteral("%1 -> %2").arg(query, ids(res).join(u','))));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
