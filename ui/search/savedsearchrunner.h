// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/knowledgebase.h"
#include "kb/search/searchtypes.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QList>
#include <QObject>

namespace Flexwonen::Kb {
class SearchService;
}

namespace Flexwonen::Ui {

// Runs saved searches for their whole result set: every matching item's id with its revision.
// It searches on a search service of its own (its own thread and connection): the window's
// service answers only its latest request, so these searches would cancel the user's typing and
// the other way round. One search at a time, in the order asked.
class SavedSearchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchRunner)
public:
    // revisions: item id -> revision of every result that has all the query's words.
    using Done = std::function<void(const QHash<QString, int> &revisions)>;

    SavedSearchRunner(Kb::KnowledgeBase &kb, Kb::KnowledgeBase::Access access,
                      QObject *parent = nullptr);
    ~SavedSearchRunner() override;

    void fetch(const QString &query, const Kb::SearchFilters &filters, Done done);
    bool isBusy() const { return m_pending != 0 || !m_queue.isEmpty(); }

signals:
    void idle(); // every search asked for has been answered
    void failed(const QString &message);

private:
    struct Job
    {
        QString query;
        Kb::SearchFilters filters;
        Done done;
        int limit = 0;
    };
    void next();
    void send();
    void receive(quint64 id, const Flexwonen::Kb::SearchResults &results);
    void fail(quint64 id, const QString &message);

    Kb::KnowledgeBase &m_kb;
    Kb::KnowledgeBase::Access m_access;
    std::unique_ptr<Kb::SearchService> m_service; // started on first use
    QList<Job> m_queue;
    Job m_current;
    quint64 m_pending = 0;
};

} // namespace Flexwonen::Ui
