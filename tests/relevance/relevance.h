// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Flexwonen::Kb::Search {
class Engine;
}

// The judged query set (tests/relevance/queries.json, README.md there) and its measures:
// nDCG@10, the share of queries without results and the share with a clearly relevant item
// (grade >= 2) among the first three. Shared by tst_relevance and the relevancebench tool.
namespace Flexwonen::Relevance {

struct JudgedQuery
{
    QString query;
    QString group; // corporatie | gemeente
    QString kind;  // word | question | misspelling | compound | municipality | number
    QString note;
    QHash<QString, int> grades; // item id -> 3, 2 or 1; unlisted items are 0
    // Optional: the item that answers the question as asked (a grade-3 FAQ whose question it
    // is), wanted in first place, not only among the first three.
    QString answer;
    bool expectEmpty = false;
};

// Throws std::runtime_error with a Dutch line when the file cannot be read or is malformed.
QList<JudgedQuery> loadJudgedQueries(const QString &path);

struct QueryOutcome
{
    const JudgedQuery *judged = nullptr;
    QStringList ranked; // the engine's ids, best first
    qint64 total = 0;
    QString suggestion;
    double ndcg10 = 0;
    bool zero = false;         // no results
    bool relevantTop3 = false; // grade >= 2 among the first three
};

QueryOutcome measure(const JudgedQuery &q, const QStringList &ranked, qint64 total);

// Every query through the engine as the search field submits it (trimmed, ten hits), measured.
QList<QueryOutcome> runJudged(Kb::Search::Engine &engine, const QList<JudgedQuery> &queries);

struct Summary
{
    int queries = 0;
    double ndcg10 = 0;    // mean
    double zeroShare = 0; // of the queries that expect results
    double top3Share = 0;
};

Summary summarize(const QList<QueryOutcome> &outcomes,
                  const std::function<bool(const QueryOutcome &)> &include = {});

// Markdown tables: all queries, per group and per kind.
QString reportTables(const QList<QueryOutcome> &outcomes);

} // namespace Flexwonen::Relevance
