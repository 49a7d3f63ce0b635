// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Flexwonen::Ui {

// What the search may be narrowed to; empty fields do not filter.
struct SearchFilters
{
    QString type;
    QString region;
    QString dossier;
    bool operator==(const SearchFilters &) const = default;
};

// One hit. The snippet is plain text; matched words sit between MarkStart and MarkEnd (the
// characters FTS5's snippet() can be asked to put there), the UI turns them into highlights.
struct SearchHit
{
    QString id;
    QString type;
    QString title;
    QString snippet;
    double score = 0;
};

struct SearchResults
{
    QString query;
    SearchFilters filters;
    QList<SearchHit> hits; // best first, at most the requested limit
    int total = 0;         // all matches, may exceed hits.size()
    QString suggestion;    // "bedoelde u …": a corrected query, empty if none
};

// What the window needs from a search engine: asynchronous requests tagged with an id, answers
// tagged with the same id so that a late answer to an old query can be recognised and dropped.
// The engine may answer on any thread (the signal is then queued) and may skip superseded ids.
class SearchProvider : public QObject
{
    Q_OBJECT
public:
    static constexpr QChar MarkStart = QChar(0x02);
    static constexpr QChar MarkEnd = QChar(0x03);

    using QObject::QObject;

    // Ids are unique per provider, so several consumers can share one provider.
    quint64 nextRequestId() { return ++m_lastId; }
    virtual void requestSearch(quint64 id, const QString &query, const SearchFilters &filters,
                               int limit) = 0;

signals:
    void resultsReady(quint64 id, const Flexwonen::Ui::SearchResults &results);
    // A request failed (it is also answered, with no hits); message: the engine's Dutch line.
    void failed(const QString &message);

private:
    quint64 m_lastId = 0;
};

} // namespace Flexwonen::Ui

Q_DECLARE_METATYPE(Flexwonen::Ui::SearchResults)
