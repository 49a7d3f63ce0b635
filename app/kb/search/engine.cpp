// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "indexer.h"
#include "nltokenizer.h"
#include "postings.h"
#include "statement.h"
#include "synonyms.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace Flexwonen::Kb::Search {

namespace {

constexpr std::size_t MaxPrefixStems = 200;  // most frequent expansions of a prefix
constexpr std::size_t MaxCompoundStems = 48; // words that end in the query word
constexpr std::size_t MinCompoundHead = 3;   // "huisvestings|beleid": at least 3 letters before
constexpr std::size_t MinCompoundWord = 4;   // shorter words are too often a mere ending
constexpr float PrefixWeight = 0.9f;
constexpr float CompoundWeight = 0.6f;
constexpr float SynonymWeight = 0.85f;
constexpr int SnippetWords = 24;
constexpr qint64 FewResults = 3; // below this a spelling suggestion is looked for
constexpr std::size_t MaxPhraseWords = 16;

struct Member
{
    std::vector<std::string> words;
    std::vector<std::string> stems;
};

// The next string after every string that starts with prefix (for range scans).
std::string prefixEnd(std::string prefix)
{
    while (!prefix.empty()) {
        auto &last = reinterpret_cast<unsigned char &>(prefix.back());
        if (last < 0xff) {
            ++last;
            return prefix;
        }
        prefix.pop_back();
    }
    return std::string(1, char(0xff));
}

// Optimal string alignment distance, stopping early above limit.
int editDistance(const std::string &a, const std::string &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> prev2(std::size_t(m + 1)), prev(std::size_t(m + 1)), cur(std::size_t(m + 1));
    for (int j = 0; j <= m; ++j)
        prev[std::size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[std::size_t(i - 1)] == b[std::size_t(j - 1)] ? 0 : 1;
            int v = std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1,
                              prev[std::size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[std::size_t(i - 1)] == b[std::size_t(j - 2)] &&
                a[std::size_t(i - 2)] == b[std::size_t(j - 1)])
                v = std::min(v, prev2[std::size_t(j - 2)] + 1);
            cur[std::size_t(j)] = v;
            best = std::min(best, v);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[std::size_t(m)];
}

// A stretch of UTF-8 text as a QString.
QString utf8(std::string_view text, int from, int to)
{
    return QString::fromUtf8(text.data() + from, qsizetype(to - from));
}

struct Scored
{
    float score;
    qint64 doc;
    // The heap keeps the worst on top: lower score, then higher docid, is worse.
    bool operator<(const Scored &o) const
    {
        return score != o.score ? score > o.score : doc < o.doc;
    }
};

// A passage of a field and where the query's words are in it.
struct Snippet
{
    QString text;
    QList<TextSpan> matches;
    int hits = 0; // matched words in the whole field, not only in the passage
};

// Every query reads through one snapshot: an open transaction keeps a sync's commits out.
class Savepoint
{
public:
    explicit Savepoint(sqlite3 *db)
        : m_db(db)
    {
        execute(m_db, "SAVEPOINT search");
    }
    ~Savepoint()
    {
        if (m_open) {
            try {
                execute(m_db, "RELEASE search");
            } catch (...) { // already on the way out with another failure
            }
        }
    }
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    void release()
    {
        m_open = false;
        execute(m_db, "RELEASE search");
    }

private:
    sqlite3 *m_db;
    bool m_open = true;
};

} // namespace

// Per-document arrays of one query, indexed by docid. Between queries the engine keeps them only
// as memory (a Run takes them, refills them and gives them back), so that a query allocates
// nothing of the collection's size.
struct DocArrays
{
    std::vector<float> acc;            // summed clause scores
    std::vector<float> tmp;            // the current clause's score
    std::vector<std::uint8_t> count;   // clauses matched
    std::vector<std::uint8_t> blocked; // removed, excluded or filtered out
    std::vector<std::uint8_t> mark;    // phrase members
};

// What serves every query on this connection.
struct Engine::Private
{
    explicit Private(sqlite3 *handle)
        : db(handle)
        , analyzer(handle)
        , parser(analyzer)
    {
        for (const QStringList &group : Synonyms::builtIn().groups()) {
            std::vector<Member> members;
            for (const QString &m : group) {
                Member member;
                const QByteArray utf8 = m.toUtf8();
                for (Token &t : analyzer.analyze(std::string_view(utf8.constData(), utf8.size()))) {
                    member.stems.push_back(t.stem);
                    member.words.push_back(std::move(t.word));
                }
                if (!member.words.empty())
                    members.push_back(std::move(member));
            }
            if (members.size() > 1)
                synonyms.push_back(std::move(members));
        }
    }

    sqlite3 *db;
    Analyzer analyzer;
    QueryParser parser;
    std::vector<std::vector<Member>> synonyms;
    DocArrays spare; // memory only: see DocArrays

    std::unique_ptr<Statement> dfQuery, postingsQuery, prefixQuery, suffixQuery, phraseQuery,
        hitQuery;

    Statement &statement(std::unique_ptr<Statement> &s, const char *sql)
    {
        if (!s)
            s = std::make_unique<Statement>(db, sql);
        return *s;
    }

    qint64 df(const std::string &stem)
    {
        Statement &q = statement(dfQuery, "SELECT df FROM search_term WHERE term = ?");
        const StatementScope done(q);
        q.bindText(1, stem);
        return q.step() ? q.integer(0) : 0;
    }

    // (stem, df) of the words in search_word whose key column lies in [from, to).
    std::vector<std::pair<std::string, qint64>> wordStems(std::unique_ptr<Statement> &s,
                                                          const char *sql, const std::string &from,
                                                          const std::string &to, std::size_t cap,
                                                          const std::string &skipStem,
                                                          std::size_t minLength, bool reversed)
    {
        Statement &q = statement(s, sql);
        const StatementScope done(q);
        // rev is stored as a blob (reversed UTF-8 need not be valid text), word as text.
        if (reversed)
            q.bindBlob(1, from).bindBlob(2, to);
        else
            q.bindText(1, from).bindText(2, to);
        std::unordered_map<std::string, qint64> seen;
        while (q.step()) {
            if (q.text(0).size() < minLength)
                continue;
            std::string stem(q.text(1));
            if (stem != skipStem)
                seen.emplace(std::move(stem), q.integer(2));
        }
        std::vector<std::pair<std::string, qint64>> stems(seen.begin(), seen.end());
        std::sort(stems.begin(), stems.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (stems.size() > cap)
            stems.resize(cap);
        return stems;
    }

    std::vector<std::pair<std::string, qint64>> prefixStems(const std::string &prefix,
                                                            const std::string &skipStem)
    {
        return wordStems(prefixQuery,
                         "SELECT w.word, w.stem, t.df FROM search_word w JOIN search_term t "
                         "ON t.term = w.stem WHERE w.word >= ?1 AND w.word < ?2",
                         prefix, prefixEnd(prefix), MaxPrefixStems, skipStem, 0, false);
    }

    // Compound heads: Dutch compounds end in the word they are a kind of (huisvestings|beleid).
    std::vector<std::pair<std::string, qint64>> compoundStems(const std::string &word,
                                                              const std::string &skipStem)
    {
        if (word.size() < MinCompoundWord)
            return {};
        const std::string rev(word.rbegin(), word.rend());
        return wordStems(suffixQuery,
                         "SELECT w.word, w.stem, t.df FROM search_word w JOIN search_term t "
                         "ON t.term = w.stem WHERE w.rev >= ?1 AND w.rev < ?2",
                         rev, prefixEnd(rev), MaxCompoundStems, skipStem,
                         word.size() + MinCompoundHead, true);
    }

    std::string correction(const std::string &word)
    {
        if (word.size() < 4)
            return {};
        const int limit = word.size() <= 5 ? 1 : 2;
        Statement q(db, "SELECT w.word, t.df FROM search_word w JOIN search_term t "
                        "ON t.term = w.stem WHERE w.word >= ?1 AND w.word < ?2");
        const std::string first = word.substr(0, 1);
        q.bindText(1, first).bindText(2, prefixEnd(first));
        std::string best;
        int bestDistance = limit + 1;
        qint64 bestDf = 0;
        while (q.step()) {
            const std::string candidate(q.text(0));
            if (candidate == word)
                continue;
            const int distance = editDistance(word, candidate, limit);
            const qint64 f = q.integer(1);
            if (distance < bestDistance || (distance == bestDistance && f > bestDf)) {
                best = candidate;
                bestDistance = distance;
                bestDf = f;
            }
        }
        return bestDistance <= limit ? best : std::string();
    }

    QString suggestion(const ParsedQuery &query)
    {
        QStringList words;
        bool changed = false;
        for (const QueryClause &clause : query.clauses) {
            for (const QueryTerm &term : clause.alternatives) {
                if (term.weight < 1.0f)
                    continue; // a synonym the user did not type
                QStringList termWords;
                for (const std::string &w : term.words) {
                    std::string use = w;
                    if (term.kind != QueryTerm::Kind::Phrase && df(analyzer.stem(w)) == 0 &&
                        (term.kind != QueryTerm::Kind::Prefix ||
                         prefixStems(w, std::string()).empty())) {
                        const std::string fixed = correction(w);
                        if (!fixed.empty()) {
                            use = fixed;
                            changed = true;
                        }
                    }
                    termWords.append(QString::fromStdString(use));
                }
                QString text = termWords.join(QLatin1Char(' '));
                if (term.kind == QueryTerm::Kind::Phrase)
                    text = QLatin1Char('"') + text + QLatin1Char('"');
                if (!words.isEmpty() && &term != &clause.alternatives.front())
                    words.append(QStringLiteral("OR"));
                words.append(text);
            }
        }
        return changed ? words.join(QLatin1Char(' ')) : QString();
    }

    void expandSynonyms(ParsedQuery &query) const
    {
        std::vector<QueryClause> out;
        auto &clauses = query.clauses;
        for (std::size_t i = 0; i < clauses.size();) {
            bool replaced = false;
            for (const auto &group : synonyms) {
                for (std::size_t m = 0; m < group.size() && !replaced; ++m) {
                    const Member &member = group[m];
                    const std::size_t n = member.stems.size();
                    if (i + n > clauses.size())
                        continue;
                    bool match = true;
                    for (std::size_t j = 0; j < n && match; ++j) {
                        const auto &alts = clauses[i + j].alternatives;
                        match = alts.size() == 1 && alts[0].kind != QueryTerm::Kind::Phrase &&
                                alts[0].words.size() == 1 &&
                                analyzer.stem(alts[0].words[0]) == member.stems[j];
                    }
                    if (!match)
                        continue;
                    QueryClause clause;
                    if (n == 1)
                        clause.alternatives.push_back(clauses[i].alternatives[0]);
                    for (std::size_t k = 0; k < group.size(); ++k) {
                        if (k == m && n == 1)
                            continue;
                        QueryTerm t;
                        t.words = group[k].words;
                        t.kind =
                            t.words.size() > 1 ? QueryTerm::Kind::Phrase : QueryTerm::Kind::Word;
                        t.weight = k == m ? 1.0f : SynonymWeight;
                        clause.alternatives.push_back(std::move(t));
                    }
                    out.push_back(std::move(clause));
                    i += n;
                    replaced = true;
                }
                if (replaced)
                    break;
            }
            if (!replaced)
                out.push_back(std::move(clauses[i++]));
        }
        clauses = std::move(out);
    }
};

// One query, from the snapshot it reads to the hits it returns. Everything here starts fresh with
// the query and ends with it, also when the query is cancelled half-way.
class Engine::Run
{
public:
    Run(Private &engine, const SearchRequest &request, const std::function<bool()> &cancelled)
        : m_engine(engine)
        , m_request(request)
        , m_cancelled(cancelled)
        , m_snapshot(engine.db)
        , m_doc(std::exchange(engine.spare, {}))
    {
        Statement stat(m_engine.db, "SELECT docs FROM search_stat WHERE id = 1");
        m_docs = stat.step() ? stat.integer(0) : 0;
        Statement seq(m_engine.db, "SELECT seq FROM sqlite_sequence WHERE name = 'search_doc'");
        m_maxDoc = seq.step() ? seq.integer(0) : 0;
        const auto size = std::size_t(m_maxDoc + 1);
        m_doc.acc.assign(size, 0.0f);
        m_doc.tmp.assign(size, 0.0f);
        m_doc.count.assign(size, 0);
        m_doc.mark.assign(size, 0);
        blockFilteredAndRemoved();
    }

    ~Run() { m_engine.spare = std::move(m_doc); }
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;

    SearchResults results(const ParsedQuery &query)
    {
        SearchResults results;
        results.query = m_request.text;
        results.filters = m_request.filters;
        for (const QueryTerm &term : query.excluded)
            block(term);
        const std::vector<qint64> driver = scoreClauses(query);
        const std::vector<Scored> top = topHits(driver, query.clauses.size(), &results.total);
        for (std::size_t i = std::size_t(std::max(0, m_request.offset)); i < top.size(); ++i)
            results.hits.append(hitOf(top[i].doc, top[i].score));
        if (results.total < FewResults)
            results.suggestion = m_engine.suggestion(query);
        m_snapshot.release();
        return results;
    }

private:
    void checkCancelled() const
    {
        if (m_cancelled && m_cancelled())
            throw Cancelled{};
    }

    float idf(qint64 df) const
    {
        const auto v =
            float(std::log(1.0 + (double(m_docs) - double(df) + 0.5) / (double(df) + 0.5)));
        return m_idfCap > 0 ? std::min(v, m_idfCap) : v;
    }

    // A synonym may not outscore the word that was typed: a rare synonym of a common word would
    // otherwise push every document that happens to use it to the top. The cap for a clause with
    // synonyms is the idf of the rarest word the user typed.
    float capFor(const QueryClause &clause)
    {
        bool hasSynonyms = false;
        float typed = 0;
        for (const QueryTerm &t : clause.alternatives) {
            if (t.weight < 1.0f) {
                hasSynonyms = true;
                continue;
            }
            for (const std::string &w : t.words)
                typed = std::max(typed, idf(m_engine.df(m_engine.analyzer.stem(w))));
        }
        return hasSynonyms ? typed : 0;
    }

    template <typename F> void forEachPostingOf(const std::string &stem, F &&f)
    {
        Statement &q =
            m_engine.statement(m_engine.postingsQuery,
                               "SELECT data FROM search_posting WHERE term = ? ORDER BY chunk");
        const StatementScope done(q);
        q.bindText(1, stem);
        while (q.step()) {
            forEachPosting(q.blob(0), [&](qint64 doc, std::uint8_t impact) {
                if (doc <= m_maxDoc)
                    f(doc, impact);
            });
            checkCancelled();
        }
    }

    std::vector<qint64> phraseDocs(const std::vector<std::string> &words)
    {
        std::string expr = "\"";
        for (std::size_t i = 0; i < words.size() && i < MaxPhraseWords; ++i) {
            if (i)
                expr += ' ';
            for (char c : words[i])
                expr += c == '"' ? std::string("\"\"") : std::string(1, c);
        }
        expr += '"';
        Statement &q = m_engine.statement(m_engine.phraseQuery,
                                          "SELECT rowid FROM search_fts WHERE search_fts MATCH ?");
        const StatementScope done(q);
        q.bindText(1, expr);
        std::vector<qint64> found;
        while (q.step()) {
            const qint64 doc = q.integer(0);
            if (doc <= m_maxDoc)
                found.push_back(doc);
            if ((found.size() & 0xfff) == 0)
                checkCancelled();
        }
        return found;
    }

    // Alternatives of a clause (OR, synonyms, expansions): the best counts, others add a little,
    // so that a document naming both "SNF" and "Stichting Normering Flexwonen" ranks first.
    static float combine(float a, float b) { return std::max(a, b) + 0.3f * std::min(a, b); }

    // Adds weight × idf × impact of one stem to the clause accumulator (max per document).
    void scoreStem(const std::string &stem, float weight, std::vector<qint64> &touched)
    {
        const qint64 f = m_engine.df(stem);
        if (f == 0)
            return;
        const float w = weight * idf(f) / 255.0f;
        forEachPostingOf(stem, [&](qint64 doc, std::uint8_t impact) {
            float &t = m_doc.tmp[std::size_t(doc)];
            if (t == 0)
                touched.push_back(doc);
            t = combine(t, w * float(impact));
        });
    }

    void scorePhrase(const QueryTerm &term, std::vector<qint64> &touched)
    {
        const std::vector<qint64> members = phraseDocs(term.words);
        if (members.empty())
            return;
        // Rank phrase matches by their rarest word's impact, weighted by all words' idf.
        std::string rarest;
        qint64 rarestDf = -1;
        float idfSum = 0;
        for (const std::string &w : term.words) {
            const std::string stem = m_engine.analyzer.stem(w);
            m_highlight.insert(stem);
            const qint64 f = m_engine.df(stem);
            idfSum += idf(f);
        }
        if (m_idfCap > 0)
            idfSum = std::min(idfSum, m_idfCap);
        for (const std::string &w : term.words) {
            const std::string stem = m_engine.analyzer.stem(w);
            const qint64 f = m_engine.df(stem);
            if (rarestDf < 0 || f < rarestDf) {
                rarestDf = f;
                rarest = stem;
            }
        }
        std::vector<std::uint8_t> &mark = m_doc.mark;
        for (qint64 doc : members)
            mark[std::size_t(doc)] = 1;
        const float w = term.weight * idfSum / 255.0f;
        forEachPostingOf(rarest, [&](qint64 doc, std::uint8_t impact) {
            if (!mark[std::size_t(doc)])
                return;
            float &t = m_doc.tmp[std::size_t(doc)];
            if (t == 0)
                touched.push_back(doc);
            t = combine(t, w * float(impact));
            mark[std::size_t(doc)] = 2;
        });
        // Phrase members without a posting of the rarest stem (should not happen) still count.
        for (qint64 doc : members) {
            if (mark[std::size_t(doc)] == 1) {
                float &t = m_doc.tmp[std::size_t(doc)];
                if (t == 0)
                    touched.push_back(doc);
                t = combine(t, w);
            }
            mark[std::size_t(doc)] = 0;
        }
    }

    void scoreTerm(const QueryTerm &term, std::vector<qint64> &touched)
    {
        const std::string &first = term.words.front();
        switch (term.kind) {
        case QueryTerm::Kind::Word: {
            const std::string stem = m_engine.analyzer.stem(first);
            m_highlight.insert(stem);
            scoreStem(stem, term.weight, touched);
            for (const auto &[s, f] : m_engine.compoundStems(first, stem)) {
                m_highlight.insert(s);
                scoreStem(s, term.weight * CompoundWeight, touched);
            }
            break;
        }
        case QueryTerm::Kind::Prefix: {
            const std::string stem = m_engine.analyzer.stem(first);
            m_highlight.insert(stem);
            scoreStem(stem, term.weight, touched);
            for (const auto &[s, f] : m_engine.prefixStems(first, stem)) {
                m_highlight.insert(s);
                scoreStem(s, term.weight * PrefixWeight, touched);
            }
            break;
        }
        case QueryTerm::Kind::Phrase:
            scorePhrase(term, touched);
            break;
        }
    }

    void blockFilteredAndRemoved()
    {
        const SearchFilters &filters = m_request.filters;
        const bool filtered = !filters.isEmpty();
        m_doc.blocked.assign(m_doc.acc.size(), filtered ? 1 : 0);
        if (filtered) {
            Statement q(m_engine.db,
                        "SELECT docid FROM search_doc WHERE (?1 IS NULL OR type = ?1) "
                        "AND (?2 IS NULL OR region = ?2) AND (?3 IS NULL OR dossier = ?3) "
                        "AND (?4 IS NULL OR year = ?4)");
            const auto bindOptional = [&q](int i, const QString &v) {
                v.isEmpty() ? q.bindNull(i) : q.bindText(i, v);
            };
            bindOptional(1, filters.type ? typeName(*filters.type) : QString());
            bindOptional(2, filters.region);
            bindOptional(3, filters.dossier);
            filters.year ? q.bind(4, filters.year) : q.bindNull(4);
            while (q.step()) {
                const qint64 doc = q.integer(0);
                if (doc <= m_maxDoc)
                    m_doc.blocked[std::size_t(doc)] = 0;
            }
        }
        Statement dead(m_engine.db, "SELECT docid FROM search_dead");
        while (dead.step()) {
            const qint64 doc = dead.integer(0);
            if (doc <= m_maxDoc)
                m_doc.blocked[std::size_t(doc)] = 1;
        }
    }

    // An excluded term (-woord): whatever it matches is out.
    void block(const QueryTerm &term)
    {
        std::vector<qint64> touched;
        scoreTerm(term, touched);
        for (qint64 doc : touched) {
            m_doc.blocked[std::size_t(doc)] = 1;
            m_doc.tmp[std::size_t(doc)] = 0;
        }
    }

    // Scores every clause into acc and count; returns the documents of the clause that matched
    // the fewest (every hit is among them).
    std::vector<qint64> scoreClauses(const ParsedQuery &query)
    {
        std::vector<qint64> driver;
        bool first = true;
        for (const QueryClause &clause : query.clauses) {
            std::vector<qint64> touched;
            m_idfCap = capFor(clause);
            for (const QueryTerm &term : clause.alternatives)
                scoreTerm(term, touched);
            m_idfCap = 0;
            for (qint64 doc : touched) {
                const auto i = std::size_t(doc);
                m_doc.acc[i] += m_doc.tmp[i];
                ++m_doc.count[i];
                m_doc.tmp[i] = 0;
            }
            if (first || touched.size() < driver.size())
                driver = std::move(touched);
            first = false;
            checkCancelled();
        }
        return driver;
    }

    // The best offset + limit documents that match every clause, best first; counts them all.
    std::vector<Scored> topHits(const std::vector<qint64> &driver, std::size_t clauses,
                                qint64 *total) const
    {
        const std::size_t k =
            std::size_t(std::max(0, m_request.offset) + std::max(0, m_request.limit));
        std::priority_queue<Scored> heap;
        for (qint64 doc : driver) {
            const auto i = std::size_t(doc);
            if (m_doc.count[i] != clauses || m_doc.blocked[i])
                continue;
            ++*total;
            if (k == 0)
                continue;
            const Scored s{m_doc.acc[i], doc};
            if (heap.size() < k) {
                heap.push(s);
            } else if (s < heap.top()) {
                heap.pop();
                heap.push(s);
            }
        }
        std::vector<Scored> top;
        while (!heap.empty()) {
            top.push_back(heap.top());
            heap.pop();
        }
        std::reverse(top.begin(), top.end());
        return top;
    }

    // The passage of field text around the most matched words, as plain text with their spans.
    Snippet snippetOf(const std::string &text) const
    {
        const std::vector<Token> tokens = m_engine.analyzer.analyze(text);
        std::vector<int> matched;
        for (int i = 0; i < int(tokens.size()); ++i) {
            if (m_highlight.contains(tokens[std::size_t(i)].stem))
                matched.push_back(i);
        }
        Snippet snippet;
        snippet.hits = int(matched.size());
        if (tokens.empty())
            return snippet;
        // The window of SnippetWords tokens that holds the most matches.
        int bestStart = 0;
        int bestCount = 0;
        for (std::size_t m = 0, end = 0; m < matched.size(); ++m) {
            while (end < matched.size() && matched[end] < matched[m] + SnippetWords)
                ++end;
            if (int(end - m) > bestCount) {
                bestCount = int(end - m);
                bestStart = std::max(0, matched[m] - 3);
            }
        }
        const int last = std::min(int(tokens.size()), bestStart + SnippetWords) - 1;
        const int from = bestStart == 0 ? 0 : tokens[std::size_t(bestStart)].start;
        const int to =
            last == int(tokens.size()) - 1 ? int(text.size()) : tokens[std::size_t(last)].end;
        QString &out = snippet.text;
        if (from > 0)
            out = QStringLiteral("…");
        int pos = from;
        for (int i = bestStart; i <= last; ++i) {
            const Token &t = tokens[std::size_t(i)];
            if (!m_highlight.contains(t.stem) || t.start < pos)
                continue;
            out += utf8(text, pos, t.start);
            const QString word = utf8(text, t.start, t.end);
            snippet.matches.append({out.size(), word.size()});
            out += word;
            pos = t.end;
        }
        out += utf8(text, pos, to);
        if (to < int(text.size()))
            out += QStringLiteral("…");
        return snippet;
    }

    SearchHit hitOf(qint64 doc, float score)
    {
        Statement &q = m_engine.statement(
            m_engine.hitQuery, "SELECT d.item_id, d.type, d.extra, i.title, i.summary, "
                               "i.body FROM search_doc d JOIN item i ON i.id = d.item_id "
                               "WHERE d.docid = ?");
        const StatementScope done(q);
        q.bind(1, doc);
        SearchHit hit;
        hit.score = double(score);
        if (!q.step())
            return hit;
        hit.id = q.qtext(0);
        hit.type = storedType(q.qtext(1), hit.id);
        hit.title = q.qtext(3);
        // The summary when it holds a match (short, written to be shown), else the body, else the
        // extra text; the body is only read and cleaned when needed.
        Snippet snippet = snippetOf(std::string(q.text(4)));
        if (snippet.hits == 0) {
            Snippet body = snippetOf(Indexer::plainBody(q.qtext(5)).toStdString());
            if (body.hits > 0 || snippet.text.isEmpty())
                snippet = std::move(body);
        }
        if (snippet.hits == 0) {
            Snippet extra = snippetOf(std::string(q.text(2)));
            if (extra.hits > 0)
                snippet = std::move(extra);
        }
        hit.snippet = std::move(snippet.text);
        hit.matches = std::move(snippet.matches);
        return hit;
    }

    Private &m_engine;
    const SearchRequest &m_request;
    const std::function<bool()> &m_cancelled;
    Savepoint m_snapshot; // opened before the first read
    DocArrays m_doc;
    qint64 m_docs = 0;   // documents in the index (for idf)
    qint64 m_maxDoc = 0; // highest docid in this snapshot; later ones are not looked at
    std::unordered_set<std::string> m_highlight; // stems to mark in snippets
    float m_idfCap = 0;                          // see capFor
};

Engine::Engine(sqlite3 *db)
    : d(std::make_unique<Private>(db))
{}

Engine::~Engine() = default;

ParsedQuery Engine::parse(const QString &text) const
{
    ParsedQuery query = d->parser.parse(text);
    d->expandSynonyms(query);
    return query;
}

SearchResults Engine::search(const SearchRequest &request, const std::function<bool()> &cancelled)
{
    const ParsedQuery query = parse(request.text);
    if (query.isEmpty()) {
        SearchResults results;
        results.query = request.text;
        results.filters = request.filters;
        return results;
    }
    Run run(*d, request, cancelled);
    return run.results(query);
}

} // namespace Flexwonen::Kb::Search
