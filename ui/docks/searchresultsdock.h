// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searcher.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class ErrorReporter;
class SearchResultModel;
class SearchSession;

// The Zoekresultaten panel: the full result list of a submitted search, with highlighted
// snippets, filters by type and region, and a suggestion when nothing matched.
class SearchResultsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsDock)
public:
    static constexpr int ResultLimit = 100;

    SearchResultsDock(Kb::Searcher &searcher, Kb::KnowledgeBase &kb, ErrorReporter &errors,
                      QWidget *parent = nullptr);

    void search(const QString &query);
    // The search the field's Enter asks for. When its results name exactly one municipality
    // (the whole query is its name: "Venlo"), that answer row is activated as soon as they
    // arrive, so Enter opens the region with the municipality marked, as choosing the
    // suggestion does; the list is filled all the same.
    void submit(const QString &query);
    // A saved search: its filters set in the panel, then searched.
    void searchWith(const QString &query, const Kb::SearchFilters &filters);
    // The filters set in the panel now.
    Kb::SearchFilters filters() const;
    // "Zoekopdracht bewaren…", enabled while a search is on screen.
    QPushButton *saveButton() const { return m_save; }
    QListView *view() const { return m_view; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *regionFilter() const { return m_region; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    // Above the results of a best match: not every result has every word.
    QLabel *bestMatchLabel() const { return m_bestMatch; }
    SearchSession *session() const { return m_session; }
    // Shown while a filter is set: which, and a button that clears them.
    QWidget *filterNotice() const { return m_filterNotice; }
    QLabel *filterLabel() const { return m_filterLabel; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    void clearFilters();

signals:
    void itemActivated(const QString &itemId, bool newTab);
    void busyChanged(bool busy);
    void saveRequested(); // the user wants the search on screen saved

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters(Kb::KnowledgeBase &kb);
    void labelFilters();
    void rerun();
    void showResults(const Kb::SearchResults &results);
    void showUnfilteredCount(const Kb::SearchResults &results);
    void showStatus(); // the status, best match and suggestion lines
    void updateFilterNotice();
    QString filterText() const;
    void activate(const QModelIndex &index);
    static QString bestMatchText(const Kb::SearchResults &results);

    SearchSession *m_session;
    // Counts the hits without the filters when the filtered search found none.
    SearchSession *m_unfiltered;
    SearchResultModel *m_model;
    QComboBox *m_type;
    QComboBox *m_region;
    QLabel *m_status;
    QLabel *m_suggestion;
    QLabel *m_bestMatch;
    QWidget *m_filterNotice;
    QLabel *m_filterLabel;
    QPushButton *m_clearFilters;
    QPushButton *m_save;
    QListView *m_view;
    // The search on its way came from submit(): open its municipality answer (issue 14).
    bool m_openAnswer = false;
};

} // namespace Flexwonen::Ui
