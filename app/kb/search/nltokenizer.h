// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct fts5_api;
struct fts5_tokenizer;
struct Fts5Tokenizer;
struct sb_stemmer;

namespace Flexwonen::Kb::Search {

// One word of a text: the folded original (lower case, no diacritics), its Dutch stem and where
// it stands in the UTF-8 text. Index, query parser and highlighter all see words this way.
struct Token
{
    std::string word;
    std::string stem;
    int start = 0; // byte offsets into the analysed UTF-8 text
    int end = 0;
};

// Folds and stems Dutch text: FTS5's unicode61 (remove_diacritics 2) splits and folds, Snowball
// "dutch" from libstemmer stems. Bound to one connection (the fts5 API lives there), one thread.
class Analyzer
{
public:
    explicit Analyzer(sqlite3 *db);
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    // With stemmed false, Token::stem stays empty (stem() on demand: most words of a snippet's
    // text need no stem).
    std::vector<Token> analyze(std::string_view utf8, bool stemmed = true) const;
    // The folded words only, without stemming (the indexer caches stems per word itself).
    void forEachWord(std::string_view utf8, void (*f)(void *ctx, std::string_view word),
                     void *ctx) const;
    // Folds one word the way the index does (no stemming); empty when it holds no letter/digit.
    std::string fold(std::string_view utf8) const;
    // The stem of an already folded word.
    const std::string &stem(const std::string &folded) const;

private:
    fts5_api *m_api = nullptr;
    fts5_tokenizer *m_module = nullptr;
    Fts5Tokenizer *m_unicode = nullptr;
    sb_stemmer *m_stemmer = nullptr;
    mutable std::unordered_map<std::string, std::string> m_stemCache;
};

// Registers the FTS5 tokenizer "nl_stem" on db. Arguments: "keep_original 1" also indexes the
// unstemmed word (colocated with its stem) so that prefix queries match original words; other
// arguments go to unicode61 (default remove_diacritics 2). Returns an SQLite result code.
int registerDutchTokenizer(sqlite3 *db);

// The fts5_api of a connection, or nullptr when FTS5 is missing.
fts5_api *fts5Api(sqlite3 *db);

} // namespace Flexwonen::Kb::Search
