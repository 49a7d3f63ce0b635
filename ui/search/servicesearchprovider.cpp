// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicesearchprovider.h"

#include "kb/search/searchservice.h"

namespace Flexwonen::Ui {

ServiceSearchProvider::ServiceSearchProvider(Kb::SearchService &service, QObject *parent)
    : SearchProvider(parent)
    , m_service(service)
{
    connect(&service, &Kb::SearchService::resultsReady, this, &ServiceSearchProvider::deliver);
    connect(&service, &Kb::SearchService::failed, this,
            [this](quint64 serviceId, const QString &message) {
                // A failed query shows as no results rather than leaving the list waiting.
                const auto pending = m_pending.take(serviceId);
                if (pending.first == 0)
                    return;
                emit failed(message);
                emit resultsReady(pending.first, SearchResults{{}, pending.second, {}, 0, {}});
            });
}

void ServiceSearchProvider::requestSearch(quint64 id, const QString &query,
                                          const SearchFilters &filters, int limit)
{
    Kb::SearchRequest request;
    request.text = query;
    request.limit = limit;
    request.type = filters.type;
    request.region = filters.region;
    request.dossier = filters.dossier;
    // Older requests will never be answered by the service: forget them.
    m_pending.clear();
    m_pending.insert(m_service.search(request), {id, filters});
}

QString ServiceSearchProvider::markedSnippet(const QString &html)
{
    QString text = html;
    text.replace(QLatin1String("<b>"), QString(MarkStart));
    text.replace(QLatin1String("</b>"), QString(MarkEnd));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

void ServiceSearchProvider::deliver(quint64 serviceId, const Kb::SearchResults &results)
{
    const auto pending = m_pending.take(serviceId);
    if (pending.first == 0)
        return;
    SearchResults out;
    out.query = results.query;
    out.filters = pending.second;
    out.total = int(results.total);
    out.suggestion = results.suggestion;
    for (const Kb::SearchHit &hit : results.hits)
        out.hits.append({hit.id, hit.type, hit.title, markedSnippet(hit.snippet), hit.score});
    emit resultsReady(pending.first, out);
}

} // namespace Flexwonen::Ui
