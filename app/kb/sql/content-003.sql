-- Schema 3: the search index (see app/kb/search/). Filled by KbWriter; a migrated database is
-- indexed right after this script by Schema::migrate.
-- One row per indexed item. docid never comes back after a delete (AUTOINCREMENT), so the
-- append-only postings can tell live from removed documents.
CREATE TABLE search_doc (
    docid INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    region TEXT,
    dossier TEXT,
    year INTEGER,
    length INTEGER NOT NULL, -- words in title, summary, body and extra together
    extra TEXT NOT NULL DEFAULT '' -- searchable text that is not an item column (municipalities, …)
);
CREATE INDEX search_doc_type ON search_doc (type);
CREATE INDEX search_doc_region ON search_doc (region);
CREATE INDEX search_doc_dossier ON search_doc (dossier);
CREATE INDEX search_doc_year ON search_doc (year);
-- Documents removed since the postings were last rebuilt.
CREATE TABLE search_dead (docid INTEGER PRIMARY KEY);
-- Document frequency of every stem, kept exact at index time (idf without a count at query time).
CREATE TABLE search_term (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;
-- Postings: per term, chunks of (docid delta, impact byte); impact is the BM25F term weight
-- (title 6, summary 3, extra 2, body 1) computed when the document is indexed.
CREATE TABLE search_posting (
    term TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    count INTEGER NOT NULL,
    last_docid INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (term, chunk)
);
-- Every original (folded) word with its stem; rev is the word reversed, for compound heads.
CREATE TABLE search_word (
    word TEXT PRIMARY KEY,
    stem TEXT NOT NULL,
    rev TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX search_word_rev ON search_word (rev);
CREATE TABLE search_stat (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    docs INTEGER NOT NULL DEFAULT 0,
    total_length INTEGER NOT NULL DEFAULT 0,
    title_length INTEGER NOT NULL DEFAULT 0,
    summary_length INTEGER NOT NULL DEFAULT 0,
    body_length INTEGER NOT NULL DEFAULT 0,
    extra_length INTEGER NOT NULL DEFAULT 0
);
INSERT INTO search_stat (id) VALUES (1);
-- Full-text table with positions, for phrases; contentless, the text stays in item/search_doc.
CREATE VIRTUAL TABLE search_fts USING fts5 (
    title, summary, body, extra,
    content = '', tokenize = 'nl_stem keep_original 1'
);
