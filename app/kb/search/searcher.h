// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"

#include <QObject>

namespace Flexwonen::Kb {

// What the window needs from a search engine: a request returns its id at once, the answer
// arrives later with the same id. SearchService is the one implementation in the app; the
// interface exists so that a test can answer in any order it wants.
class Searcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Searcher)
public:
    using QObject::QObject;
    ~Searcher() override = default;

    // Queues a search and returns its id; ids grow, so a later request has a larger id. The
    // answer (resultsReady or failed) never arrives before search() has returned.
    virtual quint64 search(const SearchRequest &request) = 0;

signals:
    void resultsReady(quint64 requestId, const Flexwonen::Kb::SearchResults &results);
    // message: one Dutch line.
    void failed(quint64 requestId, const QString &message);
};

} // namespace Flexwonen::Kb
