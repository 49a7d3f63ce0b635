-- Schema 2 of the user database: the personal layer (issue 16). Everything is keyed by stable
-- content ids; each row keeps the title the item had when last seen, so an item an update
-- removed still shows by that title ("verwijderd") instead of vanishing.
CREATE TABLE known_item (
    item_id TEXT PRIMARY KEY,
    title TEXT NOT NULL
);
ALTER TABLE bookmark ADD COLUMN folder TEXT NOT NULL DEFAULT '';
CREATE TABLE bookmark_folder (
    name TEXT PRIMARY KEY
);
CREATE INDEX history_visited ON history (visited);
ALTER TABLE saved_search ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE saved_search ADD COLUMN filters TEXT NOT NULL DEFAULT '{}';
ALTER TABLE saved_search ADD COLUMN unseen INTEGER NOT NULL DEFAULT 0;
-- What the user has seen of a saved search's results: item id and revision.
CREATE TABLE saved_search_seen (
    search_id INTEGER NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    rev INTEGER NOT NULL,
    PRIMARY KEY (search_id, item_id)
);
CREATE TABLE basket_item (
    item_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL
);
-- Small named values: the basket's cover note, the open tabs of the last session (JSON).
CREATE TABLE personal_value (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
