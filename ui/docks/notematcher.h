// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace Flexwonen::Kb::Search {
class WordMarker;
}

namespace Flexwonen::Ui {

// Searching the user's notes (issue 16.1): a note matches when it has every word of the query,
// folded and stemmed as the search index does it (case, accents and endings do not matter:
// "woningen" finds "woning", "categorie" finds "catégorie"). The last word, while still being
// typed, also matches as the start of longer words, as in the search field.
class NoteMatcher
{
public:
    NoteMatcher();
    ~NoteMatcher();
    NoteMatcher(const NoteMatcher &) = delete;
    NoteMatcher &operator=(const NoteMatcher &) = delete;

    void setQuery(const QString &query);
    bool isEmpty() const { return m_words.empty(); }
    // Whether text has every word of the query; an empty query matches every text.
    bool matches(const QString &text) const;

private:
    std::vector<std::unique_ptr<Kb::Search::WordMarker>> m_words;
};

} // namespace Flexwonen::Ui
