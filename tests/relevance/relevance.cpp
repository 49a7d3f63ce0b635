// SPDX-License-Identifier: EUPL-1.2
#include "relevance.h"

#include "kb/search/engine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace Flexwonen::Relevance {

namespace {

[[noreturn]] void fail(const QString &line)
{
    throw std::runtime_error(line.toStdString());
}

double gain(int grade)
{
    return std::pow(2.0, grade) - 1.0;
}

} // namespace

QList<JudgedQuery> loadJudgedQueries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("Kan %1 niet lezen").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("%1 is geen geldige JSON: %2").arg(path, error.errorString()));
    QList<JudgedQuery> queries;
    for (const QJsonValue &v : doc.object().value(QLatin1String("queries")).toArray()) {
        const QJsonObject o = v.toObject();
        JudgedQuery q;
        q.query = o.value(QLatin1String("query")).toString();
        q.group = o.value(QLatin1String("group")).toString();
        q.kind = o.value(QLatin1String("kind")).toString();
        q.note = o.value(QLatin1String("note")).toString();
        q.expectEmpty = o.value(QLatin1String("expect_empty")).toBool(false);
        const QJsonObject grades = o.value(QLatin1String("judgements")).toObject();
        for (auto it = grades.begin(); it != grades.end(); ++it)
            q.grades.insert(it.key(), it.value().toInt());
        q.answer = o.value(QLatin1String("answer")).toString();
        if (q.query.isEmpty() || q.group.isEmpty() || q.kind.isEmpty())
            fail(QStringLiteral("%1: een vraag zonder query, group of kind").arg(path));
        if (!q.answer.isEmpty() && q.grades.value(q.answer) != 3)
            fail(QStringLiteral("%1: het antwoord op ‘%2’ heeft geen graad 3").arg(path, q.query));
        queries.append(q);
    }
    if (queries.isEmpty())
        fail(QStringLiteral("%1 bevat geen vragen").arg(path));
    return queries;
}

QueryOutcome measure(const JudgedQuery &q, const QStringList &ranked, qint64 total)
{
    QueryOutcome o;
    o.judged = &q;
    o.ranked = ranked;
    o.total = total;
    o.zero = ranked.isEmpty();
    double dcg = 0;
    for (int i = 0; i < std::min<int>(10, int(ranked.size())); ++i)
        dcg += gain(q.grades.value(ranked[i])) / std::log2(i + 2.0);
    QList<int> ideal = q.grades.values();
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double idcg = 0;
    for (int i = 0; i < std::min<int>(10, int(ideal.size())); ++i)
        idcg += gain(ideal[i]) / std::log2(i + 2.0);
    o.ndcg10 = idcg > 0 ? dcg / idcg : 0;
    for (int i = 0; i < std::min<int>(3, int(ranked.size())); ++i)
        o.relevantTop3 = o.relevantTop3 || q.grades.value(ranked[i]) >= 2;
    return o;
}

QList<QueryOutcome> runJudged(Kb::Search::Engine &engine, const QList<JudgedQuery> &queries)
{
    QList<QueryOutcome> outcomes;
    for (const JudgedQuery &q : queries) {
        Kb::SearchRequest r;
        r.text = q.query;
        r.limit = 10;
        const Kb::SearchResults res = engine.search(r);
        QStringList ranked;
        for (const Kb::SearchHit &h : res.hits)
            ranked.append(h.id);
        QueryOutcome o = measure(q, ranked, res.total);
        o.suggestion = res.suggestion;
        outcomes.append(o);
    }
    return outcomes;
}

Summary summarize(const QList<QueryOutcome> &outcomes,
                  const std::function<bool(const QueryOutcome &)> &include)
{
    Summary s;
    int zero = 0;
    int top3 = 0;
    for (const QueryOutcome &o : outcomes) {
        if (o.judged->expectEmpty || (include && !include(o)))
            continue;
        ++s.queries;
        s.ndcg10 += o.ndcg10;
        zero += o.zero ? 1 : 0;
        top3 += o.relevantTop3 ? 1 : 0;
    }
    if (s.queries > 0) {
        s.ndcg10 /= s.queries;
        s.zeroShare = double(zero) / s.queries;
        s.top3Share = double(top3) / s.queries;
    }
    return s;
}

QString reportTables(const QList<QueryOutcome> &outcomes)
{
    const auto row = [](const QString &name, const Summary &s) {
        return QStringLiteral("| %1 | %2 | %3 | %4 % | %5 % |\n")
            .arg(name)
            .arg(s.queries)
            .arg(s.ndcg10, 0, 'f', 3)
            .arg(100.0 * s.zeroShare, 0, 'f', 1)
            .arg(100.0 * s.top3Share, 0, 'f', 1);
    };
    QString out = QStringLiteral("| set | queries | nDCG@10 | zero results | relevant in top 3 |\n"
                                 "|---|---|---|---|---|\n");
    out += row(QStringLiteral("all"), summarize(outcomes));
    QStringList groups;
    QStringList kinds;
    for (const QueryOutcome &o : outcomes) {
        if (!groups.contains(o.judged->group))
            groups.append(o.judged->group);
        if (!kinds.contains(o.judged->kind))
            kinds.append(o.judged->kind);
    }
    for (const QString &g : groups)
        out +=
            row(QStringLiteral("group %1").arg(g),
                summarize(outcomes, [&g](const QueryOutcome &o) { return o.judged->group == g; }));
    for (const QString &k : kinds)
        out +=
            row(QStringLiteral("kind %1").arg(k),
                summarize(outcomes, [&k](const QueryOutcome &o) { return o.judged->kind == k; }));
    return out;
}

} // namespace Flexwonen::Relevance
