// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchsession.h"

namespace Flexwonen::Ui {

SearchSession::SearchSession(SearchProvider &provider, int limit, int debounceMs, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_limit(limit)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchSession::send);
    connect(&provider, &SearchProvider::resultsReady, this, &SearchSession::receive);
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

void SearchSession::search(const QString &query, const SearchFilters &filters)
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
    const quint64 id = m_provider.nextRequestId();
    setPending(id);
    m_provider.requestSearch(id, m_query, m_filters, m_limit);
}

void SearchSession::receive(quint64 id, const SearchResults &results)
{
    if (id == 0 || id != m_pending)
        return; // an answer to a request that was superseded, or another consumer's
    setPending(0);
    m_results = results;
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
