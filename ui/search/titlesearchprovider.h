// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/item.h"
#include "searchprovider.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// A stand-in search until the full-text SearchService is plugged in: matches the words of the
// query in titles and summaries (case and accents ignored) of KnowledgeBase::list(). Answers
// arrive through the event loop, like a real asynchronous engine's.
class TitleSearchProvider final : public SearchProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TitleSearchProvider)
public:
    explicit TitleSearchProvider(Kb::KnowledgeBase &kb, QObject *parent = nullptr);

    void requestSearch(quint64 id, const QString &query, const SearchFilters &filters,
                       int limit) override;
    SearchResults search(const QString &query, const SearchFilters &filters, int limit);

private:
    const QList<Kb::ItemSummary> &items();
    QString suggest(const QStringList &terms);

    Kb::KnowledgeBase &m_kb;
    QList<Kb::ItemSummary> m_items;
    bool m_loaded = false;
};

// Lower case without accents, with for every character of the result its index in the input.
struct FoldedText
{
    QString text;
    QList<int> origin;
};
FoldedText foldForSearch(const QString &text);

} // namespace Flexwonen::Ui
