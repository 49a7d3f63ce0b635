// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searcher.h"

#include <QObject>
#include <QTimer>

namespace Flexwonen::Ui {

// One consumer's conversation with the search: debounces typing and accepts only the answer to
// its latest request (by the searcher's request id), so typing fast never shows stale results.
class SearchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchSession)
public:
    SearchSession(Kb::Searcher &searcher, int limit, int debounceMs, QObject *parent = nullptr);

    // Debounced: the request leaves after debounceMs without further typing.
    void setQuery(const QString &query);
    // Immediate.
    void search(const QString &query, const Kb::SearchFilters &filters = {});
    void clear();

    QString query() const { return m_query; }
    Kb::SearchFilters filters() const { return m_filters; }
    bool isBusy() const { return m_pending != 0; }
    const Kb::SearchResults &results() const { return m_results; }

signals:
    void resultsChanged(const Flexwonen::Kb::SearchResults &results);
    void busyChanged(bool busy);

private:
    void send();
    void receive(quint64 id, const Flexwonen::Kb::SearchResults &results);
    void fail(quint64 id);
    void setPending(quint64 id);

    Kb::Searcher &m_searcher;
    int m_limit;
    QTimer m_debounce;
    QString m_query;
    Kb::SearchFilters m_filters;
    quint64 m_pending = 0; // the searcher's id of the request in flight; 0: none
    Kb::SearchResults m_results;
};

} // namespace Flexwonen::Ui
