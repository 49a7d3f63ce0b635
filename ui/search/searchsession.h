// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchprovider.h"

#include <QObject>
#include <QTimer>

namespace Flexwonen::Ui {

// One consumer's conversation with the search provider: debounces typing, tags every request and
// accepts only the answer to the latest one, so typing fast never shows stale results.
class SearchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchSession)
public:
    SearchSession(SearchProvider &provider, int limit, int debounceMs, QObject *parent = nullptr);

    // Debounced: the request leaves after debounceMs without further typing.
    void setQuery(const QString &query);
    // Immediate.
    void search(const QString &query, const SearchFilters &filters = {});
    void clear();

    QString query() const { return m_query; }
    SearchFilters filters() const { return m_filters; }
    bool isBusy() const { return m_pending != 0; }
    const SearchResults &results() const { return m_results; }

signals:
    void resultsChanged(const Flexwonen::Ui::SearchResults &results);
    void busyChanged(bool busy);

private:
    void send();
    void receive(quint64 id, const Flexwonen::Ui::SearchResults &results);
    void setPending(quint64 id);

    SearchProvider &m_provider;
    int m_limit;
    QTimer m_debounce;
    QString m_query;
    SearchFilters m_filters;
    quint64 m_pending = 0;
    SearchResults m_results;
};

} // namespace Flexwonen::Ui
