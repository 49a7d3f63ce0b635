// SPDX-License-Identifier: EUPL-1.2
#include "savedsearches.h"

#include "common/errorreporter.h"
#include "docks/searchresultsdock.h"
#include "personal/personalstore.h"
#include "personal/searchalerts.h"
#include "search/savedsearchrunner.h"
#include "search/searchfield.h"
#include "search/searchsession.h"

#include <QInputDialog>

namespace Flexwonen::Ui {

SavedSearches::SavedSearches(Personal::PersonalStore &store, Kb::KnowledgeBase &kb,
                             Kb::KnowledgeBase::Access access, ErrorReporter &errors,
                             SearchField *field, SearchResultsDock *results, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_errors(errors)
    , m_field(field)
    , m_results(results)
    , m_runner(new SavedSearchRunner(kb, access, this))
{
    connect(m_runner, &SavedSearchRunner::idle, this, &SavedSearches::idle);
    connect(m_runner, &SavedSearchRunner::failed, this,
            [this](const QString &message) { m_errors.report(Task::Search, message); });
    // After the runner's own connection: it searches the new content by then.
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, &SavedSearches::recount);
    connect(results, &SearchResultsDock::saveRequested, this,
            [this] { askToSave(m_results->window()); });
}

void SavedSearches::askToSave(QWidget *parent)
{
    const QString query = m_results->session()->query();
    if (query.isEmpty())
        return;
    const Kb::SearchFilters filters = m_results->filters();
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, tr("Zoekopdracht bewaren"), tr("Naam van de zoekopdracht:"),
                              QLineEdit::Normal, query, &ok)
            .trimmed();
    if (ok)
        save(name.isEmpty() ? query : name, query, filters);
}

void SavedSearches::save(const QString &name, const QString &query,
                         const Kb::SearchFilters &filters)
{
    // Saved once its results are known: they are what the user has seen.
    m_runner->fetch(query, filters, [this, name, query, filters](const QHash<QString, int> &seen) {
        m_store.saveSearch(name, query, filters, seen);
    });
}

void SavedSearches::run(qint64 id)
{
    const auto search = m_store.savedSearch(id);
    if (!search)
        return;
    m_field->setText(search->query);
    m_results->show();
    m_results->raise();
    m_results->searchWith(search->query, search->filters);
    // What the list shows now is seen; a count that finishes later starts from it.
    m_runner->fetch(search->query, search->filters, [this, id](const QHash<QString, int> &seen) {
        if (m_store.savedSearch(id))
            m_store.markSeen(id, seen);
    });
}

void SavedSearches::recount()
{
    for (const Personal::SavedSearch &search : m_store.savedSearches()) {
        const qint64 id = search.id;
        m_runner->fetch(search.query, search.filters, [this, id](const QHash<QString, int> &now) {
            // The seen results of this moment: the user may have opened it meanwhile.
            if (const auto current = m_store.savedSearch(id))
                m_store.setUnseen(id, Personal::countNewOrChanged(current->seen, now));
        });
    }
}

bool SavedSearches::isBusy() const
{
    return m_runner->isBusy();
}

} // namespace Flexwonen::Ui
