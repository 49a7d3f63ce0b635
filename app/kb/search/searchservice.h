// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/knowledgebase.h"
#include "kb/search/searcher.h"

#include <atomic>
#include <QThread>

namespace Flexwonen::Kb {

namespace Search {
class Worker;
}

// Search off the GUI thread: one worker thread with its own connection. Every request gets an
// id; a newer request cancels the running one, and answers to older requests are dropped, so
// only the answer to the latest keystroke ever arrives (also across several consumers).
class SearchService final : public Searcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)
public:
    explicit SearchService(const QString &path,
                           KnowledgeBase::Access access = KnowledgeBase::Access::Profile,
                           QObject *parent = nullptr);
    ~SearchService() override;

    // Queues a search and returns its id (ids grow); earlier requests become stale.
    quint64 search(const SearchRequest &request) override;
    // Searches another database file from now on (after a sync or reseed).
    void setDatabase(const QString &path);
    quint64 latestRequest() const { return m_latest.load(); }

private:
    void deliver(quint64 requestId, const SearchResults &results);

    QThread m_thread;
    Search::Worker *m_worker = nullptr;
    std::atomic<quint64> m_latest{0};
};

} // namespace Flexwonen::Kb
