// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

#include <string>
#include <vector>

namespace Flexwonen::Kb::Search {

class Analyzer;

// One thing to look for: a word, a word prefix (while typing, or with *), a phrase, the parts of
// a compound (all of them, in any order: "huur" and "woning" for huurwoning), or a date range
// (the item's own date, or the date it is valid from, falls in it).
struct QueryTerm
{
    enum class Kind { Word, Prefix, Phrase, Parts, Date };
    Kind kind = Kind::Word;
    std::vector<std::string> words; // folded, unstemmed; one for Word and Prefix; Parts: head last
    float weight = 1.0f;            // lower for synonyms and other expansions
    QDate from, to;                 // Kind::Date only

    bool operator==(const QueryTerm &) const = default;
};

// Alternatives joined by OR: one thing the user asked for. The best items match every clause;
// when too few do, items are ranked by how many clauses they match (see Engine).
struct QueryClause
{
    std::vector<QueryTerm> alternatives;
    QString text; // as typed (folded words), to say which words a result lacks
};

struct ParsedQuery
{
    std::vector<QueryClause> clauses;
    std::vector<QueryTerm> excluded; // -word, -"phrase"
    std::vector<QueryTerm> optional; // function words: they add to a score, never decide a match
    bool isEmpty() const { return clauses.empty(); }
};

// Turns whatever the user typed into a query: "phrases", OR, -exclusion, prefix* and the word
// being typed as a prefix. Never fails: control characters go, the length is capped, syntax
// that does not parse is read as words, text without letters or digits yields an empty query.
class QueryParser
{
public:
    static constexpr int MaxChars = 512;
    static constexpr int MaxClauses = 12;
    static constexpr int MinPrefix = 3; // shorter words being typed are taken as whole words

    explicit QueryParser(const Analyzer &analyzer)
        : m_analyzer(analyzer)
    {}
    ParsedQuery parse(const QString &text) const;

    // The input as it is searched: control characters removed, length capped.
    static QString sanitize(const QString &text);

private:
    const Analyzer &m_analyzer;
};

// The words with one space between them.
std::string joined(const std::vector<std::string> &words);

} // namespace Flexwonen::Kb::Search
