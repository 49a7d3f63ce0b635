-- Schema 4: dated items by type, for the start page's newest news and upcoming and past events
-- (issue 14.9: with 100,000 items these were full sorts of every item of the type).
CREATE INDEX item_type_date ON item (type, date);
