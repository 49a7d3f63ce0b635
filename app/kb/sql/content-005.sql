-- Schema 5: the date each source was consulted ("geraadpleegd op", issue 17.4), ISO YYYY-MM-DD.
-- NULL for sources of items published before the field existed (the feed keeps it optional).
ALTER TABLE item_source ADD COLUMN accessed TEXT;
ALTER TABLE figure ADD COLUMN source_accessed TEXT;
