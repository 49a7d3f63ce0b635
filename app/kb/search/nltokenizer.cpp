// SPDX-License-Identifier: EUPL-1.2
#include "nltokenizer.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace Flexwonen::Kb::Search {

namespace {

constexpr std::size_t StemCacheLimit = 200000; // a Zipf vocabulary hits the cache > 99 %

bool hasDigit(std::string_view word)
{
    for (char c : word) {
        if (c >= '0' && c <= '9')
            return true;
    }
    return false;
}

// Snowball "dutch" keeps an -s after a vowel (gemeentes, corporaties); Dutch forms such plurals
// of words in -e and -ie, so the -s goes before stemming (gemeentes -> gemeente -> gemeent).
std::string_view withoutVowelPluralS(std::string_view word)
{
    if (word.size() >= 6 && word.ends_with("es"))
        return word.substr(0, word.size() - 1);
    return word;
}

sb_stemmer *newDutchStemmer()
{
    return sb_stemmer_new("dutch", "UTF_8");
}

std::string stemWord(sb_stemmer *stemmer, std::string_view word)
{
    if (!stemmer || word.size() < 3 || hasDigit(word))
        return std::string(word);
    const std::string_view base = withoutVowelPluralS(word);
    const sb_symbol *out = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol *>(base.data()), int(base.size()));
    if (!out)
        return std::string(word);
    return std::string(reinterpret_cast<const char *>(out),
                       std::size_t(sb_stemmer_length(stemmer)));
}

const std::string &cachedStem(sb_stemmer *stemmer,
                              std::unordered_map<std::string, std::string> &cache,
                              const std::string &word)
{
    auto it = cache.find(word);
    if (it != cache.end())
        return it->second;
    if (cache.size() >= StemCacheLimit)
        cache.clear();
    return cache.emplace(word, stemWord(stemmer, word)).first->second;
}

// --- the FTS5 tokenizer "nl_stem" ---------------------------------------------------------

struct NlStem
{
    fts5_tokenizer module{};
    Fts5Tokenizer *inner = nullptr;
    sb_stemmer *stemmer = nullptr;
    bool keepOriginal = false;
    std::unordered_map<std::string, std::string> cache;
};

struct TokenizeContext
{
    NlStem *self = nullptr;
    void *ctx = nullptr;
    int flags = 0;
    int (*emit)(void *, int, const char *, int, int, int) = nullptr;
};

int emitStemmed(void *p, int tflags, const char *token, int n, int start, int end)
{
    auto *c = static_cast<TokenizeContext *>(p);
    // Prefix query terms stay as typed: "huisvest*" must match the original words.
    if (c->flags & FTS5_TOKENIZE_PREFIX)
        return c->emit(c->ctx, tflags, token, n, start, end);
    const std::string word(token, std::size_t(n));
    const std::string &stem = cachedStem(c->self->stemmer, c->self->cache, word);
    // Every indexed position carries its stem (alone or beside the original), so a query word
    // needs only its stem: the same matches as word-or-stem, with one position list per word.
    if (!c->self->keepOriginal || (c->flags & FTS5_TOKENIZE_QUERY))
        return c->emit(c->ctx, tflags, stem.data(), int(stem.size()), start, end);
    int rc = c->emit(c->ctx, tflags, token, n, start, end);
    if (rc == SQLITE_OK && stem != word)
        rc = c->emit(c->ctx, FTS5_TOKEN_COLOCATED, stem.data(), int(stem.size()), start, end);
    return rc;
}

int nlCreate(void *userData, const char **args, int nArgs, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(userData);
    auto self = std::make_unique<NlStem>();
    std::vector<const char *> innerArgs;
    bool diacritics = false;
    for (int i = 0; i + 1 < nArgs; i += 2) {
        if (std::strcmp(args[i], "keep_original") == 0) {
            self->keepOriginal = std::strcmp(args[i + 1], "0") != 0;
            continue;
        }
        diacritics = diacritics || std::strcmp(args[i], "remove_diacritics") == 0;
        innerArgs.push_back(args[i]);
        innerArgs.push_back(args[i + 1]);
    }
    if (nArgs % 2 != 0)
        return SQLITE_ERROR;
    if (!diacritics) {
        innerArgs.push_back("remove_diacritics");
        innerArgs.push_back("2");
    }
    void *innerData = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &innerData, &self->module);
    if (rc != SQLITE_OK)
        return rc;
    rc = self->module.xCreate(innerData, innerArgs.data(), int(innerArgs.size()), &self->inner);
    if (rc != SQLITE_OK)
        return rc;
    self->stemmer = newDutchStemmer();
    if (!self->stemmer) {
        self->module.xDelete(self->inner);
        return SQLITE_NOMEM;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(self.release());
    return SQLITE_OK;
}

void nlDelete(Fts5Tokenizer *tokenizer)
{
    auto *self = reinterpret_cast<NlStem *>(tokenizer);
    if (self->inner)
        self->module.xDelete(self->inner);
    if (self->stemmer)
        sb_stemmer_delete(self->stemmer);
    delete self;
}

int nlTokenize(Fts5Tokenizer *tokenizer, void *ctx, int flags, const char *text, int n,
               int (*emit)(void *, int, const char *, int, int, int))
{
    auto *self = reinterpret_cast<NlStem *>(tokenizer);
    TokenizeContext c{self, ctx, flags, emit};
    return self->module.xTokenize(self->inner, &c, flags, text, n, &emitStemmed);
}

} // namespace

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

int registerDutchTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer module{&nlCreate, &nlDelete, &nlTokenize};
    return api->xCreateTokenizer(api, "nl_stem", api, &module, nullptr);
}

// --- Analyzer -------------------------------------------------------------------------------

Analyzer::Analyzer(sqlite3 *db)
    : m_api(fts5Api(db))
{
    if (!m_api)
        return;
    auto *module = new fts5_tokenizer{};
    void *innerData = nullptr;
    if (m_api->xFindTokenizer(m_api, "unicode61", &innerData, module) == SQLITE_OK) {
        const char *args[] = {"remove_diacritics", "2"};
        if (module->xCreate(innerData, args, 2, &m_unicode) != SQLITE_OK)
            m_unicode = nullptr;
    }
    m_module = module;
    m_stemmer = newDutchStemmer();
}

Analyzer::~Analyzer()
{
    if (m_unicode)
        m_module->xDelete(m_unicode);
    delete m_module;
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

std::vector<Token> Analyzer::analyze(std::string_view utf8, bool stemmed) const
{
    std::vector<Token> tokens;
    if (!m_unicode || utf8.empty())
        return tokens;
    struct Ctx
    {
        const Analyzer *self;
        std::vector<Token> *tokens;
        bool stemmed;
    } ctx{this, &tokens, stemmed};
    auto collect = [](void *p, int, const char *token, int n, int start, int end) -> int {
        auto *c = static_cast<Ctx *>(p);
        Token t;
        t.word.assign(token, std::size_t(n));
        if (c->stemmed)
            t.stem = c->self->stem(t.word);
        t.start = start;
        t.end = end;
        c->tokens->push_back(std::move(t));
        return SQLITE_OK;
    };
    m_module->xTokenize(m_unicode, &ctx, FTS5_TOKENIZE_DOCUMENT, utf8.data(), int(utf8.size()),
                        collect);
    return tokens;
}

void Analyzer::forEachWord(std::string_view utf8, void (*f)(void *ctx, std::string_view word),
                           void *ctx) const
{
    if (!m_unicode || utf8.empty())
        return;
    struct Ctx
    {
        void (*f)(void *, std::string_view);
        void *ctx;
    } c{f, ctx};
    auto collect = [](void *p, int, const char *token, int n, int, int) -> int {
        auto *cc = static_cast<Ctx *>(p);
        cc->f(cc->ctx, std::string_view(token, std::size_t(n)));
        return SQLITE_OK;
    };
    m_module->xTokenize(m_unicode, &c, FTS5_TOKENIZE_DOCUMENT, utf8.data(), int(utf8.size()),
                        collect);
}

std::string Analyzer::fold(std::string_view utf8) const
{
    std::string folded;
    if (!m_unicode || utf8.empty())
        return folded;
    auto collect = [](void *p, int, const char *token, int n, int, int) -> int {
        static_cast<std::string *>(p)->append(token, std::size_t(n));
        return SQLITE_OK;
    };
    m_module->xTokenize(m_unicode, &folded, FTS5_TOKENIZE_QUERY, utf8.data(), int(utf8.size()),
                        collect);
    return folded;
}

const std::string &Analyzer::stem(const std::string &folded) const
{
    return cachedStem(m_stemmer, m_stemCache, folded);
}

} // namespace Flexwonen::Kb::Search
