// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Flexwonen::Kb::Search {

// Dutch function words (articles, prepositions, pronouns, question words, auxiliary and modal
// verbs) as the analyzer folds them. A question typed as a sentence ("hoeveel m2 per persoon")
// carries them; they say nothing about what an item is about, so they never decide whether it
// matches (issue 13).
bool isFunctionWord(std::string_view folded);

class Analyzer;

// Phrases of two function words ("van de", "en een") are the slow ones for FTS5: both position
// lists are as long as the collection. The index keeps such adjacent pairs as terms of their own
// (decisions.md, "Pairs of function words"), keyed by the stems, so a phrase of two words whose
// stems are both function-word stems reads one postings list instead.
class FunctionPairs
{
public:
    explicit FunctionPairs(const Analyzer &analyzer);
    bool isFunctionStem(const std::string &stem) const;
    // The index term of the pair of stems a, b (both function-word stems).
    static std::string term(std::string_view a, std::string_view b);
    // Index terms that say from which docid on every document carries its pairs, and how many
    // documents were indexed with them since: the pairs are complete when the count reaches the
    // highest docid (an older app that indexed documents without them leaves the count short).
    static constexpr std::string_view FromTerm = "\x01pairs-from";
    static constexpr std::string_view CountTerm = "\x01pairs-count";

private:
    std::vector<std::string> m_stems; // sorted
};

} // namespace Flexwonen::Kb::Search
