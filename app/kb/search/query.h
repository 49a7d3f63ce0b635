// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace Flexwonen::Kb::Search {

class Analyzer;

// One thing to look for: a word, a word prefix (while typing, or with *), or a phrase.
struct QueryTerm
{
    enum class Kind { Word, Prefix, Phrase };
    Kind kind = Kind::Word;
    std::vector<std::string> words; // folded, unstemmed; one for Word and Prefix
    float weight = 1.0f;            // lower for synonyms and other expansions

    bool operator==(const QueryTerm &) const = default;
};

// Alternatives joined by OR; a document must match every clause.
struct QueryClause
{
    std::vector<QueryTerm> alternatives;
};

struct ParsedQuery
{
    std::vector<QueryClause> clauses;
    std::vector<QueryTerm> excluded; // -word, -"phrase"
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

} // namespace Flexwonen::Kb::Search
