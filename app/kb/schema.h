// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

namespace Flexwonen::Kb {

class Connection;

// Versioned schemas of the two kinds of database, kept in PRAGMA user_version and migrated
// step by step from the scripts in sql/ (a new database runs every step from 0).
namespace Schema {

enum class Store { Content, User };

constexpr int ContentVersion = 5;
constexpr int UserVersion = 2;
constexpr qint64 ContentApplicationId = 0x464C5857; // 'FLXW'
constexpr qint64 UserApplicationId = 0x464C5855;    // 'FLXU'

int currentVersion(Store store);

// Brings the database to the current version, one transaction per step.
// Throws Error(TooNew) for a newer schema and Error(Corrupt) for a file that is not ours.
void migrate(Connection &connection, Store store);

// How hard checkReadable looks: Quick reads the header, the schema and compares the file size
// with the page count (catches empty, foreign, random and truncated files in a millisecond,
// for every start); Full adds PRAGMA quick_check, which reads every page.
enum class Depth { Quick, Full };

// Refuses, without writing, a database that this app cannot read (not ours, newer, unreadable).
// Returns its schema version.
int checkReadable(Connection &connection, Store store, Depth depth = Depth::Full);

// For a content file from elsewhere (--kb): refuses, before any query of the app runs on it, a
// schema that is not exactly what the scripts in sql/ create — a view where a table belongs, a
// trigger, an expression index, planner statistics, an extra table. Throws Error(Corrupt).
void checkOwnSchema(Connection &connection);

} // namespace Schema
} // namespace Flexwonen::Kb
