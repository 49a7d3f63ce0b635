// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

namespace Flexwonen::Kb {

// Which check found a problem in a content folder: the structure of a file, the items together,
// a content rule (contentrules.h) or the review of what is new (contentreview.h).
enum class ContentCheck {
    File,            // unreadable file, front matter missing, not JSON, a key twice
    Field,           // a field missing or of the wrong kind
    CrossCheck,      // ids, links, regions, dossiers, municipalities across items
    SourceDate,      // rule: a source without a valid, past 'accessed' date
    MirrorSite,      // rule: a URL on a known mirror site
    HomePage,        // rule: the bare home page https://flexwonen.nl/ as a source
    Hedge,           // rule: an announcement-only fact without "volgens de aankondiging …"
    NewFigureSource, // review: a new figure whose source is missing, undated or a mirror
    NewNumber,       // review: a new paragraph with a number and no attribution
    NewQuote,        // review: a new quotation with no attribution
    NewMirrorUrl,    // review: a new URL on a mirror site
};

// Stable names for --json and the tests ("bron-datum").
QString checkName(ContentCheck check);
bool isReview(ContentCheck check);

// One problem of a content folder, where an editor finds it.
struct ContentProblem
{
    QString file;    // relative to the content folder, with '/'
    int line = 0;    // 1-based; 0: the file as a whole
    QString message; // Dutch, one line
    ContentCheck check = ContentCheck::File;

    bool operator==(const ContentProblem &) const = default;
};

// Collects problems instead of stopping at the first one.
class ContentProblems
{
public:
    void add(const QString &file, int line, ContentCheck check, const QString &message);
    bool isEmpty() const { return m_problems.isEmpty(); }
    qsizetype size() const { return m_problems.size(); }
    // By file, then line, then the order found; each problem once.
    QList<ContentProblem> sorted() const;

private:
    QList<ContentProblem> m_problems;
};

} // namespace Flexwonen::Kb
