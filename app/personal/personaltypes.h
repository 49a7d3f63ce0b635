// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Flexwonen::Personal {

// Each record names its item by id and carries the title the item had when last seen.
struct Bookmark
{
    QString itemId;
    QString title;
    QString folder; // "" is the top level
    QDateTime created;
    bool operator==(const Bookmark &) const = default;
};

struct Note
{
    QString itemId;
    QString title;
    QString text; // Markdown, the user's own
    QDateTime updated;
    bool operator==(const Note &) const = default;
};

struct Visit
{
    QString itemId;
    QString title;
    QDateTime visited;
    bool operator==(const Visit &) const = default;
};

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    Kb::SearchFilters filters;
    QDateTime created;
    QHash<QString, int> seen; // the results the user has seen: item id -> revision
    int unseen = 0;           // new or changed results counted after the last update
    bool operator==(const SavedSearch &) const = default;
};

struct BasketEntry
{
    QString itemId;
    QString title;
    bool operator==(const BasketEntry &) const = default;
};

// One reader tab of the last session: an item (empty id: the start page) and the text position
// at the top of its view.
struct SessionTab
{
    QString itemId;
    QString municipality; // a region opened from one of its municipalities
    int topPosition = 0;
    bool operator==(const SessionTab &) const = default;
};

struct Session
{
    QList<SessionTab> tabs;
    int current = 0;
    bool operator==(const Session &) const = default;
};

// All personal data at once: what an export writes and an import merges in. The session is
// not part of it (it belongs to one machine).
struct PersonalData
{
    QList<Bookmark> bookmarks;
    QStringList folders;
    QList<Note> notes;
    QList<Visit> history; // newest first
    QList<SavedSearch> savedSearches;
    QList<BasketEntry> basket;
    QString basketNote;
    bool operator==(const PersonalData &) const = default;
};

// What a merge added, for the user's message.
struct MergeCounts
{
    int bookmarks = 0;
    int notes = 0; // new notes and notes replaced by a newer one
    int visits = 0;
    int savedSearches = 0;
    int basket = 0;
    bool operator==(const MergeCounts &) const = default;
};

} // namespace Flexwonen::Personal
