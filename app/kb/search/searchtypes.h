// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/itemtype.h"

#include <optional>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Flexwonen::Kb {

// What a search may be narrowed to; empty fields (and year 0) do not filter.
struct SearchFilters
{
    std::optional<ItemType> type;
    QString region;  // region id
    QString dossier; // dossier id
    int year = 0;    // year of the item's date (or valid_from)

    bool isEmpty() const { return !type && region.isEmpty() && dossier.isEmpty() && year == 0; }
    bool operator==(const SearchFilters &) const = default;
};

// What to search for. Every consumer (window, command line, reports) asks with this.
struct SearchRequest
{
    QString text;
    SearchFilters filters;
    int limit = 20;
    int offset = 0;
};

// A stretch of a QString: [start, start + length) in UTF-16 code units.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextSpan &) const = default;
};

struct SearchHit
{
    QString id;
    ItemType type = ItemType::Page;
    QString title; // plain text
    // A short passage around the matched words, plain text (content: never markup), with "…"
    // where it was cut. The matched words are the spans in matches: in order, not overlapping.
    QString snippet;
    QList<TextSpan> matches;
    double score = 0;
    // Only in a best match: the query's words (as typed, folded) that this item lacks.
    QStringList missing;
};

// A municipality whose name is the query ("Venlo" -> region Limburg): the answer to "Mijn
// gemeente", shown above the hits. Names as the knowledge base lists them (2012).
struct MunicipalityMatch
{
    QString name;
    QString code; // CBS code, GMxxxx
    QString regionId;
    QString regionTitle;
    bool operator==(const MunicipalityMatch &) const = default;
};

struct SearchResults
{
    QString query;
    SearchFilters filters;
    qint64 total = 0;      // every document that matches, not only the hits returned
    QList<SearchHit> hits; // best first, at most the requested limit
    QString suggestion;    // "Bedoelde u …?" text when little or nothing was found; else empty
    // A best match: too few items have every word of the query, so items with most of the words
    // are added, ranked by how many words they have, then by score (hits carry what they lack).
    bool bestMatch = false;
    // The index terms the query matched (stems of the words, their compounds, synonyms and
    // parts): what the reader marks in an opened item (Search::WordMarker). Opaque to the UI.
    QStringList highlight;
    // Municipalities the query names, accents and case aside; shown first (issue 14).
    QList<MunicipalityMatch> municipalities;
};

// A name as "Mijn gemeente" compares it: lower case, no diacritics, every run of other
// characters one space ("'s-Hertogenbosch" -> "s hertogenbosch").
QString foldName(const QString &name);

// How markMatches treats the text around and inside the spans.
enum class MarkedText {
    AsIs,        // for a terminal or plain text
    HtmlEscaped, // every stretch of text is escaped: only open and close are markup
};

// text with every span wrapped in open … close, for whoever shows highlights (the window's
// delegate, the PDF report, the command line). Spans that overlap an earlier one or reach out of
// the text are left out or cut to the text.
QString markMatches(const QString &text, const QList<TextSpan> &spans, QStringView open,
                    QStringView close, MarkedText mode);

} // namespace Flexwonen::Kb

Q_DECLARE_METATYPE(Flexwonen::Kb::SearchResults)
