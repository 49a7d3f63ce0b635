-- Schema 1 of the knowledge base (first release).
PRAGMA application_id = 1179408471; -- 'FLXW'
CREATE TABLE meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    feed_id TEXT NOT NULL DEFAULT 'nl.flexwonen.kennisbank',
    epoch INTEGER NOT NULL DEFAULT 1,
    seq INTEGER NOT NULL DEFAULT 0,
    snapshot_seq INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'bundled',
    built TEXT
);
INSERT INTO meta (id) VALUES (1);
CREATE TABLE item (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    region TEXT,
    dossier TEXT,
    kind TEXT,
    place TEXT,
    date TEXT,
    end_date TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    rev INTEGER NOT NULL DEFAULT 1,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX item_type ON item (type, sort_order, title);
CREATE TABLE item_source (
    item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (item_id, pos)
);
CREATE TABLE item_link (
    item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    target_id TEXT NOT NULL,
    PRIMARY KEY (item_id, pos)
);
CREATE INDEX item_link_target ON item_link (target_id);
CREATE TABLE municipality (
    region_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    year INTEGER NOT NULL,
    PRIMARY KEY (region_id, pos)
);
