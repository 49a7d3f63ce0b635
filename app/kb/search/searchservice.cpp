// SPDX-License-Identifier: EUPL-1.2
#include "searchservice.h"

#include "../kblog.h"

#include "kb/database.h"
#include "kb/kberror.h"
#include "kb/schema.h"
#include "kb/search/engine.h"

#include <memory>

namespace Flexwonen::Kb {

namespace Search {

// Lives on the service's thread and owns the connection there (a QSqlDatabase connection may
// only be used by the thread that opened it).
class Worker : public QObject
{
public:
    Worker(QString path, KnowledgeBase::Access access, const std::atomic<quint64> &latest)
        : m_path(std::move(path))
        , m_access(access)
        , m_latest(latest)
    {}

    void setPath(const QString &path)
    {
        m_engine.reset();
        m_connection.reset();
        m_path = path;
    }

    // Returns false when the request was overtaken (nothing to deliver).
    bool run(quint64 id, const SearchRequest &request, SearchResults *results, QString *error)
    {
        if (m_latest.load() != id)
            return false;
        try {
            open();
            *results = m_engine->search(request, [this, id] { return m_latest.load() != id; });
        } catch (const Cancelled &) {
            return false;
        } catch (const Error &e) {
            *error = e.message();
            qCWarning(lcSearch).noquote() << QStringLiteral("zoeken mislukt: %1").arg(e.message());
        }
        return m_latest.load() == id;
    }

private:
    void open()
    {
        if (m_engine)
            return;
        const bool profile = m_access == KnowledgeBase::Access::Profile;
        m_connection = Connection::openForReading(m_path, profile ? Connection::Mode::ReadWrite
                                                                  : Connection::Mode::ReadOnly);
        if (profile)
            m_connection->exec(QStringLiteral("PRAGMA query_only = 1"));
        else
            Schema::checkOwnSchema(*m_connection); // someone else's file (--kb)
        m_engine = std::make_unique<Engine>(m_connection->handle());
    }

    QString m_path;
    KnowledgeBase::Access m_access;
    const std::atomic<quint64> &m_latest;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Engine> m_engine;
};

} // namespace Search

SearchService::SearchService(const QString &path, KnowledgeBase::Access access, QObject *parent)
    : Searcher(parent)
{
    qRegisterMetaType<SearchResults>();
    m_thread.setObjectName(QStringLiteral("flexwonen-zoeken"));
    m_worker = new Search::Worker(path, access, m_latest);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latest.store(~quint64(0)); // cancels a running search
    Search::Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchService::search(const SearchRequest &request)
{
    const quint64 id = m_latest.fetch_add(1) + 1;
    Search::Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, id, request] {
            SearchResults results;
            QString error;
            if (!worker->run(id, request, &results, &error))
                return;
            // Back on the service's thread; deliver() drops it if a newer request came meanwhile.
            QMetaObject::invokeMethod(
                this,
                [this, id, results, error] {
                    if (error.isEmpty())
                        deliver(id, results);
                    else if (id == m_latest.load())
                        emit failed(id, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void SearchService::setDatabase(const QString &path)
{
    Search::Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, path] { worker->setPath(path); }, Qt::QueuedConnection);
}

void SearchService::deliver(quint64 requestId, const SearchResults &results)
{
    if (requestId == m_latest.load())
        emit resultsReady(requestId, results);
}

} // namespace Flexwonen::Kb
