-- Schema 1 of the user database: personal data keyed by stable content ids. Sync never writes here.
PRAGMA application_id = 1179408469; -- 'FLXU'
CREATE TABLE bookmark (
    item_id TEXT PRIMARY KEY,
    created TEXT NOT NULL
);
CREATE TABLE note (
    item_id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL,
    visited TEXT NOT NULL
);
CREATE TABLE saved_search (
    id INTEGER PRIMARY KEY,
    query TEXT NOT NULL,
    created TEXT NOT NULL
);
