// SPDX-License-Identifier: EUPL-1.2
#include "personalstore.h"

#include "filtersjson.h"
#include "kb/database.h"
#include "kb/schema.h"
#include "personallog.h"
#include "storewriter.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QVariant>

namespace Flexwonen::Personal {

namespace {

// How long changes gather before they are written: a burst of history or a note being typed
// becomes one transaction.
constexpr int WriteDelayMs = 250;
// The history kept in memory; the database keeps all of it until the user clears it.
constexpr int HistoryInMemory = 5000;

const QString SessionKey = QStringLiteral("session");
const QString BasketNoteKey = QStringLiteral("basket_note");

QDateTime fromIso(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

template <typename Row> void eachRow(Kb::Connection &c, const QString &sql, Row row)
{
    QSqlQuery q = c.prepare(sql);
    c.run(q);
    while (q.next())
        row(q);
}

QString sessionToJson(const Session &session)
{
    QJsonArray tabs;
    for (const SessionTab &t : session.tabs) {
        QJsonObject tab{{QStringLiteral("item"), t.itemId}, {QStringLiteral("top"), t.topPosition}};
        if (!t.municipality.isEmpty())
            tab.insert(QStringLiteral("municipality"), t.municipality);
        tabs.append(tab);
    }
    const QJsonObject json{{QStringLiteral("tabs"), tabs},
                           {QStringLiteral("current"), session.current}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Session sessionFromJson(const QString &text)
{
    Session session;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonArray tabs = json.value(QStringLiteral("tabs")).toArray();
    for (const QJsonValue &v : tabs) {
        const QJsonObject o = v.toObject();
        session.tabs.append({o.value(QStringLiteral("item")).toString(),
                             o.value(QStringLiteral("municipality")).toString(),
                             std::max(0, o.value(QStringLiteral("top")).toInt())});
    }
    session.current = std::clamp(json.value(QStringLiteral("current")).toInt(), 0,
                                 std::max(0, int(session.tabs.size()) - 1));
    return session;
}

} // namespace

struct PersonalStore::State
{
    QHash<QString, QString> titles;
    QList<Bookmark> bookmarks; // newest first
    QStringList folders;
    QList<Note> notes;            // most recently changed first
    QList<Visit> history;         // newest first
    QList<Visit> unwrittenVisits; // oldest first
    bool clearHistory = false;
    QList<SavedSearch> searches;
    QList<QString> basket;
    QHash<QString, QString> values;
    unsigned dirty = 0;
    QTimer writeTimer;

    void load(Kb::Connection &c)
    {
        eachRow(c, QStringLiteral("SELECT item_id, title FROM known_item"),
                [&](const QSqlQuery &q) {
                    titles.insert(q.value(0).toString(), q.value(1).toString());
                });
        eachRow(c,
                QStringLiteral("SELECT item_id, folder, created FROM bookmark "
                               "ORDER BY created DESC, rowid DESC"),
                [&](const QSqlQuery &q) {
                    bookmarks.append(
                        {q.value(0).toString(), {}, q.value(1).toString(), fromIso(q.value(2))});
                });
        eachRow(c, QStringLiteral("SELECT name FROM bookmark_folder ORDER BY name"),
                [&](const QSqlQuery &q) { folders.append(q.value(0).toString()); });
        eachRow(c,
                QStringLiteral("SELECT item_id, text, updated FROM note "
                               "ORDER BY updated DESC, rowid DESC"),
                [&](const QSqlQuery &q) {
                    notes.append(
                        {q.value(0).toString(), {}, q.value(1).toString(), fromIso(q.value(2))});
                });
        eachRow(c,
                QStringLiteral("SELECT item_id, visited FROM history "
                               "ORDER BY visited DESC, id DESC LIMIT %1")
                    .arg(HistoryInMemory),
                [&](const QSqlQuery &q) {
                    history.append({q.value(0).toString(), {}, fromIso(q.value(1))});
                });
        loadSearches(c);
        eachRow(c, QStringLiteral("SELECT item_id FROM basket_item ORDER BY position"),
                [&](const QSqlQuery &q) { basket.append(q.value(0).toString()); });
        eachRow(c, QStringLiteral("SELECT key, value FROM personal_value"),
                [&](const QSqlQuery &q) {
                    values.insert(q.value(0).toString(), q.value(1).toString());
                });
    }

    void loadSearches(Kb::Connection &c)
    {
        eachRow(c,
                QStringLiteral("SELECT id, name, query, filters, created, unseen FROM saved_search "
                               "ORDER BY id"),
                [&](const QSqlQuery &q) {
                    SavedSearch s;
                    s.id = q.value(0).toLongLong();
                    s.name = q.value(1).toString();
                    s.query = q.value(2).toString();
                    s.filters = filtersFromJson(
                        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
                    s.created = fromIso(q.value(4));
                    s.unseen = q.value(5).toInt();
                    if (s.name.isEmpty())
                        s.name = s.query;
                    searches.append(s);
                });
        eachRow(c, QStringLiteral("SELECT search_id, item_id, rev FROM saved_search_seen"),
                [&](const QSqlQuery &q) {
                    for (SavedSearch &s : searches) {
                        if (s.id == q.value(0).toLongLong())
                            s.seen.insert(q.value(1).toString(), q.value(2).toInt());
                    }
                });
    }

    // Only ids the store still keeps something about keep a title.
    QHash<QString, QString> usedTitles() const
    {
        QSet<QString> used;
        for (const Bookmark &b : bookmarks)
            used.insert(b.itemId);
        for (const Note &n : notes)
            used.insert(n.itemId);
        for (const Visit &v : history)
            used.insert(v.itemId);
        for (const QString &id : basket)
            used.insert(id);
        QHash<QString, QString> result;
        for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
            if (used.contains(it.key()))
                result.insert(it.key(), it.value());
        }
        return result;
    }

    WriteBatch takeBatch()
    {
        WriteBatch batch;
        batch.parts = dirty;
        if (dirty & Titles)
            batch.titles = usedTitles();
        if (dirty & Bookmarks) {
            batch.bookmarks = bookmarks;
            batch.folders = folders;
        }
        if (dirty & Notes)
            batch.notes = notes;
        if (dirty & History) {
            batch.newVisits = std::exchange(unwrittenVisits, {});
            batch.clearHistory = std::exchange(clearHistory, false);
        }
        if (dirty & Searches)
            batch.savedSearches = searches;
        if (dirty & Basket) {
            QList<BasketEntry> entries;
            for (const QString &id : basket)
                entries.append({id, {}});
            batch.basket = entries;
        }
        if (dirty & Values)
            batch.values = values;
        dirty = 0;
        return batch;
    }

    void giveBack(const WriteBatch &failed)
    {
        dirty |= failed.parts;
        unwrittenVisits = failed.newVisits + unwrittenVisits;
        clearHistory = clearHistory || failed.clearHistory;
    }

    SavedSearch *search(qint64 id)
    {
        auto it = std::find_if(searches.begin(), searches.end(),
                               [id](const SavedSearch &s) { return s.id == id; });
        return it == searches.end() ? nullptr : &*it;
    }
};

PersonalStore::PersonalStore(const QString &path, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
{
    {
        Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
        Kb::Schema::migrate(c, Kb::Schema::Store::User);
        d->load(c);
    }
    m_writer = std::make_unique<StoreWriter>(path);
    d->writeTimer.setSingleShot(true);
    d->writeTimer.setInterval(WriteDelayMs);
    connect(&d->writeTimer, &QTimer::timeout, this, &PersonalStore::writeNow);
}

PersonalStore::~PersonalStore()
{
    flush();
}

void PersonalStore::touch(unsigned parts)
{
    d->dirty |= parts;
    if (!d->writeTimer.isActive())
        d->writeTimer.start();
}

void PersonalStore::writeNow()
{
    d->writeTimer.stop();
    if (d->dirty == 0)
        return;
    m_writer->post(d->takeBatch(), this, [this](const WriteResult &r) { finishWrite(r); });
}

void PersonalStore::flush()
{
    d->writeTimer.stop();
    // Also waits for the batches posted before; their results arrive as queued calls.
    finishWrite(m_writer->writeAndWait(d->takeBatch()));
}

void PersonalStore::finishWrite(const WriteResult &result)
{
    if (result.ok)
        return;
    d->giveBack(result.batch); // written again with the next change or flush
    emit writeFailed(result.message);
}

void PersonalStore::remember(const QString &itemId, const QString &title)
{
    if (title.isEmpty() || d->titles.value(itemId) == title)
        return;
    d->titles.insert(itemId, title);
    touch(Titles);
}

QString PersonalStore::lastTitle(const QString &itemId) const
{
    return d->titles.value(itemId);
}

void PersonalStore::refreshTitles(const QHash<QString, QString> &titles)
{
    bool changed = false;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        auto known = d->titles.find(it.key());
        if (known != d->titles.end() && *known != it.value() && !it.value().isEmpty()) {
            *known = it.value();
            changed = true;
        }
    }
    if (!changed)
        return;
    touch(Titles);
    emit bookmarksChanged();
    emit notesChanged();
    emit historyChanged();
    emit basketChanged();
}

QStringList PersonalStore::itemIds() const
{
    QStringList ids = d->titles.keys();
    for (const Bookmark &b : d->bookmarks)
        ids.append(b.itemId);
    for (const Note &n : d->notes)
        ids.append(n.itemId);
    for (const Visit &v : d->history)
        ids.append(v.itemId);
    ids.append(d->basket);
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

// Bookmarks

QList<Bookmark> PersonalStore::bookmarks() const
{
    QList<Bookmark> result = d->bookmarks;
    for (Bookmark &b : result)
        b.title = lastTitle(b.itemId);
    return result;
}

std::optional<Bookmark> PersonalStore::bookmark(const QString &itemId) const
{
    for (const Bookmark &b : d->bookmarks) {
        if (b.itemId == itemId) {
            Bookmark found = b;
            found.title = lastTitle(itemId);
            return found;
        }
    }
    return std::nullopt;
}

void PersonalStore::addBookmark(const QString &itemId, const QString &title, const QString &folder)
{
    remember(itemId, title);
    if (isBookmarked(itemId))
        return moveBookmark(itemId, folder);
    if (!folder.isEmpty() && !d->folders.contains(folder)) {
        d->folders.append(folder);
        d->folders.sort(Qt::CaseInsensitive);
    }
    d->bookmarks.prepend({itemId, {}, folder, now()});
    touch(Bookmarks);
    emit bookmarksChanged();
}

void PersonalStore::removeBookmark(const QString &itemId)
{
    if (d->bookmarks.removeIf([&](const Bookmark &b) { return b.itemId == itemId; }) == 0)
        return;
    touch(Bookmarks | Titles);
    emit bookmarksChanged();
}

void PersonalStore::moveBookmark(const QString &itemId, const QString &folder)
{
    for (Bookmark &b : d->bookmarks) {
        if (b.itemId == itemId && b.folder != folder) {
            b.folder = folder;
            if (!folder.isEmpty() && !d->folders.contains(folder)) {
                d->folders.append(folder);
                d->folders.sort(Qt::CaseInsensitive);
            }
            touch(Bookmarks);
            emit bookmarksChanged();
        }
    }
}

QStringList PersonalStore::folders() const
{
    return d->folders;
}

void PersonalStore::addFolder(const QString &name)
{
    const QString folder = name.trimmed();
    if (folder.isEmpty() || d->folders.contains(folder))
        return;
    d->folders.append(folder);
    d->folders.sort(Qt::CaseInsensitive);
    touch(Bookmarks);
    emit bookmarksChanged();
}

void PersonalStore::renameFolder(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    if (from.isEmpty() || target.isEmpty() || from == target || !d->folders.contains(from))
        return;
    d->folders.removeAll(from);
    if (!d->folders.contains(target))
        d->folders.append(target);
    d->folders.sort(Qt::CaseInsensitive);
    for (Bookmark &b : d->bookmarks) {
        if (b.folder == from)
            b.folder = target;
    }
    touch(Bookmarks);
    emit bookmarksChanged();
}

void PersonalStore::removeFolder(const QString &name)
{
    if (!d->folders.removeAll(name))
        return;
    for (Bookmark &b : d->bookmarks) {
        if (b.folder == name)
            b.folder.clear();
    }
    touch(Bookmarks);
    emit bookmarksChanged();
}

// Notes

QString PersonalStore::note(const QString &itemId) const
{
    for (const Note &n : d->notes) {
        if (n.itemId == itemId)
            return n.text;
    }
    return {};
}

QList<Note> PersonalStore::notes() const
{
    QList<Note> result = d->notes;
    for (Note &n : result)
        n.title = lastTitle(n.itemId);
    return result;
}

void PersonalStore::setNote(const QString &itemId, const QString &title, const QString &text)
{
    remember(itemId, title);
    const auto old = std::find_if(d->notes.begin(), d->notes.end(),
                                  [&](const Note &n) { return n.itemId == itemId; });
    if (old != d->notes.end() && old->text == text)
        return;
    if (old == d->notes.end() && text.isEmpty())
        return;
    if (old != d->notes.end())
        d->notes.erase(old);
    if (!text.isEmpty())
        d->notes.prepend({itemId, {}, text, now()});
    touch(Notes | Titles);
    emit notesChanged();
}

// History

QList<Visit> PersonalStore::history(int limit) const
{
    QList<Visit> result = d->history.mid(0, limit);
    for (Visit &v : result)
        v.title = lastTitle(v.itemId);
    return result;
}

void PersonalStore::recordVisit(const QString &itemId, const QString &title)
{
    remember(itemId, title);
    const Visit visit{itemId, {}, now()};
    d->history.prepend(visit);
    if (d->history.size() > HistoryInMemory)
        d->history.removeLast();
    d->unwrittenVisits.append(visit);
    touch(History);
    emit historyChanged();
}

void PersonalStore::clearHistory()
{
    d->history.clear();
    d->unwrittenVisits.clear();
    d->clearHistory = true;
    touch(History | Titles);
    emit historyChanged();
}

// Saved searches

QList<SavedSearch> PersonalStore::savedSearches() const
{
    return d->searches;
}

std::optional<SavedSearch> PersonalStore::savedSearch(qint64 id) const
{
    const SavedSearch *s = d->search(id);
    return s ? std::optional<SavedSearch>(*s) : std::nullopt;
}

qint64 PersonalStore::saveSearch(const QString &name, const QString &query,
                                 const Kb::SearchFilters &filters, const QHash<QString, int> &seen)
{
    qint64 id = 1;
    for (const SavedSearch &s : d->searches)
        id = std::max(id, s.id + 1);
    SavedSearch s;
    s.id = id;
    s.name = name.trimmed().isEmpty() ? query.trimmed() : name.trimmed();
    s.query = query.trimmed();
    s.filters = filters;
    s.created = now();
    s.seen = seen;
    d->searches.append(s);
    touch(Searches);
    emit savedSearchesChanged();
    return id;
}

void PersonalStore::renameSavedSearch(qint64 id, const QString &name)
{
    SavedSearch *s = d->search(id);
    if (!s || name.trimmed().isEmpty() || s->name == name.trimmed())
        return;
    s->name = name.trimmed();
    touch(Searches);
    emit savedSearchesChanged();
}

void PersonalStore::removeSavedSearch(qint64 id)
{
    if (d->searches.removeIf([id](const SavedSearch &s) { return s.id == id; }) == 0)
        return;
    touch(Searches);
    emit savedSearchesChanged();
}

void PersonalStore::markSeen(qint64 id, const QHash<QString, int> &seen)
{
    SavedSearch *s = d->search(id);
    if (!s || (s->seen == seen && s->unseen == 0))
        return;
    s->seen = seen;
    s->unseen = 0;
    touch(Searches);
    emit savedSearchesChanged();
}

void PersonalStore::setUnseen(qint64 id, int count)
{
    SavedSearch *s = d->search(id);
    if (!s || s->unseen == count)
        return;
    s->unseen = count;
    touch(Searches);
    emit savedSearchesChanged();
}

// Basket

QList<BasketEntry> PersonalStore::basket() const
{
    QList<BasketEntry> entries;
    for (const QString &id : d->basket)
        entries.append({id, lastTitle(id)});
    return entries;
}

bool PersonalStore::inBasket(const QString &itemId) const
{
    return d->basket.contains(itemId);
}

void PersonalStore::addToBasket(const QString &itemId, const QString &title)
{
    remember(itemId, title);
    if (d->basket.contains(itemId))
        return;
    d->basket.append(itemId);
    touch(Basket);
    emit basketChanged();
}

void PersonalStore::removeFromBasket(const QString &itemId)
{
    if (!d->basket.removeAll(itemId))
        return;
    touch(Basket | Titles);
    emit basketChanged();
}

void PersonalStore::moveInBasket(int from, int to)
{
    const int n = int(d->basket.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    d->basket.move(from, to);
    touch(Basket);
    emit basketChanged();
}

void PersonalStore::clearBasket()
{
    if (d->basket.isEmpty())
        return;
    d->basket.clear();
    touch(Basket | Titles);
    emit basketChanged();
}

QString PersonalStore::basketNote() const
{
    return d->values.value(BasketNoteKey);
}

void PersonalStore::setBasketNote(const QString &text)
{
    if (basketNote() == text)
        return;
    if (text.isEmpty())
        d->values.remove(BasketNoteKey);
    else
        d->values.insert(BasketNoteKey, text);
    touch(Values);
    emit basketChanged();
}

// Session

Session PersonalStore::session() const
{
    return sessionFromJson(d->values.value(SessionKey));
}

void PersonalStore::setSession(const Session &session)
{
    const QString json = sessionToJson(session);
    if (d->values.value(SessionKey) == json)
        return;
    d->values.insert(SessionKey, json);
    touch(Values);
}

// Export and import

PersonalData PersonalStore::snapshot() const
{
    PersonalData data;
    data.bookmarks = bookmarks();
    data.folders = folders();
    data.notes = notes();
    data.history = history(HistoryInMemory);
    data.savedSearches = savedSearches();
    data.basket = basket();
    data.basketNote = basketNote();
    return data;
}

MergeCounts PersonalStore::merge(const PersonalData &data)
{
    MergeCounts counts;
    for (const Bookmark &b : data.bookmarks) {
        remember(b.itemId, b.title);
        if (isBookmarked(b.itemId))
            continue;
        d->bookmarks.append(b);
        ++counts.bookmarks;
    }
    std::stable_sort(d->bookmarks.begin(), d->bookmarks.end(),
                     [](const Bookmark &a, const Bookmark &b) { return a.created > b.created; });
    for (const QString &f : data.folders + [&] {
             QStringList used;
             for (const Bookmark &b : data.bookmarks)
                 used.append(b.folder);
             return used;
         }()) {
        if (!f.isEmpty() && !d->folders.contains(f))
            d->folders.append(f);
    }
    d->folders.sort(Qt::CaseInsensitive);

    for (const Note &n : data.notes) {
        remember(n.itemId, n.title);
        auto old = std::find_if(d->notes.begin(), d->notes.end(),
                                [&](const Note &m) { return m.itemId == n.itemId; });
        if (old != d->notes.end() && (old->updated >= n.updated || old->text == n.text))
            continue;
        if (old != d->notes.end())
            d->notes.erase(old);
        d->notes.append(n);
        ++counts.notes;
    }
    std::stable_sort(d->notes.begin(), d->notes.end(),
                     [](const Note &a, const Note &b) { return a.updated > b.updated; });

    QSet<QPair<QString, QDateTime>> known;
    for (const Visit &v : d->history)
        known.insert({v.itemId, v.visited});
    QList<Visit> added;
    for (const Visit &v : data.history) {
        remember(v.itemId, v.title);
        if (known.contains({v.itemId, v.visited}))
            continue;
        known.insert({v.itemId, v.visited});
        added.append(v);
    }
    if (!added.isEmpty()) {
        d->history += added;
        std::stable_sort(d->history.begin(), d->history.end(),
                         [](const Visit &a, const Visit &b) { return a.visited > b.visited; });
        d->history = d->history.mid(0, HistoryInMemory);
        d->unwrittenVisits += added; // the database reads its history by time
        counts.visits = int(added.size());
    }

    for (const SavedSearch &s : data.savedSearches) {
        const bool present =
            std::any_of(d->searches.cbegin(), d->searches.cend(), [&](const SavedSearch &m) {
                return m.query == s.query && m.filters == s.filters;
            });
        if (present || s.query.trimmed().isEmpty())
            continue;
        const qint64 id = saveSearch(s.name, s.query, s.filters, s.seen);
        d->search(id)->created = s.created; // when the user saved it, not when it moved
        ++counts.savedSearches;
    }

    for (const BasketEntry &e : data.basket) {
        remember(e.itemId, e.title);
        if (d->basket.contains(e.itemId))
            continue;
        d->basket.append(e.itemId);
        ++counts.basket;
    }
    if (basketNote().isEmpty() && !data.basketNote.isEmpty())
        setBasketNote(data.basketNote);

    touch(Titles | Bookmarks | Notes | History | Basket);
    emit bookmarksChanged();
    emit notesChanged();
    emit historyChanged();
    emit basketChanged();
    return counts;
}

} // namespace Flexwonen::Personal
