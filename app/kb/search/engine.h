// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/query.h"
#include "kb/search/searchtypes.h"

#include <QStringList>

#include <functional>
#include <memory>

struct sqlite3;

namespace Flexwonen::Kb::Search {

// Thrown out of Engine::search when the cancel check says a newer request has come.
struct Cancelled
{
};

// Ranked search over one connection's index (schema 3). Top-k with precomputed impacts: the
// postings of each query stem are read once, scored with idf × impact, and only the shown hits
// get their text read and a snippet made. Use from the thread that owns the connection. The
// engine keeps what serves every query (analyzer, synonyms, prepared statements); the state of
// one query lives in a Run that ends with it.
class Engine
{
public:
    explicit Engine(sqlite3 *db);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    SearchResults search(const SearchRequest &request, const std::function<bool()> &cancelled = {});

    // The query as searched: parsed, numbers, units and dates in all their spellings, synonym
    // groups added as alternatives, function words dropped.
    ParsedQuery parse(const QString &text) const;

    // The parts of a compound as the index vocabulary splits it when the whole word is rare
    // (huurwoning -> huur, woning; huisvestingsvorm -> huisvesting, vorm); empty when it is no
    // compound of indexed words.
    QStringList compoundParts(const QString &word);

    // The municipalities the whole text names (SearchResults::municipalities).
    QList<MunicipalityMatch> municipalities(const QString &text);

private:
    struct Private;
    class Run;
    std::unique_ptr<Private> d;
};

} // namespace Flexwonen::Kb::Search
