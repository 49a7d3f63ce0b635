// SPDX-License-Identifier: EUPL-1.2
#include "searchsession.h"

namespace Flexwonen::Ui {

SearchSession::SearchSession(Kb::Searcher &searcher, int limit, int debounceMs, QObject *parent)
    : QObject(parent)
    , m_searcher(searcher)
    , m_limit(limit)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchSession::send);
    connect(&searcher, &Kb::Searcher::resultsReady, this, &SearchSession::receive);
    connect(&searcher, &Kb::Searcher::failed, this, &SearchSession::fail);
}

void SearchSession::setQuery(const QString &query)
{
    m_query = query.trimmed();
    if (m_query.isEmpty()) {
        clear();
        return;
    }
    // Whatever is in flight is already stale.
    setPending(0);
    m_debounce.start();
}

void SearchSession::search(const QString &query, const Kb::SearchFilters &filters)
{
    m_debounce.stop();
    m_query = query.trimmed();
    m_filters = filters;
    if (m_query.isEmpty()) {
        clear();
        return;
    }
    send();
}

void SearchSession::clear()
{
    m_debounce.stop();
    m_query.clear();
    setPending(0);
    m_results = {};
    emit resultsChanged(m_results);
}

void SearchSession::send()
{
    Kb::SearchRequest request;
    request.text = m_query;
    request.filters = m_filters;
    request.limit = m_limit;
    setPending(m_searcher.search(request));
}

void SearchSession::receive(quint64 id, const Kb::SearchResults &results)
{
    if (id == 0 || id != m_pending)
        return; // an answer to a request that was superseded, or another consumer's
    setPending(0);
    m_results = results;
    emit resultsChanged(m_results);
}

void SearchSession::fail(quint64 id)
{
    if (id == 0 || id != m_pending)
        return;
    // A failed query shows as no results rather than leaving the list waiting; the searcher's
    // message is the window's to report.
    setPending(0);
    m_results = {};
    m_results.filters = m_filters;
    emit resultsChanged(m_results);
}

void SearchSession::setPending(quint64 id)
{
    const bool wasBusy = isBusy();
    m_pending = id;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

} // namespace Flexwonen::Ui
