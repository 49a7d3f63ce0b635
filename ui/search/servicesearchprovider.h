// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchprovider.h"

#include <QHash>

namespace Flexwonen::Kb {
class SearchService;
struct SearchResults;
} // namespace Flexwonen::Kb

namespace Flexwonen::Ui {

// The window's search over the core's full-text SearchService (its own thread, Dutch stemming):
// translates requests and answers between the two and keeps the window's request ids.
class ServiceSearchProvider final : public SearchProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceSearchProvider)
public:
    explicit ServiceSearchProvider(Kb::SearchService &service, QObject *parent = nullptr);

    void requestSearch(quint64 id, const QString &query, const SearchFilters &filters,
                       int limit) override;

    // The service marks matches as HTML <b>…</b>; the window wants plain text with marks.
    static QString markedSnippet(const QString &html);

private:
    void deliver(quint64 serviceId, const Kb::SearchResults &results);

    Kb::SearchService &m_service;
    QHash<quint64, std::pair<quint64, SearchFilters>> m_pending; // service id -> ours, filters
};

} // namespace Flexwonen::Ui
