// SPDX-License-Identifier: EUPL-1.2
#include "savedsearchrunner.h"

#include "kb/kberror.h"
#include "kb/search/searchservice.h"

namespace Flexwonen::Ui {

namespace {
// The first request's page; a search with more results asks again for all of them.
constexpr int FirstLimit = 1000;
constexpr int MostResults = 100000;
} // namespace

SavedSearchRunner::SavedSearchRunner(Kb::KnowledgeBase &kb, Kb::KnowledgeBase::Access access,
                                     QObject *parent)
    : QObject(parent)
    , m_kb(kb)
    , m_access(access)
{
    // Connected before anyone who searches again after an update: the service reads the new
    // content by then.
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, [this] {
        if (m_service)
            m_service->setDatabase(m_kb.path());
    });
}

SavedSearchRunner::~SavedSearchRunner() = default;

void SavedSearchRunner::fetch(const QString &query, const Kb::SearchFilters &filters, Done done)
{
    m_queue.append({query.trimmed(), filters, std::move(done), FirstLimit});
    if (m_pending == 0)
        next();
}

void SavedSearchRunner::next()
{
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    m_current = m_queue.takeFirst();
    if (m_current.query.isEmpty()) {
        const Done done = m_current.done;
        done({});
        next();
        return;
    }
    send();
}

void SavedSearchRunner::send()
{
    if (!m_service) {
        m_service = std::make_unique<Kb::SearchService>(m_kb.path(), m_access);
        connect(m_service.get(), &Kb::Searcher::resultsReady, this, &SavedSearchRunner::receive);
        connect(m_service.get(), &Kb::Searcher::failed, this, &SavedSearchRunner::fail);
    }
    Kb::SearchRequest request;
    request.text = m_current.query;
    request.filters = m_current.filters;
    request.limit = m_current.limit;
    m_pending = m_service->search(request);
}

void SavedSearchRunner::receive(quint64 id, const Kb::SearchResults &results)
{
    if (id == 0 || id != m_pending)
        return;
    m_pending = 0;
    if (results.total > m_current.limit && m_current.limit < MostResults) {
        m_current.limit = int(qMin<qint64>(results.total, MostResults));
        send(); // the rest of the results
        return;
    }
    // A best match adds items that lack some of the words: they are no results to watch.
    QStringList ids;
    for (const Kb::SearchHit &hit : results.hits)
        if (hit.missing.isEmpty())
            ids.append(hit.id);
    QHash<QString, int> revisions;
    try {
        const QHash<QString, Kb::ItemStamp> stamps = m_kb.stamps(ids);
        for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
            revisions.insert(it.key(), it.value().rev);
    } catch (const Flexwonen::Error &e) {
        emit failed(e.message());
        next();
        return;
    }
    const Done done = m_current.done;
    done(revisions);
    next();
}

void SavedSearchRunner::fail(quint64 id, const QString &message)
{
    if (id == 0 || id != m_pending)
        return;
    m_pending = 0;
    emit failed(message);
    next();
}

} // namespace Flexwonen::Ui
