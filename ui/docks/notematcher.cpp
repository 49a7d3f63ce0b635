// SPDX-License-Identifier: EUPL-1.2
#include "notematcher.h"

#include "kb/search/wordmarker.h"

#include <QStringList>

namespace Flexwonen::Ui {

NoteMatcher::NoteMatcher() = default;
NoteMatcher::~NoteMatcher() = default;

void NoteMatcher::setQuery(const QString &query)
{
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool typing = !query.isEmpty() && !query.back().isSpace();
    // One marker per word: the marker finds any of its words, a note must have all of them.
    // Kept while the query grows word by word (each marker owns an SQLite connection).
    m_words.resize(std::size_t(words.size()));
    for (qsizetype i = 0; i < words.size(); ++i) {
        auto &marker = m_words[std::size_t(i)];
        if (!marker)
            marker = std::make_unique<Kb::Search::WordMarker>();
        // A trailing space: the word is complete, no prefix match.
        const bool last = i + 1 == words.size();
        marker->setTyped(last && typing ? words[i] : words[i] + QLatin1Char(' '));
    }
    // Words that fold to nothing (punctuation) ask for nothing.
    std::erase_if(m_words, [](const auto &marker) { return marker->isEmpty(); });
}

bool NoteMatcher::matches(const QString &text) const
{
    for (const auto &marker : m_words) {
        if (marker->find(text).isEmpty())
            return false;
    }
    return true;
}

} // namespace Flexwonen::Ui
