-- Schema 2: summaries, validity dates, confidence, and key figures with year, definition, source.
ALTER TABLE item ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE item ADD COLUMN valid_from TEXT;
ALTER TABLE item ADD COLUMN confidence TEXT;
ALTER TABLE item ADD COLUMN uncertainty TEXT;
CREATE INDEX item_region ON item (region);
CREATE INDEX item_dossier ON item (dossier);
CREATE TABLE figure (
    item_id TEXT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    label TEXT NOT NULL,
    value REAL NOT NULL,
    value_max REAL,
    unit TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    definition TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_url TEXT NOT NULL,
    approx INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, pos)
);
