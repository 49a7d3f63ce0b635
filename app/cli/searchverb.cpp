// SPDX-License-Identifier: EUPL-1.2
// The search verb: ranked full-text search over the knowledge base.
#include "cliverbs.h"

#include "context/appcontext.h"
#include "kb/database.h"
#include "kb/itemmodels.h"
#include "kb/knowledgebase.h"
#include "kb/search/engine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Flexwonen::Cli {

namespace {

constexpr int DefaultLimit = 20;
constexpr int MaxLimit = 1000;

// Characters (Unicode code points, as Python and most JSON readers index strings) in text
// before UTF-16 position pos.
qsizetype codePoints(const QString &text, qsizetype pos)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < pos; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

// The matched words of a snippet as [{start, length}] in code points.
QJsonArray matchesJson(const QString &snippet, const QList<Kb::TextSpan> &matches)
{
    QJsonArray out;
    for (const Kb::TextSpan &m : matches) {
        const qsizetype start = codePoints(snippet, m.start);
        out.append(QJsonObject{
            {QStringLiteral("start"), start},
            {QStringLiteral("length"), codePoints(snippet, m.start + m.length) - start}});
    }
    return out;
}

void printJsonResults(const Kb::SearchResults &results)
{
    QJsonArray hits;
    for (const Kb::SearchHit &h : results.hits)
        hits.append(
            QJsonObject{{QStringLiteral("id"), h.id},
                        {QStringLiteral("type"), Kb::typeName(h.type)},
                        {QStringLiteral("title"), h.title},
                        {QStringLiteral("snippet"), h.snippet},
                        {QStringLiteral("matches"), matchesJson(h.snippet, h.matches)},
                        {QStringLiteral("score"), h.score},
                        {QStringLiteral("missing"), QJsonArray::fromStringList(h.missing)}});
    printJson(QJsonObject{{QStringLiteral("query"), results.query},
                          {QStringLiteral("total"), results.total},
                          {QStringLiteral("results"), hits},
                          {QStringLiteral("best_match"), results.bestMatch},
                          {QStringLiteral("suggestion"), results.suggestion.isEmpty()
                                                             ? QJsonValue()
                                                             : QJsonValue(results.suggestion)}});
}

void printTextResults(const Kb::SearchResults &results)
{
    printLine(results.total == 1 ? QStringLiteral("1 resultaat")
                                 : QStringLiteral("%1 resultaten").arg(results.total));
    for (const Kb::SearchHit &h : results.hits) {
        printLine(
            QStringLiteral("%1\t%2 (%3)")
                .arg(field(h.id), field(h.title), field(Kb::typeLabel(h.type, Kb::Labels::Dutch))));
        if (!h.snippet.isEmpty())
            printLine(QStringLiteral("\t%1").arg(
                field(Kb::markMatches(h.snippet, h.matches, u"[", u"]", Kb::MarkedText::AsIs))));
        if (!h.missing.isEmpty())
            printLine(QStringLiteral("\tbevat niet alle zoekwoorden: %1 ontbreekt")
                          .arg(field(h.missing.join(QStringLiteral(", ")))));
    }
    if (!results.suggestion.isEmpty())
        printLine(QStringLiteral("Bedoelde u: %1?").arg(field(results.suggestion)));
}

int search(AppContext &context, const Invocation &inv)
{
    Kb::SearchRequest request;
    request.text = inv.arguments.join(QLatin1Char(' '));
    request.limit = DefaultLimit;
    if (inv.has(QStringLiteral("limit"))) {
        bool ok = false;
        request.limit = inv.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > MaxLimit)
            return fail(QStringLiteral("--limit verwacht een getal van 1 tot %1").arg(MaxLimit),
                        Usage);
    }
    if (inv.has(QStringLiteral("type"))) {
        const QString type = inv.option(QStringLiteral("type"));
        request.filters.type = typeOption(type);
        if (!request.filters.type)
            return fail(QStringLiteral("Onbekend type '%1'").arg(type), Usage);
    }
    request.filters.region = inv.option(QStringLiteral("region"));
    request.filters.dossier = inv.option(QStringLiteral("dossier"));
    if (inv.has(QStringLiteral("year"))) {
        bool ok = false;
        request.filters.year = inv.option(QStringLiteral("year")).toInt(&ok);
        if (!ok || request.filters.year <= 0)
            return fail(QStringLiteral("--year verwacht een jaartal"), Usage);
    }

    const Kb::SearchResults results = context.knowledgeBase().search(request);
    if (inv.json)
        printJsonResults(results);
    else
        printTextResults(results);
    return Success;
}

} // namespace

const QList<Verb> &searchVerbs()
{
    static const QList<Verb> verbs = {
        {QStringLiteral("search"),
         QStringLiteral("search [--json] [--limit N] [--type T] [--region ID] [--dossier ID] "
                        "[--year JJJJ] ZOEKTERMEN…"),
         {QStringLiteral("profile"), QStringLiteral("kb"), QStringLiteral("json"),
          QStringLiteral("limit"), QStringLiteral("type"), QStringLiteral("region"),
          QStringLiteral("dossier"), QStringLiteral("year")},
         1,
         10000,
         &search},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
