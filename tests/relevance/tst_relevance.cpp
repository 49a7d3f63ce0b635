// SPDX-License-Identifier: EUPL-1.2
// Relevance on the bundled content (issue 13, point 6): the judged query set
// (tests/relevance/queries.json, README.md there) is the oracle for the ranking. Prints nDCG@10,
// the zero-result share and the share with a clearly relevant item in the top 3, for all
// queries, per user group and per kind, and holds the targets: no judged query without results,
// at least 90 % with a relevant item in the first three. Suggestions are never offered for a
// query whose first results are good.
#include "relevance.h"

#include "kb/database.h"
#include "kb/search/engine.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace Flexwonen;

class TestRelevance : public QObject
{
    Q_OBJECT

    QList<Relevance::JudgedQuery> m_queries;
    QList<Relevance::QueryOutcome> m_outcomes;

private slots:
    void initTestCase()
    {
        const QString base = qEnvironmentVariable("FLEXWONEN_BASE");
        if (!QFile::exists(base))
            QSKIP("FLEXWONEN_BASE is not built");
        m_queries = Relevance::loadJudgedQueries(QStringLiteral(FLEXWONEN_RELEVANCE_QUERIES));
        Kb::Connection c(base, Kb::Connection::Mode::ReadOnly);
        Kb::Search::Engine engine(c.handle());
        m_outcomes = Relevance::runJudged(engine, m_queries);
        qInfo().noquote() << "\n" << Relevance::reportTables(m_outcomes);
    }

    void theSetIsWhatTheReadmeSays()
    {
        QCOMPARE(m_queries.size(), 94);
        for (const Relevance::JudgedQuery &q : std::as_const(m_queries)) {
            QVERIFY(q.group == QLatin1String("corporatie") || q.group == QLatin1String("gemeente"));
            int best = 0;
            for (int grade : q.grades)
                best = std::max(best, grade);
            QVERIFY2(best >= 2, qPrintable(q.query));
        }
    }

    // The measures themselves, on a ranking worked out by hand.
    void measuresFollowTheReadme()
    {
        Relevance::JudgedQuery q;
        q.grades = {{QStringLiteral("a"), 3}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 1}};
        const auto list = [](const char *ids) {
            return QString::fromLatin1(ids).split(u' ', Qt::SkipEmptyParts);
        };
        const auto perfect = Relevance::measure(q, list("a b c"), 3);
        QCOMPARE(perfect.ndcg10, 1.0);
        QVERIFY(perfect.relevantTop3);
        const auto late = Relevance::measure(q, list("x y z c b a"), 6);
        QVERIFY(!late.relevantTop3);
        QVERIFY(late.ndcg10 > 0 && late.ndcg10 < 0.5);
        const auto onlyPartly = Relevance::measure(q, list("c"), 1);
        QVERIFY(!onlyPartly.relevantTop3); // grade 1 is not "clearly relevant"
        const auto none = Relevance::measure(q, {}, 0);
        QVERIFY(none.zero);
        QCOMPARE(none.ndcg10, 0.0);
    }

    void noJudgedQueryIsWithoutResults()
    {
        for (const Relevance::QueryOutcome &o : std::as_const(m_outcomes))
            QVERIFY2(!o.zero || o.judged->expectEmpty, qPrintable(o.judged->query));
        QCOMPARE(Relevance::summarize(m_outcomes).zeroShare, 0.0);
    }

    void mostQueriesHaveARelevantItemInTheTopThree()
    {
        const Relevance::Summary all = Relevance::summarize(m_outcomes);
        QStringList misses;
        for (const Relevance::QueryOutcome &o : std::as_const(m_outcomes)) {
            if (!o.relevantTop3)
                misses.append(o.judged->query);
        }
        qInfo().noquote() << "no relevant item in the top 3:" << misses.join(QStringLiteral(" | "));
        QVERIFY2(all.top3Share >= 0.90, qPrintable(QString::number(all.top3Share)));
        // Floors at the level reached (docs/benchmarks.md), so that a change that makes the
        // ranking clearly worse fails here; before issue 13 it was 0.503 and 59.6 %.
        QVERIFY2(all.ndcg10 >= 0.75, qPrintable(QString::number(all.ndcg10)));
        for (const QString &group : {QStringLiteral("corporatie"), QStringLiteral("gemeente")}) {
            const Relevance::Summary s =
                Relevance::summarize(m_outcomes, [&](const Relevance::QueryOutcome &o) {
                    return o.judged->group == group;
                });
            QVERIFY2(s.top3Share >= 0.85, qPrintable(group));
        }
    }

    // The questions with one item that answers them as asked (an FAQ whose question it is)
    // find it first (walk of issue 14: "hoeveel mensen mogen in een woning" ranked the FAQ on
    // how many people may live in a dwelling below two others).
    void answersComeFirst()
    {
        int answers = 0;
        for (const Relevance::QueryOutcome &o : std::as_const(m_outcomes)) {
            if (o.judged->answer.isEmpty())
                continue;
            ++answers;
            QVERIFY2(o.ranked.value(0) == o.judged->answer,
                     qPrintable(QStringLiteral("%1: %2 (gewenst %3)")
                                    .arg(o.judged->query, o.ranked.mid(0, 3).join(u", "),
                                         o.judged->answer)));
        }
        QVERIFY(answers >= 3);
    }

    // Issue 13, point 4: a query whose first results are good gets no "Bedoelde u".
    void noSuggestionForGoodResults()
    {
        for (const Relevance::QueryOutcome &o : std::as_const(m_outcomes)) {
            if (o.relevantTop3 && o.judged->kind != QLatin1String("misspelling"))
                QVERIFY2(o.suggestion.isEmpty(),
                         qPrintable(QStringLiteral("%1 -> %2").arg(o.judged->query, o.suggestion)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRelevance)
#include "tst_relevance.moc"
