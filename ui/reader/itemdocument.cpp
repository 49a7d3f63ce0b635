// SPDX-License-Identifier: EUPL-1.2
#include "itemdocument.h"

#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "kb/knowledgebase.h"

#include <QCoreApplication>
#include <QSet>

namespace Flexwonen::Ui {

ItemDocument::ItemDocument(Kb::KnowledgeBase &kb)
    : m_kb(kb)
{}

std::optional<Kb::Item> ItemDocument::load(const QString &id) const
{
    return m_kb.item(id);
}

QString ItemDocument::titleOf(const QString &id) const
{
    const std::optional<Kb::Item> item = m_kb.item(id);
    return item ? item->title : QString();
}

QString ItemDocument::notFound(const QString &id) const
{
    return tr("# Niet gevonden\n\nHet item *%1* staat niet in deze kennisbank.")
        .arg(Kb::ItemMarkdown::escape(id));
}

QString ItemDocument::linkList(const QList<Kb::ItemSummary> &items, int detail)
{
    QString md;
    for (const Kb::ItemSummary &s : items) {
        QString line = QStringLiteral("- [%1](kb:%2)").arg(Kb::ItemMarkdown::escape(s.title), s.id);
        if (detail & WithKind)
            line += QStringLiteral(" · ") +
                    (s.kind.isEmpty() ? Kb::typeLabel(s.type) : Kb::kindLabel(s.kind));
        if ((detail & WithDate) && s.date.isValid())
            // Lists follow the interface language; the item's own text (ItemMarkdown) stays Dutch.
            line += QStringLiteral(" · ") +
                    Kb::displayLocale().toString(s.date, QStringLiteral("d MMMM yyyy"));
        md += line + QLatin1Char('\n');
    }
    return md.isEmpty() ? md : md + QLatin1Char('\n');
}

QString ItemDocument::insertBeforeClosing(const QString &markdown, const QString &sections,
                                          QStringList headings)
{
    if (headings.isEmpty())
        headings = Kb::ItemMarkdown::closingHeadings(Kb::Labels::Translated);
    for (const QString &heading : headings) {
        const qsizetype at = markdown.lastIndexOf(QStringLiteral("\n## %1\n").arg(heading));
        if (at >= 0)
            return markdown.left(at + 1) + sections + markdown.mid(at + 1);
    }
    return markdown + QLatin1Char('\n') + sections;
}

QString ItemDocument::compose(const Kb::Item &item) const
{
    // The words around the content in the interface language (issue 14.8); reports compose
    // with Labels::Dutch.
    const Kb::ItemMarkdown composer([this](const QString &id) { return titleOf(id); },
                                    Kb::Labels::Translated);
    QString md = composer.compose(item);

    const QSet<QString> linked(item.links.cbegin(), item.links.cend());
    QList<Kb::ItemSummary> related;
    for (const Kb::ItemSummary &s : m_kb.referencing(item.id)) {
        if (!linked.contains(s.id) && s.id != item.id)
            related.append(s);
    }
    if (!related.isEmpty())
        md = insertBeforeClosing(
            md, tr("## Gerelateerd\n\nDeze items verwijzen hiernaar:\n\n") + linkList(related),
            {Kb::ItemMarkdown::closingHeadings(Kb::Labels::Translated).at(1)});
    return md;
}

} // namespace Flexwonen::Ui
