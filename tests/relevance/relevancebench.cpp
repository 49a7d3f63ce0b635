// SPDX-License-Identifier: EUPL-1.2
// Relevance of the search on the bundled content against the judged query set (issue 13).
//   relevancebench --kb build/share/flexwonen/kb.sqlite --queries tests/relevance/queries.json
// Prints nDCG@10, the zero-result share and the share with a relevant item in the top 3, for all
// queries, per user group and per kind, then every query without a relevant item in its top 3.
#include "relevance.h"

#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/search/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <stdexcept>

using namespace Flexwonen;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("kb"), QStringLiteral("Knowledge base."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Judged queries (JSON)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("List every query, not only those "
                                                            "that disappoint.")});
    parser.addOption({QStringLiteral("query"), QStringLiteral("Show what one query finds."),
                      QStringLiteral("TEXT")});
    parser.process(app);
    QTextStream out(stdout);
    try {
        if (parser.isSet(QStringLiteral("query"))) {
            Kb::Connection c(parser.value(QStringLiteral("kb")), Kb::Connection::Mode::ReadOnly);
            Kb::Search::Engine engine(c.handle());
            Kb::SearchRequest r;
            r.text = parser.value(QStringLiteral("query"));
            r.limit = 25;
            for (const QString &w : r.text.split(u' '))
                out << w << " -> " << engine.compoundParts(w).join(u'+') << "\n";
            for (const Kb::Search::QueryClause &clause : engine.parse(r.text).clauses) {
                out << "clause '" << clause.text << "':";
                for (const Kb::Search::QueryTerm &t : clause.alternatives)
                    out << " [" << int(t.kind) << " "
                        << QString::fromStdString(Kb::Search::joined(t.words)) << " " << t.weight
                        << "]";
                out << "\n";
            }
            const Kb::SearchResults res = engine.search(r);
            out << "total " << res.total << (res.bestMatch ? " (best match)" : "")
                << " suggestion '" << res.suggestion << "'\n";
            for (const Kb::SearchHit &h : res.hits)
                out << h.score << "\t" << h.id << "\tmissing: " << h.missing.join(u',') << "\n";
            out << "highlight: " << res.highlight.join(u' ') << "\n";
            return 0;
        }
        const QList<Relevance::JudgedQuery> queries =
            Relevance::loadJudgedQueries(parser.value(QStringLiteral("queries")));
        Kb::Connection c(parser.value(QStringLiteral("kb")), Kb::Connection::Mode::ReadOnly);
        Kb::Search::Engine engine(c.handle());
        const QList<Relevance::QueryOutcome> outcomes = Relevance::runJudged(engine, queries);
        out << Relevance::reportTables(outcomes) << "\n";
        const bool all = parser.isSet(QStringLiteral("all"));
        out << (all ? "Every query"
                    : "Queries without a relevant item in the top 3 (or nDCG@10 < 0.5)")
            << ":\n\n| query | group | kind | nDCG@10 | total | top 3 | suggestion "
               "|\n|---|---|---|---|---|---|---|\n";
        for (const Relevance::QueryOutcome &o : outcomes) {
            if (!all && o.relevantTop3 && o.ndcg10 >= 0.5)
                continue;
            QStringList top;
            for (const QString &id : o.ranked.mid(0, 3))
                top.append(QStringLiteral("%1(%2)").arg(id).arg(o.judged->grades.value(id)));
            out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                       .arg(o.judged->query, o.judged->group, o.judged->kind)
                       .arg(o.ndcg10, 0, 'f', 2)
                       .arg(o.total)
                       .arg(top.join(QStringLiteral(", ")), o.suggestion);
        }
    } catch (const Kb::Error &e) {
        out << "relevancebench: " << e.message() << Qt::endl;
        return 1;
    } catch (const std::exception &e) {
        out << "relevancebench: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
