// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Flexwonen::Kb {

// What to search for; empty filters do not filter.
struct SearchRequest
{
    QString text;
    int limit = 20;
    int offset = 0;
    QString type;    // item type, singular ("pilot")
    QString region;  // region id
    QString dossier; // dossier id
    int year = 0;    // year of the item's date (or valid_from)
};

struct SearchHit
{
    QString id;
    QString type;
    QString title;
    // A short passage around the matched words, HTML-escaped, matches wrapped in <b>…</b>.
    QString snippet;
    double score = 0;
};

struct SearchResults
{
    QString query;
    qint64 total = 0; // every document that matches, not only the hits returned
    QList<SearchHit> hits;
    QString suggestion; // "Bedoelde u …?" text when little or nothing was found; else empty
};

} // namespace Flexwonen::Kb

Q_DECLARE_METATYPE(Flexwonen::Kb::SearchResults)
