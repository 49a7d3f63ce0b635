// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"

#include <QStringList>

#include <memory>

namespace Flexwonen::Kb::Search {

// Finds in a text shown to the user the words a search is about, folded and stemmed the way
// the index does it (case, accents and endings do not matter): the terms a search matched
// (SearchResults::highlight: stems of the words, their compounds, synonyms and parts), or the
// words typed in the reader's find bar (each word by its stem, the last one also as the start
// of longer words, as while typing a search). Owns an in-memory SQLite connection for FTS5's
// folding; use from one thread.
class WordMarker
{
public:
    WordMarker();
    ~WordMarker();
    WordMarker(const WordMarker &) = delete;
    WordMarker &operator=(const WordMarker &) = delete;

    void setTerms(const QStringList &stems);
    void setTyped(const QString &text);
    bool isEmpty() const;

    // The marked words of text, in order, as UTF-16 spans.
    QList<TextSpan> find(QStringView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Flexwonen::Kb::Search
