// SPDX-License-Identifier: EUPL-1.2
#include "functionwords.h"

#include "nltokenizer.h"

#include <algorithm>
#include <iterator>

namespace Flexwonen::Kb::Search {

namespace {

// Sorted (binary search). Content words that are merely frequent (woning, gemeente, regio) are
// not here: they do say what an item is about. Folded as the index folds them (no accents).
constexpr std::string_view Words[] = {
    "aan",    "al",      "alle",   "alleen", "als",   "ben",    "bent",    "bij",    "daar",
    "dan",    "dat",     "de",     "der",    "des",   "deze",   "die",     "dit",    "doe",
    "doen",   "doet",    "door",   "dus",    "een",   "elk",    "elke",    "en",     "er",
    "gaan",   "gaat",    "geen",   "haar",   "had",   "hadden", "heb",     "hebben", "hebt",
    "heeft",  "hem",     "het",    "hier",   "hij",   "hoe",    "hoeveel", "hun",    "ieder",
    "iedere", "ik",      "in",     "is",     "je",    "jij",    "jou",     "jouw",   "jullie",
    "kan",    "kon",     "kun",    "kunnen", "kunt",  "maar",   "mag",     "me",     "meer",
    "men",    "met",     "mij",    "mijn",   "moest", "moet",   "moeten",  "mogen",  "na",
    "naar",   "niet",    "nog",    "nu",     "of",    "om",     "omdat",   "onder",  "ons",
    "onze",   "ook",     "op",     "over",   "per",   "te",     "tegen",   "toch",   "tot",
    "tussen", "u",       "uit",    "uw",     "van",   "vanaf",  "veel",    "voor",   "waar",
    "waarom", "wanneer", "want",   "waren",  "was",   "wat",    "we",      "wel",    "welk",
    "welke",  "werd",    "werden", "wie",    "wij",   "wil",    "willen",  "wilt",   "word",
    "worden", "wordt",   "zal",    "ze",     "zeer",  "zelf",   "zich",    "zij",    "zijn",
    "zo",     "zonder",  "zou",    "zouden", "zulke", "zullen", "zult",
};

} // namespace

bool isFunctionWord(std::string_view folded)
{
    return std::binary_search(std::begin(Words), std::end(Words), folded);
}

FunctionPairs::FunctionPairs(const Analyzer &analyzer)
{
    for (const std::string_view w : Words)
        m_stems.push_back(analyzer.stem(std::string(w)));
    std::sort(m_stems.begin(), m_stems.end());
    m_stems.erase(std::unique(m_stems.begin(), m_stems.end()), m_stems.end());
}

bool FunctionPairs::isFunctionStem(const std::string &stem) const
{
    return std::binary_search(m_stems.begin(), m_stems.end(), stem);
}

std::string FunctionPairs::term(std::string_view a, std::string_view b)
{
    std::string t("\x01");
    t += a;
    t += ' ';
    t += b;
    return t;
}

} // namespace Flexwonen::Kb::Search
