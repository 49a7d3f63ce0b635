// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlesearchprovider.h"

#include "kb/coreerror.h"
#include "kb/knowledgebase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Flexwonen::Ui {

namespace {

constexpr int SnippetContext = 70;

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The part of text around the first match, with every match of every term marked.
QString snippetFor(const QString &text, const QStringList &terms)
{
    const FoldedText folded = foldForSearch(text);
    QList<std::pair<int, int>> spans; // in original indices, [start, end)
    for (const QString &term : terms) {
        for (qsizetype at = folded.text.indexOf(term); at >= 0;
             at = folded.text.indexOf(term, at + term.size())) {
            const int start = folded.origin[at];
            const int end = folded.origin[at + term.size() - 1] + 1;
            spans.append({start, end});
        }
    }
    std::sort(spans.begin(), spans.end());
    const int first = spans.isEmpty() ? 0 : spans.first().first;
    int from = std::max(0, first - SnippetContext);
    int to = std::min(int(text.size()), first + 2 * SnippetContext);
    if (from > 0) {
        const qsizetype space = text.indexOf(QLatin1Char(' '), from);
        if (space >= 0 && space < first)
            from = int(space + 1);
    }
    QString out = from > 0 ? QStringLiteral("…") : QString();
    int pos = from;
    for (const auto &[start, end] : std::as_const(spans)) {
        if (start < pos || end > to)
            continue; // overlapping or outside the window
        out += text.mid(pos, start - pos) + SearchProvider::MarkStart +
               text.mid(start, end - start) + SearchProvider::MarkEnd;
        pos = end;
    }
    out += text.mid(pos, to - pos);
    if (to < text.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace

FoldedText foldForSearch(const QString &text)
{
    FoldedText folded;
    folded.text.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QString decomposed = QString(text[i]).normalized(QString::NormalizationForm_D);
        for (const QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            folded.text += c.toLower();
            folded.origin.append(i);
        }
    }
    return folded;
}

TitleSearchProvider::TitleSearchProvider(Kb::KnowledgeBase &kb, QObject *parent)
    : SearchProvider(parent)
    , m_kb(kb)
{
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, [this] { m_loaded = false; });
}

const QList<Kb::ItemSummary> &TitleSearchProvider::items()
{
    if (!m_loaded) {
        m_items = m_kb.list({});
        m_loaded = true;
    }
    return m_items;
}

void TitleSearchProvider::requestSearch(quint64 id, const QString &query,
                                        const SearchFilters &filters, int limit)
{
    QTimer::singleShot(0, this, [this, id, query, filters, limit] {
        SearchResults results{query, filters, {}, 0, {}};
        try {
            results = search(query, filters, limit);
        } catch (const Flexwonen::Error &e) { // a slot's edge: reported, answered with no hits
            emit failed(e.message());
        }
        emit resultsReady(id, results);
    });
}

SearchResults TitleSearchProvider::search(const QString &query, const SearchFilters &filters,
                                          int limit)
{
    SearchResults results{query, filters, {}, 0, {}};
    const QStringList terms = foldForSearch(query).text.split(
        QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return results;
    for (const Kb::ItemSummary &item : items()) {
        if ((!filters.type.isEmpty() && item.type != filters.type) ||
            (!filters.region.isEmpty() && item.region != filters.region) ||
            (!filters.dossier.isEmpty() && item.dossier != filters.dossier))
            continue;
        const QString title = foldForSearch(item.title).text;
        const QString summary = foldForSearch(item.summary).text;
        double score = 0;
        bool all = true;
        for (const QString &term : terms) {
            const bool inTitle = title.contains(term);
            const bool inSummary = summary.contains(term);
            all = all && (inTitle || inSummary);
            score += (inTitle ? 3 : 0) + (inSummary ? 1 : 0) + (title.startsWith(term) ? 1 : 0);
        }
        if (!all)
            continue;
        const QString &context = item.summary.isEmpty() ? item.title : item.summary;
        results.hits.append({item.id, item.type, item.title, snippetFor(context, terms), score});
    }
    std::stable_sort(results.hits.begin(), results.hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    results.total = int(results.hits.size());
    if (results.hits.size() > limit)
        results.hits.resize(limit);
    if (results.hits.isEmpty())
        results.suggestion = suggest(terms);
    return results;
}

QString TitleSearchProvider::suggest(const QStringList &terms)
{
    QSet<QString> words;
    for (const Kb::ItemSummary &item : items()) {
        for (const QString &word :
             foldForSearch(item.title)
                 .text.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts)) {
            if (word.size() >= 4)
                words.insert(word);
        }
    }
    QStringList corrected;
    bool changed = false;
    for (const QString &term : terms) {
        QString best = term;
        int bestDistance = term.size() >= 7 ? 3 : 2;
        if (term.size() >= 4 && !words.contains(term)) {
            for (const QString &word : std::as_const(words)) {
                const int d = editDistance(term, word);
                if (d < bestDistance || (d == bestDistance && best != term && word < best)) {
                    bestDistance = d;
                    best = word;
                }
            }
        }
        changed = changed || best != term;
        corrected.append(best);
    }
    return changed ? corrected.join(QLatin1Char(' ')) : QString();
}

} // namespace Flexwonen::Ui
