// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <optional>
#include <QCoreApplication>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The Markdown the reader shows for an item: ItemMarkdown's composition plus the items that
// refer to it ("Gerelateerd"), so the reader can be followed both ways.
class ItemDocument
{
    Q_DECLARE_TR_FUNCTIONS(Flexwonen::Ui::ItemDocument)
public:
    explicit ItemDocument(Kb::KnowledgeBase &kb);

    // Empty when the item does not exist.
    std::optional<Kb::Item> load(const QString &id) const;
    QString compose(const Kb::Item &item) const;
    QString notFound(const QString &id) const;
    QString titleOf(const QString &id) const;
    enum ListDetail { TitleOnly = 0, WithKind = 1, WithDate = 2 };
    // A bullet list of links to the given items, with their kind (document kind, else type)
    // and/or date; empty for no items.
    static QString linkList(const QList<Kb::ItemSummary> &items, int detail = WithKind);
    // Inserts extra sections before the first of the given closing headings that exists
    // (default: "Zie ook", then "Bronnen", in the interface language as compose() writes
    // them), else at the end.
    static QString insertBeforeClosing(const QString &markdown, const QString &sections,
                                       QStringList headings = {});

private:
    Kb::KnowledgeBase &m_kb;
};

} // namespace Flexwonen::Ui
