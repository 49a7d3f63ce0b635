// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <memory>

struct sqlite3;

namespace Flexwonen::Kb::Search {

class Analyzer;

// Keeps the search index (schema 3: search_doc, search_term, search_posting, search_word,
// search_stat, search_fts) in step with the item table. KbWriter drives it inside the caller's
// transaction: remove() before the item row goes, add() after it is written, flush() to write
// the buffered postings (many adds per flush make a bulk load fast).
class Indexer
{
public:
    explicit Indexer(sqlite3 *db);
    ~Indexer();
    Indexer(const Indexer &) = delete;
    Indexer &operator=(const Indexer &) = delete;

    void add(const Item &item);
    void remove(const QString &itemId);
    void flush();

    // Empties the index and indexes every item again (after migration, or to drop the
    // postings of many removed documents).
    void rebuild();

    // The text of the item that is searchable beside title, summary and body.
    static QString extraText(const Item &item);
    // The body without Markdown link targets and markup characters.
    static QString plainBody(const QString &markdown);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Flexwonen::Kb::Search
