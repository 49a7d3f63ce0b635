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
    QString snippet;
};

struct SearchResults
{
    QString query;
    QStringList filters; // human-readable, e.g. "type: documenten"
    QList<SearchHit> hits;
};

// Results of KnowledgeBase::matchText, the plain match used until the full-text search is in.
SearchResults matchTextResults(Kb::KnowledgeBase &kb, const QString &query,
                               const Kb::ItemFilter &filter);

// One pilot ("alle" or "all": every pilot) with municipality, initiator, region and sources.
ReportContent pilotReport(const ReportContext &context, const QString &pilotId);

// The query, the filters and every hit with its snippet.
ReportContent searchReport(const ReportContext &context, const SearchResults &results);

// Items the user collected, in the order given, after a cover note. Unknown ids throw.
ReportContent collectionReport(const ReportContext &context, const QStringList &ids,
                               const QString &coverNote);

} // namespace Flexwonen::Report
