// SPDX-License-Identifier: EUPL-1.2
#include "storewriter.h"

#include "filtersjson.h"
#include "kb/coreerror.h"
#include "kb/database.h"
#include "kb/schema.h"
#include "personallog.h"

#include <QJsonDocument>
#include <QVariant>

namespace Flexwonen::Personal {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void replaceTitles(Kb::Connection &c, const QHash<QString, QString> &titles)
{
    c.exec(QStringLiteral("DELETE FROM known_item"));
    QSqlQuery q = c.prepare(
        QStringLiteral("INSERT INTO known_item (item_id, title) VALUES (?, coalesce(?, ''))"));
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        c.run(q);
    }
}

void replaceBookmarks(Kb::Connection &c, const QList<Bookmark> &bookmarks)
{
    c.exec(QStringLiteral("DELETE FROM bookmark"));
    QSqlQuery q = c.prepare(QStringLiteral(
        "INSERT INTO bookmark (item_id, created, folder) VALUES (?, ?, coalesce(?, ''))"));
    // Oldest first: rows of the same moment read back newest first by rowid.
    for (auto it = bookmarks.crbegin(); it != bookmarks.crend(); ++it) {
        const Bookmark &b = *it;
        q.addBindValue(b.itemId);
        q.addBindValue(iso(b.created));
        q.addBindValue(b.folder);
        c.run(q);
    }
}

void replaceFolders(Kb::Connection &c, const QStringList &folders)
{
    c.exec(QStringLiteral("DELETE FROM bookmark_folder"));
    QSqlQuery q = c.prepare(QStringLiteral("INSERT INTO bookmark_folder (name) VALUES (?)"));
    for (const QString &f : folders) {
        q.addBindValue(f);
        c.run(q);
    }
}

void replaceNotes(Kb::Connection &c, const QList<Note> &notes)
{
    c.exec(QStringLiteral("DELETE FROM note"));
    QSqlQuery q =
        c.prepare(QStringLiteral("INSERT INTO note (item_id, text, updated) VALUES (?, ?, ?)"));
    for (auto it = notes.crbegin(); it != notes.crend(); ++it) {
        const Note &n = *it;
        q.addBindValue(n.itemId);
        q.addBindValue(n.text);
        q.addBindValue(iso(n.updated));
        c.run(q);
    }
}

void writeHistory(Kb::Connection &c, const WriteBatch &batch)
{
    if (batch.clearHistory)
        c.exec(QStringLiteral("DELETE FROM history"));
    QSqlQuery q = c.prepare(QStringLiteral("INSERT INTO history (item_id, visited) VALUES (?, ?)"));
    for (const Visit &v : batch.newVisits) {
        q.addBindValue(v.itemId);
        q.addBindValue(iso(v.visited));
        c.run(q);
    }
}

void replaceSavedSearches(Kb::Connection &c, const QList<SavedSearch> &searches)
{
    c.exec(QStringLiteral("DELETE FROM saved_search_seen"));
    c.exec(QStringLiteral("DELETE FROM saved_search"));
    QSqlQuery q = c.prepare(
        QStringLiteral("INSERT INTO saved_search (id, query, created, name, filters, unseen) "
                       "VALUES (?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?)"));
    QSqlQuery seen = c.prepare(
        QStringLiteral("INSERT INTO saved_search_seen (search_id, item_id, rev) VALUES (?, ?, ?)"));
    for (const SavedSearch &s : searches) {
        q.addBindValue(s.id);
        q.addBindValue(s.query);
        q.addBindValue(iso(s.created));
        q.addBindValue(s.name);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(filtersToJson(s.filters)).toJson(QJsonDocument::Compact)));
        q.addBindValue(s.unseen);
        c.run(q);
        for (auto it = s.seen.cbegin(); it != s.seen.cend(); ++it) {
            seen.addBindValue(s.id);
            seen.addBindValue(it.key());
            seen.addBindValue(it.value());
            c.run(seen);
        }
    }
}

void replaceBasket(Kb::Connection &c, const QList<BasketEntry> &basket)
{
    c.exec(QStringLiteral("DELETE FROM basket_item"));
    QSqlQuery q =
        c.prepare(QStringLiteral("INSERT INTO basket_item (item_id, position) VALUES (?, ?)"));
    for (int i = 0; i < basket.size(); ++i) {
        q.addBindValue(basket.at(i).itemId);
        q.addBindValue(i);
        c.run(q);
    }
}

void replaceValues(Kb::Connection &c, const QHash<QString, QString> &values)
{
    c.exec(QStringLiteral("DELETE FROM personal_value"));
    QSqlQuery q =
        c.prepare(QStringLiteral("INSERT INTO personal_value (key, value) VALUES (?, ?)"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        c.run(q);
    }
}

} // namespace

class StoreWriter::Worker : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
    {}

    WriteResult write(WriteBatch batch)
    {
        WriteResult result;
        try {
            if (!m_connection) {
                m_connection =
                    std::make_unique<Kb::Connection>(m_path, Kb::Connection::Mode::ReadWrite);
            }
            Kb::Connection &c = *m_connection;
            Kb::Transaction transaction(c);
            if (batch.titles)
                replaceTitles(c, *batch.titles);
            if (batch.bookmarks)
                replaceBookmarks(c, *batch.bookmarks);
            if (batch.folders)
                replaceFolders(c, *batch.folders);
            if (batch.notes)
                replaceNotes(c, *batch.notes);
            writeHistory(c, batch);
            if (batch.savedSearches)
                replaceSavedSearches(c, *batch.savedSearches);
            if (batch.basket)
                replaceBasket(c, *batch.basket);
            if (batch.values)
                replaceValues(c, *batch.values);
            transaction.commit();
        } catch (const Flexwonen::Error &e) {
            qCWarning(lcPersonal) << "write failed:" << e.message();
            m_connection.reset(); // open again next time: the file may have come back
            result.ok = false;
            result.message = e.message();
            result.batch = std::move(batch);
        }
        return result;
    }

    void close() { m_connection.reset(); }

private:
    QString m_path;
    std::unique_ptr<Kb::Connection> m_connection;
};

StoreWriter::StoreWriter(const QString &path)
    : m_worker(new Worker(path))
{
    m_thread.setObjectName(QStringLiteral("flexwonen-personal-writer"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

StoreWriter::~StoreWriter()
{
    // Queued batches run first: quit() is handled after the events posted before it.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWriter::post(WriteBatch batch, QObject *context,
                       std::function<void(const WriteResult &)> done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, batch = std::move(batch), context, done = std::move(done)]() mutable {
            WriteResult result = w->write(std::move(batch));
            QMetaObject::invokeMethod(
                context, [done, result = std::move(result)] { done(result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

WriteResult StoreWriter::writeAndWait(WriteBatch batch)
{
    WriteResult result;
    QMetaObject::invokeMethod(
        m_worker, [&] { result = m_worker->write(std::move(batch)); },
        Qt::BlockingQueuedConnection);
    return result;
}

} // namespace Flexwonen::Personal
