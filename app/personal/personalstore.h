// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "personaltypes.h"

#include <memory>
#include <QObject>

namespace Flexwonen::Personal {

class StoreWriter;
struct WriteResult;

// The user's personal layer (bookmarks, notes, history, saved searches, the report basket, the
// open tabs), kept in user.sqlite. Reads come from memory; every change is applied in memory at
// once, signalled, and written to disk on a worker thread (StoreWriter), so the window never
// waits for the disk. Everything is keyed by stable content ids and keeps the item's last title.
// Use from one thread (the window's); the destructor waits until every change is written.
class PersonalStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonalStore)
public:
    // Opens (and migrates) the database and reads it. Throws Kb::Error.
    explicit PersonalStore(const QString &path, QObject *parent = nullptr);
    ~PersonalStore() override;

    // Blocks until every change made so far is on disk (before an export, in tests).
    void flush();

    // The title an item had when the user last touched it; empty when unknown.
    QString lastTitle(const QString &itemId) const;
    // After an update: the current titles of items that still exist (id -> title). Items not
    // in the map keep their last title.
    void refreshTitles(const QHash<QString, QString> &titles);
    // Every item id the store keeps something about.
    QStringList itemIds() const;

    // Bookmarks, newest first. Folders are one level deep; "" is the top level.
    QList<Bookmark> bookmarks() const;
    std::optional<Bookmark> bookmark(const QString &itemId) const;
    bool isBookmarked(const QString &itemId) const { return bookmark(itemId).has_value(); }
    void addBookmark(const QString &itemId, const QString &title, const QString &folder = {});
    void removeBookmark(const QString &itemId);
    void moveBookmark(const QString &itemId, const QString &folder);
    QStringList folders() const; // sorted; also folders without bookmarks
    void addFolder(const QString &name);
    void renameFolder(const QString &from, const QString &to); // merges into an existing one
    void removeFolder(const QString &name); // its bookmarks move to the top level

    // Notes: Markdown, one per item. Empty text removes the note.
    QString note(const QString &itemId) const;
    QList<Note> notes() const; // most recently changed first
    void setNote(const QString &itemId, const QString &title, const QString &text);

    // History: every opening of an item, newest first.
    QList<Visit> history(int limit = 500) const;
    void recordVisit(const QString &itemId, const QString &title);
    void clearHistory();

    // Saved searches, in the order they were saved.
    QList<SavedSearch> savedSearches() const;
    std::optional<SavedSearch> savedSearch(qint64 id) const;
    // seen: the results the user has seen when saving (item id -> revision).
    qint64 saveSearch(const QString &name, const QString &query, const Kb::SearchFilters &filters,
                      const QHash<QString, int> &seen);
    void renameSavedSearch(qint64 id, const QString &name);
    void removeSavedSearch(qint64 id);
    // The user looked at the results: they are seen, the count of new ones returns to 0.
    void markSeen(qint64 id, const QHash<QString, int> &seen);
    // After an update: how many results are new or changed since they were seen.
    void setUnseen(qint64 id, int count);

    // The report basket, in the user's order, and its cover note.
    QList<BasketEntry> basket() const;
    bool inBasket(const QString &itemId) const;
    void addToBasket(const QString &itemId, const QString &title); // at the end; once
    void removeFromBasket(const QString &itemId);
    void moveInBasket(int from, int to);
    void clearBasket();
    QString basketNote() const;
    void setBasketNote(const QString &text);

    // The open tabs of the last session.
    Session session() const;
    void setSession(const Session &session);

    // All personal data, as one snapshot (export), and merged in (import): bookmarks, notes and
    // saved searches of both are kept (the newer note wins), history is joined, the basket gains
    // the items it lacks. Returns what the merge added.
    PersonalData snapshot() const;
    MergeCounts merge(const PersonalData &data);

signals:
    void bookmarksChanged();
    void notesChanged();
    void historyChanged();
    void savedSearchesChanged();
    void basketChanged();
    // A change could not be written (a full disk, a file gone): the core's Dutch line. The
    // change stays in memory and is written again with the next change or flush().
    void writeFailed(const QString &message);

private:
    struct State;
    enum Part : unsigned {
        Titles = 1,
        Bookmarks = 2,
        Notes = 4,
        History = 8,
        Searches = 16,
        Basket = 32,
        Values = 64,
    };
    void remember(const QString &itemId, const QString &title);
    void touch(unsigned parts); // marks parts for writing and schedules the write
    void writeNow();
    void finishWrite(const WriteResult &result);

    std::unique_ptr<State> d;
    std::unique_ptr<StoreWriter> m_writer;
};

} // namespace Flexwonen::Personal
