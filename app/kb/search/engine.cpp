// SPDX-License-Identifier: EUPL-1.2
#include "engine.h"

#include "functionwords.h"
#include "indexer.h"
#include "nltokenizer.h"
#include "numberforms.h"
#include "postings.h"
#include "statement.h"
#include "synonyms.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <optional>
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
constexpr float PartsWeight = 0.55f;     // every part of a split compound (huur + woning)
constexpr float HeadWeight = 0.3f;       // its head alone, or in another compound (woonvorm)
constexpr float CorrectionWeight = 0.7f; // a near spelling of a word the index does not hold
constexpr float TypeWeight = 0.5f;       // "pilot", "agenda": items of that type
constexpr float DateImpact = 0.5f;       // an item dated in the asked range, as an impact 0..1
constexpr float ModifierWeight =
    0.4f; // compounds that start with the word (kantoor: kantoorgebouw)
constexpr float OptionalWeight = 0.4f; // a function word the item has ("hoeveel")
constexpr float WidenedOverlap = 0.3f; // what a widened match adds where the clause matched
constexpr qint64 WidenBelow = 10;      // words in fewer items are widened in a weak query
constexpr int SnippetWords = 24;
constexpr qint64 FewResults = 3; // fewer items with every word: best match, and a suggestion
constexpr std::size_t MaxPhraseWords = 16;
constexpr std::size_t SplitBelow = 3;   // a word in fewer items than this is split
constexpr std::size_t MinSplitWord = 7; // shortest compound to split (3 + 4 letters)
constexpr std::size_t MinPart = 3;      // shortest part of a compound
constexpr std::size_t MaxParts = 3;
constexpr std::size_t MinCorrected = 6;   // shorter words are not corrected (too many neighbours)
constexpr std::size_t MinTwoEdits = 9;    // from this length two edits are allowed
constexpr qint64 ClearlyMoreFrequent = 5; // a suggested word is in at least 5× as many items

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

bool hasDigit(const std::string &w)
{
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The item type a word names ("pilot kantoorpand" asks for pilots); nullptr for none.
const char *typeNamedBy(const std::string &word)
{
    static const std::pair<std::string_view, const char *> names[] = {
        {"agenda", "event"},    {"dossier", "dossier"},    {"dossiers", "dossier"},
        {"evenement", "event"}, {"evenementen", "event"},  {"faq", "faq"},
        {"nieuws", "news"},     {"nieuwsbericht", "news"}, {"nieuwsberichten", "news"},
        {"pilot", "pilot"},     {"pilots", "pilot"},
    };
    for (const auto &[name, type] : names) {
        if (word == name)
            return type;
    }
    return nullptr;
}

// A stretch of UTF-8 text as a QString.
QString utf8(std::string_view text, int from, int to)
{
    return QString::fromUtf8(text.data() + from, qsizetype(to - from));
}

struct Scored
{
    int clauses; // how many of the query's clauses the document matches (coordination)
    float score;
    qint64 doc;
    // The heap keeps the worst on top: fewer clauses, then a lower score, then a higher docid,
    // is worse.
    bool operator<(const Scored &o) const
    {
        if (clauses != o.clauses)
            return clauses > o.clauses;
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
    std::vector<float> part;           // the parts of a split compound found so far
    std::vector<std::uint16_t> mask;   // clauses matched, one bit each (MaxClauses <= 16)
    std::vector<std::uint8_t> blocked; // removed, excluded or filtered out
    std::vector<std::uint8_t> mark;    // phrase members; parts of a compound found
};
static_assert(QueryParser::MaxClauses <= 16, "DocArrays::mask holds a bit per clause");

// What serves every query on this connection.
struct Engine::Private
{
    explicit Private(sqlite3 *handle)
        : db(handle)
        , analyzer(handle)
        , parser(analyzer)
        , pairs(analyzer)
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
    FunctionPairs pairs;
    std::vector<std::vector<Member>> synonyms;
    DocArrays spare; // memory only: see DocArrays

    std::unique_ptr<Statement> dfQuery, postingsQuery, prefixQuery, suffixQuery, phraseQuery,
        hitQuery, correctionQuery, dateQuery, typeQuery, startsQuery, writtenQuery;
    std::unordered_map<std::string, qint64> partCache; // partDf, for one query

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

    // (stem, df) of the words in search_word whose key column lies in [from, to) and that
    // accept takes (all without one), the most frequent cap of them.
    std::vector<std::pair<std::string, qint64>>
    wordStems(std::unique_ptr<Statement> &s, const char *sql, const std::string &from,
              const std::string &to, std::size_t cap, const std::string &skipStem,
              const std::function<bool(std::string_view word)> &accept, bool reversed)
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
            if (accept && !accept(q.text(0)))
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
                         prefix, prefixEnd(prefix), MaxPrefixStems, skipStem, {}, false);
    }

    // Whether text, or text without a linking -s-, -e- or -en- at the given end, is a word of
    // the index: what stands before a compound's head, or after its modifier.
    bool isKnownPiece(std::string_view text, bool linkAtEnd)
    {
        if (partDf(std::string(text)) > 0)
            return true;
        for (const std::string_view link : {"s", "e", "en"}) {
            if (text.size() > link.size() &&
                (linkAtEnd ? text.ends_with(link) : text.starts_with(link))) {
                const std::string_view rest = linkAtEnd ? text.substr(0, text.size() - link.size())
                                                        : text.substr(link.size());
                if (partDf(std::string(rest)) > 0)
                    return true;
            }
        }
        return false;
    }

    // Compounds that start with word, the rest being a word of the index too (kantoor:
    // kantoortransformatie, kantoorgebouw; leeg: leegstand), the most frequent first.
    std::vector<std::pair<std::string, qint64>> modifierStems(const std::string &word,
                                                              const std::string &skipStem)
    {
        if (word.size() < MinCompoundWord)
            return {};
        return wordStems(
            prefixQuery,
            "SELECT w.word, w.stem, t.df FROM search_word w JOIN search_term t "
            "ON t.term = w.stem WHERE w.word >= ?1 AND w.word < ?2",
            word, prefixEnd(word), MaxCompoundStems, skipStem,
            [&](std::string_view w) {
                return w.size() >= word.size() + MinCompoundHead &&
                       isKnownPiece(w.substr(word.size()), false);
            },
            false);
    }

    // Compound heads: Dutch compounds end in the word they are a kind of (huisvestings|beleid).
    // With inflected, the plural forms of such compounds too (vorm: woonvormen).
    std::vector<std::pair<std::string, qint64>>
    compoundStems(const std::string &word, const std::string &skipStem, bool inflected = false)
    {
        if (word.size() < MinCompoundWord)
            return {};
        std::vector<std::pair<std::string, qint64>> stems;
        for (const char *ending : {"", "en", "s"}) {
            if (*ending && !inflected)
                break;
            const std::string form = word + ending;
            const std::string rev(form.rbegin(), form.rend());
            for (auto &s : wordStems(
                     suffixQuery,
                     "SELECT w.word, w.stem, t.df FROM search_word w JOIN "
                     "search_term t ON t.term = w.stem WHERE w.rev >= ?1 AND "
                     "w.rev < ?2",
                     rev, prefixEnd(rev), MaxCompoundStems, skipStem,
                     [&](std::string_view w) {
                         // overbewoning is no kind of woning: what stands
                         // before the head must be a word itself.
                         return w.size() >= form.size() + MinCompoundHead &&
                                isKnownPiece(w.substr(0, w.size() - form.size()), true);
                     },
                     true)) {
                if (std::none_of(stems.begin(), stems.end(),
                                 [&s](const auto &t) { return t.first == s.first; }))
                    stems.push_back(std::move(s));
            }
        }
        return stems;
    }

    // Whether a piece of a compound is a word of the index (by its stem, so that "verordening"
    // counts when only "verordeningen" is written), and in how many items.
    qint64 partDf(const std::string &part)
    {
        auto it = partCache.find(part);
        if (it != partCache.end())
            return it->second;
        qint64 f = 0;
        if (part.size() >= MinPart && !isFunctionWord(part) && !hasDigit(part))
            f = df(analyzer.stem(part));
        return partCache.emplace(part, f).first->second;
    }

    // Every way to cut word[from, end) into at most partsLeft known parts; between two parts a
    // linking -s-, -e- or -en- may stand (huisvesting|s|vorm).
    struct Split
    {
        std::vector<std::string> parts;
        double logFrequency = 0;   // sum of log(df) over the parts
        std::size_t links = 0;     // letters of linking -s-, -e-, -en-
        std::size_t unwritten = 0; // parts known by their stem only (bedrijv, huisvestings)
    };
    std::vector<Split> splitsFrom(const std::string &word, std::size_t from, std::size_t partsLeft)
    {
        std::vector<Split> splits;
        if (partsLeft == 0)
            return splits;
        const std::string rest = word.substr(from);
        if (from > 0 && partDf(rest) > 0)
            splits.push_back(
                {{rest}, std::log(double(partDf(rest))), 0, isWritten(rest) ? 0u : 1u});
        for (std::size_t end = from + MinPart; end + MinPart <= word.size(); ++end) {
            const std::string part = word.substr(from, end - from);
            const qint64 f = partDf(part);
            if (f == 0)
                continue;
            for (const std::string_view link : {"", "s", "e", "en"}) {
                if (word.compare(end, link.size(), link) != 0 ||
                    end + link.size() + MinPart > word.size())
                    continue;
                for (Split &tail : splitsFrom(word, end + link.size(), partsLeft - 1)) {
                    tail.parts.insert(tail.parts.begin(), part);
                    tail.logFrequency += std::log(double(f));
                    tail.links += link.size();
                    tail.unwritten += isWritten(part) ? 0 : 1;
                    splits.push_back(std::move(tail));
                }
            }
        }
        return splits;
    }

    // The geometric mean of the parts' item counts (Koehn and Knight), as a log, less one for
    // every part: short frequent pieces should not cut a word into many (ver|ordening). Parts
    // written as such in the index beat parts known by their stem only (bedrijven|terrein, not
    // bedrijv|en|terrein; huisvesting|s|vorm, not huisvestings|vorm), then fewer linking letters.
    static double quality(const Split &s)
    {
        return s.logFrequency / double(s.parts.size()) - double(s.parts.size()) -
               0.3 * double(s.unwritten) - 0.01 * double(s.links);
    }

    // Whether part is a word as the index has it written (not only a stem of one).
    bool isWritten(const std::string &part)
    {
        Statement &q = statement(writtenQuery, "SELECT 1 FROM search_word WHERE word = ?");
        const StatementScope done(q);
        q.bindText(1, part);
        return q.step();
    }

    // The longest start of word that is a word of the index, with at least three letters after
    // it (kantoorpand: kantoor, when "pand" is not indexed); empty when there is none.
    std::string knownStart(const std::string &word)
    {
        if (word.size() < MinSplitWord || hasDigit(word))
            return {};
        for (std::size_t end = word.size() - MinPart; end >= MinCompoundWord; --end) {
            const std::string start = word.substr(0, end);
            if (isKnownPiece(start, true) || startsWords(start) >= 3)
                return start;
        }
        return {};
    }

    // How many stems (at most 3) the index words that start with prefix have: a start that
    // begins several words is a modifier even when it is never written alone (seizoen:
    // seizoensarbeid, seizoenwerkers, seizoenshuisvesting).
    qint64 startsWords(const std::string &prefix)
    {
        Statement &q =
            statement(startsQuery, "SELECT count(*) FROM (SELECT DISTINCT stem FROM search_word "
                                   "WHERE word >= ?1 AND word < ?2 LIMIT 3)");
        const StatementScope done(q);
        q.bindText(1, prefix).bindText(2, prefixEnd(prefix));
        return q.step() ? q.integer(0) : 0;
    }

    // huurwoning -> {huur, woning}; kantoorpand -> {kantoor, pand}; empty when the word is not a
    // compound of words the index holds.
    std::vector<std::string> splitCompound(const std::string &word)
    {
        if (word.size() < MinSplitWord || hasDigit(word) || isFunctionWord(word))
            return {};
        const std::vector<Split> splits = splitsFrom(word, 0, MaxParts);
        const auto best =
            std::max_element(splits.begin(), splits.end(), [](const Split &a, const Split &b) {
                return quality(a) < quality(b);
            });
        return best == splits.end() ? std::vector<std::string>() : best->parts;
    }

    // The spellings in the index nearest to word (one edit; two for long words), most frequent
    // first, never a function word: "overbewonig" -> overbewoning.
    std::vector<std::pair<std::string, qint64>> corrections(const std::string &word)
    {
        if (word.size() < MinCorrected || hasDigit(word))
            return {};
        const int limit = word.size() >= MinTwoEdits ? 2 : 1;
        Statement &q =
            statement(correctionQuery, "SELECT w.word, t.df FROM search_word w JOIN search_term t "
                                       "ON t.term = w.stem WHERE w.word >= ?1 AND w.word < ?2");
        const StatementScope done(q);
        const std::string first = word.substr(0, 1);
        q.bindText(1, first).bindText(2, prefixEnd(first));
        std::vector<std::pair<std::string, qint64>> best;
        int bestDistance = limit + 1;
        while (q.step()) {
            const std::string_view text = q.text(0);
            if (std::abs(int(text.size()) - int(word.size())) > limit || text == word)
                continue;
            const std::string candidate(text);
            const int distance = editDistance(word, candidate, std::min(limit, bestDistance));
            if (distance > limit || distance > bestDistance || isFunctionWord(candidate))
                continue;
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            best.emplace_back(candidate, q.integer(1));
        }
        // Most frequent first; of two as frequent (often one stem) the longer: a letter left out
        // is a more common slip than one too many (arbeidsmigrantn: arbeidsmigranten).
        std::sort(best.begin(), best.end(), [](const auto &a, const auto &b) {
            if (a.second != b.second)
                return a.second > b.second;
            return a.first.size() != b.first.size() ? a.first.size() > b.first.size()
                                                    : a.first < b.first;
        });
        return best;
    }

    // "Bedoelde u …?": the text as typed with each word that finds (almost) nothing replaced by
    // its nearest spelling in the index that is in clearly more items. Function words, numbers
    // and short words stay as they are, so the query keeps its meaning.
    QString suggestion(const QString &typed, const std::unordered_set<std::string> &weak)
    {
        if (weak.empty())
            return {};
        const QString text = QueryParser::sanitize(typed);
        const QByteArray utf8 = text.toUtf8();
        const std::string_view view(utf8.constData(), std::size_t(utf8.size()));
        std::string out;
        int pos = 0;
        bool changed = false;
        for (const Token &t : analyzer.analyze(view)) {
            if (!weak.contains(t.word))
                continue;
            const qint64 own = df(t.stem);
            for (const auto &[candidate, f] : corrections(t.word)) {
                // Clearly more frequent: in five times as many items (any item at all, for a
                // word the index does not hold).
                if (f < std::max<qint64>(1, ClearlyMoreFrequent * own) || f <= own)
                    continue;
                out.append(view.substr(std::size_t(pos), std::size_t(t.start - pos)));
                out += candidate;
                pos = t.end;
                changed = true;
                break;
            }
        }
        if (!changed)
            return {};
        out.append(view.substr(std::size_t(pos)));
        return QString::fromStdString(out).trimmed();
    }

    // Function words never decide a match: unless nothing else was asked, they only add a
    // little to the items that have them ("hoeveel" in the title of "Hoeveel ... ?").
    static void setFunctionWordsApart(ParsedQuery &query)
    {
        const auto isFunctionClause = [](const QueryClause &c) {
            return c.alternatives.size() == 1 &&
                   c.alternatives[0].kind != QueryTerm::Kind::Phrase &&
                   c.alternatives[0].words.size() == 1 &&
                   isFunctionWord(c.alternatives[0].words[0]);
        };
        if (std::all_of(query.clauses.begin(), query.clauses.end(), isFunctionClause))
            return;
        for (const QueryClause &c : query.clauses) {
            if (isFunctionClause(c)) {
                QueryTerm t = c.alternatives[0];
                t.kind = QueryTerm::Kind::Word;
                query.optional.push_back(std::move(t));
            }
        }
        std::erase_if(query.clauses, isFunctionClause);
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
                    for (std::size_t j = 0; j < n; ++j)
                        clause.text += (j ? QStringLiteral(" ") : QString()) + clauses[i + j].text;
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
        m_engine.partCache.clear();
        Statement stat(m_engine.db, "SELECT docs FROM search_stat WHERE id = 1");
        m_docs = stat.step() ? stat.integer(0) : 0;
        Statement seq(m_engine.db, "SELECT seq FROM sqlite_sequence WHERE name = 'search_doc'");
        m_maxDoc = seq.step() ? seq.integer(0) : 0;
        const qint64 pairedFrom = m_engine.df(std::string(FunctionPairs::FromTerm));
        m_pairsComplete = pairedFrom > 0 && m_engine.df(std::string(FunctionPairs::CountTerm)) ==
                                                m_maxDoc - pairedFrom + 1;
        const auto size = std::size_t(m_maxDoc + 1);
        m_doc.acc.assign(size, 0.0f);
        m_doc.tmp.assign(size, 0.0f);
        m_doc.part.assign(size, 0.0f);
        m_doc.mask.assign(size, 0);
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
        m_highlight.clear(); // an excluded word is never shown as found
        scoreClauses(query);
        const std::size_t n = query.clauses.size();
        const auto all = std::uint16_t((1u << n) - 1);
        qint64 complete = completeMatches(all);
        if (complete < FewResults) { // a weak query: look further for what each word means
            widen(query);
            complete = completeMatches(all);
        }
        scoreOptional(query);
        const std::vector<qint64> &driver = smallestClause();
        // Too few items have every word: add those with most of the words (best match).
        const bool best = n > 1 && complete < FewResults;
        const std::vector<Scored> top =
            best ? bestMatches(&results.total) : topHits(driver, all, &results.total);
        for (std::size_t i = std::size_t(std::max(0, m_request.offset)); i < top.size(); ++i) {
            SearchHit hit = hitOf(top[i].doc, top[i].score);
            const std::uint16_t mask = m_doc.mask[std::size_t(top[i].doc)];
            for (std::size_t c = 0; c < n; ++c) {
                if (!(mask & (1u << c)))
                    hit.missing.append(query.clauses[c].text);
            }
            results.hits.append(std::move(hit));
        }
        results.bestMatch = best && results.total > complete;
        // A suggestion only when the words as typed find too little (fewer complete matches, or
        // a word that finds nothing and was searched by its spelling): never for good results.
        if (complete < FewResults ||
            std::find(m_own.begin(), m_own.end(), std::size_t(0)) != m_own.end()) {
            std::unordered_set<std::string> weak;
            for (std::size_t c = 0; c < n; ++c) {
                const QueryClause &clause = query.clauses[c];
                const QueryTerm &typed = clause.alternatives.front();
                if (m_own[c] < std::size_t(FewResults) && typed.kind != QueryTerm::Kind::Phrase &&
                    typed.words.size() == 1 &&
                    clause.text == QString::fromStdString(typed.words[0]))
                    weak.insert(typed.words[0]);
            }
            results.suggestion = m_engine.suggestion(m_request.text, weak);
        }
        for (const std::string &stem : m_highlight)
            results.highlight.append(QString::fromStdString(stem));
        results.highlight.sort();
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
        if (m_pairsComplete && term.words.size() == 2) {
            const std::string first = m_engine.analyzer.stem(term.words[0]);
            const std::string second = m_engine.analyzer.stem(term.words[1]);
            if (m_engine.pairs.isFunctionStem(first) && m_engine.pairs.isFunctionStem(second)) {
                scorePair(term, first, second, touched);
                return;
            }
        }
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

    // A phrase of two function words from the index's own pair postings (FunctionPairs):
    // the same documents as the FTS5 phrase, ranked by the pair's impact.
    void scorePair(const QueryTerm &term, const std::string &first, const std::string &second,
                   std::vector<qint64> &touched)
    {
        m_highlight.insert(first);
        m_highlight.insert(second);
        const std::string pair = FunctionPairs::term(first, second);
        const qint64 f = m_engine.df(pair);
        if (f == 0)
            return;
        float idfSum = idf(m_engine.df(first)) + idf(m_engine.df(second));
        if (m_idfCap > 0)
            idfSum = std::min(idfSum, m_idfCap);
        const float w = term.weight * idfSum / 255.0f;
        forEachPostingOf(pair, [&](qint64 doc, std::uint8_t impact) {
            float &t = m_doc.tmp[std::size_t(doc)];
            if (t == 0)
                touched.push_back(doc);
            t = combine(t, w * float(impact));
        });
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
        case QueryTerm::Kind::Parts:
            scoreParts(term, touched);
            break;
        case QueryTerm::Kind::Date:
            scoreDocs(datedDocs(term.from, term.to), term.weight, touched);
            break;
        }
    }

    // Items that have every part of a compound: the head as a word or at the end of another
    // compound (huisvestingsvorm: huisvesting + vorm, woonvormen), the modifiers as words.
    void scoreParts(const QueryTerm &term, std::vector<qint64> &touched)
    {
        const std::size_t n = term.words.size();
        std::vector<qint64> candidates;
        std::vector<std::uint8_t> &mark = m_doc.mark;
        for (std::size_t k = 0; k < n; ++k) {
            const std::string &part = term.words[k];
            const std::string stem = m_engine.analyzer.stem(part);
            std::vector<std::string> stems{stem};
            if (k + 1 == n) {
                for (auto &[s, f] : m_engine.compoundStems(part, stem, true))
                    stems.push_back(s);
            }
            for (const std::string &s : stems) {
                const qint64 f = m_engine.df(s);
                if (f == 0)
                    continue;
                m_highlight.insert(s);
                const float w = term.weight * idf(f) / 255.0f / float(n);
                forEachPostingOf(s, [&](qint64 doc, std::uint8_t impact) {
                    const auto i = std::size_t(doc);
                    if (mark[i] != k)
                        return; // lacks an earlier part, or has this one from another stem
                    mark[i] = std::uint8_t(k + 1);
                    m_doc.part[i] += w * float(impact);
                    if (k == 0)
                        candidates.push_back(doc);
                });
            }
        }
        for (qint64 doc : candidates) {
            const auto i = std::size_t(doc);
            if (mark[i] == n) {
                float &t = m_doc.tmp[i];
                if (t == 0)
                    touched.push_back(doc);
                t = combine(t, m_doc.part[i]);
            }
            mark[i] = 0;
            m_doc.part[i] = 0;
        }
    }

    // Every document in docs scores weight × idf(how many they are) × DateImpact: an item's
    // date or type is as telling as a word in its summary.
    void scoreDocs(const std::vector<qint64> &docs, float weight, std::vector<qint64> &touched)
    {
        if (docs.empty())
            return;
        const float w = weight * idf(qint64(docs.size())) * DateImpact;
        for (qint64 doc : docs) {
            float &t = m_doc.tmp[std::size_t(doc)];
            if (t == 0)
                touched.push_back(doc);
            t = combine(t, w);
        }
    }

    // Items whose date (or span of dates) or date of validity falls in [from, to].
    std::vector<qint64> datedDocs(QDate from, QDate to)
    {
        Statement &q = m_engine.statement(
            m_engine.dateQuery,
            "SELECT d.docid FROM search_doc d JOIN item i ON i.id = d.item_id WHERE "
            "(i.date IS NOT NULL AND i.date <= ?2 AND coalesce(i.end_date, i.date) >= ?1) OR "
            "(i.valid_from IS NOT NULL AND i.valid_from BETWEEN ?1 AND ?2)");
        const StatementScope done(q);
        q.bindText(1, from.toString(Qt::ISODate)).bindText(2, to.toString(Qt::ISODate));
        return docsOf(q);
    }

    std::vector<qint64> typedDocs(const char *type)
    {
        Statement &q =
            m_engine.statement(m_engine.typeQuery, "SELECT docid FROM search_doc WHERE type = ?");
        const StatementScope done(q);
        q.bindText(1, std::string_view(type));
        return docsOf(q);
    }

    std::vector<qint64> docsOf(Statement &q)
    {
        std::vector<qint64> docs;
        while (q.step()) {
            const qint64 doc = q.integer(0);
            if (doc <= m_maxDoc)
                docs.push_back(doc);
        }
        return docs;
    }

    // A word that finds (almost) nothing as typed: the parts of the compound it is, its head
    // alone, and when it finds nothing at all, its nearest spellings in the index. Returns the
    // parts.
    std::vector<std::string> expandRare(const QueryClause &clause, std::size_t own,
                                        std::vector<qint64> &touched)
    {
        const QueryTerm &typed = clause.alternatives.front();
        if (typed.weight < 1.0f || typed.words.size() != 1 ||
            (typed.kind != QueryTerm::Kind::Word && typed.kind != QueryTerm::Kind::Prefix))
            return {};
        const std::string &word = typed.words.front();
        const std::vector<std::string> parts = m_engine.splitCompound(word);
        if (parts.size() >= 2) {
            QueryTerm split;
            split.kind = QueryTerm::Kind::Parts;
            split.words = parts;
            split.weight = PartsWeight;
            scoreParts(split, touched);
            const std::string &head = parts.back();
            const std::string stem = m_engine.analyzer.stem(head);
            m_highlight.insert(stem);
            scoreStem(stem, HeadWeight, touched);
            for (const auto &[s, f] : m_engine.compoundStems(head, stem, true)) {
                m_highlight.insert(s);
                scoreStem(s, HeadWeight, touched);
            }
        }
        if (own == 0) {
            const auto near = m_engine.corrections(word);
            for (std::size_t i = 0; i < near.size() && i < 2; ++i) {
                QueryTerm t;
                t.words = {near[i].first};
                t.weight = CorrectionWeight;
                scoreTerm(t, touched);
            }
        }
        return parts;
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

    // Scores every clause into acc and mask, and keeps the documents of each.
    void scoreClauses(const ParsedQuery &query)
    {
        const std::size_t n = query.clauses.size();
        m_own.assign(n, 0);
        m_clauseDocs.assign(n, {});
        m_parts.assign(n, {});
        for (std::size_t c = 0; c < n; ++c) {
            const QueryClause &clause = query.clauses[c];
            std::vector<qint64> &touched = m_clauseDocs[c];
            m_idfCap = capFor(clause);
            for (const QueryTerm &term : clause.alternatives)
                scoreTerm(term, touched);
            m_own[c] = touched.size();
            if (touched.size() < SplitBelow)
                m_parts[c] = expandRare(clause, m_own[c], touched);
            m_idfCap = 0;
            if (clause.alternatives.size() == 1 && clause.alternatives[0].words.size() == 1) {
                if (const char *type = typeNamedBy(clause.alternatives[0].words[0]))
                    scoreDocs(typedDocs(type), TypeWeight, touched);
            }
            const auto bit = std::uint16_t(1u << c);
            for (qint64 doc : touched) {
                const auto i = std::size_t(doc);
                m_doc.acc[i] += m_doc.tmp[i];
                m_doc.mask[i] |= bit;
                m_doc.tmp[i] = 0;
            }
            checkCancelled();
        }
    }

    // The documents of the clause that matched the fewest: every complete match is among them.
    const std::vector<qint64> &smallestClause() const
    {
        static const std::vector<qint64> none;
        const std::vector<qint64> *smallest = nullptr;
        for (const std::vector<qint64> &docs : m_clauseDocs) {
            if (!smallest || docs.size() < smallest->size())
                smallest = &docs;
        }
        return smallest ? *smallest : none;
    }

    qint64 completeMatches(std::uint16_t all) const
    {
        qint64 complete = 0;
        for (qint64 doc : smallestClause()) {
            const auto i = std::size_t(doc);
            complete += m_doc.mask[i] == all && !m_doc.blocked[i] ? 1 : 0;
        }
        return complete;
    }

    // A weak query (too few items have every word): a word in few items also finds the
    // compounds it starts (kantoor: kantoortransformatie), and a compound that does not split
    // those of its known start (seizoenarbeiders: seizoen -> seizoensarbeid).
    void widen(const ParsedQuery &query)
    {
        const qint64 below = std::max<qint64>(WidenBelow, m_docs / 100);
        for (std::size_t c = 0; c < query.clauses.size(); ++c) {
            const QueryTerm &typed = query.clauses[c].alternatives.front();
            if (qint64(m_own[c]) >= below || typed.weight < 1.0f || typed.words.size() != 1 ||
                typed.kind == QueryTerm::Kind::Phrase || typed.kind == QueryTerm::Kind::Date)
                continue;
            // A split compound already has its parts and head; a word that does not split
            // also finds the compounds of its known start (kantoorpand: kantoor).
            std::vector<std::string> modifiers{typed.words.front()};
            if (m_parts[c].size() < 2) {
                const std::string start = m_engine.knownStart(typed.words.front());
                if (!start.empty())
                    modifiers.push_back(start);
            }
            std::vector<qint64> touched;
            for (const std::string &modifier : modifiers) {
                const std::string stem = m_engine.analyzer.stem(modifier);
                if (&modifier != &modifiers.front()) {
                    m_highlight.insert(stem);
                    scoreStem(stem, ModifierWeight, touched);
                }
                for (const auto &[s, f] : m_engine.modifierStems(modifier, stem)) {
                    m_highlight.insert(s);
                    scoreStem(s, ModifierWeight, touched);
                }
            }
            const auto bit = std::uint16_t(1u << c);
            for (qint64 doc : touched) {
                const auto i = std::size_t(doc);
                if (m_doc.mask[i] & bit) {
                    m_doc.acc[i] += WidenedOverlap * m_doc.tmp[i];
                } else {
                    m_doc.acc[i] += m_doc.tmp[i];
                    m_doc.mask[i] |= bit;
                    m_clauseDocs[c].push_back(doc);
                }
                m_doc.tmp[i] = 0;
            }
            checkCancelled();
        }
    }

    // Function words add a little to the documents that match something else.
    void scoreOptional(const ParsedQuery &query)
    {
        for (const QueryTerm &term : query.optional) {
            std::vector<qint64> touched;
            scoreStem(m_engine.analyzer.stem(term.words.front()), OptionalWeight, touched);
            for (qint64 doc : touched) {
                const auto i = std::size_t(doc);
                if (m_doc.mask[i])
                    m_doc.acc[i] += m_doc.tmp[i];
                m_doc.tmp[i] = 0;
            }
        }
    }

    // Keeps the best offset + limit of the documents offered, best first.
    class TopK
    {
    public:
        explicit TopK(std::size_t k)
            : m_k(k)
        {}
        void offer(const Scored &s)
        {
            if (m_k == 0)
                return;
            if (m_heap.size() < m_k) {
                m_heap.push(s);
            } else if (s < m_heap.top()) {
                m_heap.pop();
                m_heap.push(s);
            }
        }
        std::vector<Scored> best()
        {
            std::vector<Scored> top;
            while (!m_heap.empty()) {
                top.push_back(m_heap.top());
                m_heap.pop();
            }
            std::reverse(top.begin(), top.end());
            return top;
        }

    private:
        std::size_t m_k;
        std::priority_queue<Scored> m_heap;
    };

    std::size_t wanted() const
    {
        return std::size_t(std::max(0, m_request.offset) + std::max(0, m_request.limit));
    }

    // The best documents that match every clause, best first; counts them all.
    std::vector<Scored> topHits(const std::vector<qint64> &driver, std::uint16_t all,
                                qint64 *total) const
    {
        TopK top(wanted());
        for (qint64 doc : driver) {
            const auto i = std::size_t(doc);
            if (m_doc.mask[i] != all || m_doc.blocked[i])
                continue;
            ++*total;
            top.offer({0, m_doc.acc[i], doc});
        }
        return top.best();
    }

    // Best match: every document with any of the clauses, those with the most clauses first,
    // then by score (coordination, as the engines people know rank).
    std::vector<Scored> bestMatches(qint64 *total) const
    {
        TopK top(wanted());
        for (std::size_t i = 1; i < m_doc.mask.size(); ++i) {
            if (!m_doc.mask[i] || m_doc.blocked[i])
                continue;
            ++*total;
            top.offer({std::popcount(m_doc.mask[i]), m_doc.acc[i], qint64(i)});
        }
        return top.best();
    }

    // The passage of field text around the most matched words, as plain text with their spans.
    Snippet snippetOf(const std::string &text)
    {
        // A stem begins with the first three letters of its word (Snowball only cuts endings,
        // and never into the first three), so a word whose start no highlighted stem has is no
        // match and needs no stem: most words of a body are skipped that way.
        if (m_highlightStarts.empty()) {
            for (const std::string &stem : m_highlight)
                m_highlightStarts.insert(stem.substr(0, 3));
        }
        std::vector<Token> tokens = m_engine.analyzer.analyze(text, false);
        std::vector<int> matched;
        for (int i = 0; i < int(tokens.size()); ++i) {
            Token &t = tokens[std::size_t(i)];
            if (!m_highlightStarts.contains(t.word.substr(0, 3)))
                continue;
            t.stem = m_engine.analyzer.stem(t.word);
            if (m_highlight.contains(t.stem))
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
            if (t.stem.empty() || !m_highlight.contains(t.stem) || t.start < pos)
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
    std::unordered_set<std::string> m_highlight;       // stems to mark in snippets
    std::unordered_set<std::string> m_highlightStarts; // their first three bytes (snippetOf)
    std::vector<std::size_t> m_own; // per clause: documents matched as typed (before expandRare)
    std::vector<std::vector<qint64>> m_clauseDocs; // per clause: the documents it matched
    std::vector<std::vector<std::string>> m_parts; // per clause: the compound split, if any
    float m_idfCap = 0;                            // see capFor
    bool m_pairsComplete = false; // every document has its function-word pairs indexed
};

Engine::Engine(sqlite3 *db)
    : d(std::make_unique<Private>(db))
{}

Engine::~Engine() = default;

ParsedQuery Engine::parse(const QString &text) const
{
    ParsedQuery query = d->parser.parse(text);
    addNumberForms(query);
    d->expandSynonyms(query);
    Private::setFunctionWordsApart(query);
    return query;
}

QStringList Engine::compoundParts(const QString &word)
{
    const std::string folded = d->analyzer.fold(word.toStdString());
    Savepoint snapshot(d->db);
    d->partCache.clear();
    QStringList parts;
    for (const std::string &p : d->splitCompound(folded))
        parts.append(QString::fromStdString(p));
    snapshot.release();
    return parts;
}

QList<MunicipalityMatch> Engine::municipalities(const QString &text)
{
    // "Venlo", "gemeente Venlo", "Bergen" (both Bergens), "bergen (l.)": the whole query names
    // the municipality. 146 rows in the bundled base: read them, no index needed.
    QString folded = foldName(text);
    if (folded.startsWith(QLatin1String("gemeente ")))
        folded = folded.mid(9);
    QList<MunicipalityMatch> exact;
    QList<MunicipalityMatch> base;
    if (folded.isEmpty())
        return exact;
    Statement q(d->db, "SELECT m.name, m.code, m.region_id, i.title FROM municipality m "
                       "JOIN item i ON i.id = m.region_id ORDER BY i.title, m.pos");
    while (q.step()) {
        const MunicipalityMatch match{q.qtext(0), q.qtext(1), q.qtext(2), q.qtext(3)};
        const QString name = foldName(match.name);
        if (name == folded) {
            exact.append(match);
        } else {
            // "Bergen (L.)" is also "Bergen".
            const qsizetype paren = match.name.indexOf(QLatin1Char('('));
            if (paren > 0 && foldName(match.name.left(paren)) == folded)
                base.append(match);
        }
    }
    return exact + base;
}

SearchResults Engine::search(const SearchRequest &request, const std::function<bool()> &cancelled)
{
    const ParsedQuery query = parse(request.text);
    SearchResults results;
    if (query.isEmpty()) {
        results.query = request.text;
        results.filters = request.filters;
    } else {
        Run run(*d, request, cancelled);
        results = run.results(query);
    }
    if (request.offset == 0)
        results.municipalities = municipalities(request.text);
    return results;
}

} // namespace Flexwonen::Kb::Search
