// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/knowledgebase.h"
#include "kb/search/searchtypes.h"

#include <QObject>

class QWidget;

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

class ErrorReporter;
class SavedSearchRunner;
class SearchField;
class SearchResultsDock;

// Saved searches that alert (issue 16.3): saves the search on screen with the results seen,
// runs a saved one in the search field and Zoekresultaten (its results are then seen), and
// after every content update counts each saved search's new or changed results.
class SavedSearches final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearches)
public:
    SavedSearches(Personal::PersonalStore &store, Kb::KnowledgeBase &kb,
                  Kb::KnowledgeBase::Access access, ErrorReporter &errors, SearchField *field,
                  SearchResultsDock *results, QObject *parent = nullptr);

    // "Zoekopdracht bewaren…": asks for a name (the query by default) and saves.
    void askToSave(QWidget *parent);
    // Saves query and filters under name; its current results count as seen.
    void save(const QString &name, const QString &query, const Kb::SearchFilters &filters);
    // Shows the saved search's results and marks them seen.
    void run(qint64 id);
    // Counts the new or changed results of every saved search (after an update).
    void recount();
    bool isBusy() const;

signals:
    void idle(); // every count and save asked for is done

private:
    Personal::PersonalStore &m_store;
    ErrorReporter &m_errors;
    SearchField *m_field;
    SearchResultsDock *m_results;
    SavedSearchRunner *m_runner;
};

} // namespace Flexwonen::Ui
