// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

#include <QList>
#include <QStringList>

namespace Flexwonen::Kb {
class KnowledgeBase;
struct ItemFilter;
} // namespace Flexwonen::Kb

namespace Flexwonen::Report {

struct ReportContext;

// What a search gave, from whichever search engine ran it.
struct SearchHit
{
    QString id;
    QString type;
    QString title;
    QString snippet; // HTML: escaped text, matches in <b>
};

struct SearchResults
{
    QString query;
    QStringList filters; // human-readable, e.g. "type: documenten"
    QList<SearchHit> hits;
    int total = 0; // every match, hits may be fewer
};

// The full-text search's hits for a report: query, filters, and snippets as HTML with the
// matched words in <b> (escaped by the search engine).
SearchResults searchResults(Kb::KnowledgeBase &kb, const QString &query,
                            const Kb::ItemFilter &filter, int limit = 100);

// One pilot ("alle" or "all": every pilot) with municipality, initiator, region and sources.
ReportContent pilotReport(const ReportContext &context, const QString &pilotId);

// The query, the filters and every hit with its snippet.
ReportContent searchReport(const ReportContext &context, const SearchResults &results);

// Items the user collected, in the order given, after a cover note. Unknown ids throw.
ReportContent collectionReport(const ReportContext &context, const QStringList &ids,
                               const QString &coverNote);

} // namespace Flexwonen::Report
