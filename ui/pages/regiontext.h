// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"
#include "kb/itemmodels.h"

#include <QCoreApplication>
#include <QSet>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The text of a region page for the council officer (issue 14, point 4): what an officer looks
// for first (figures, municipalities, agreements), then pilots, events, documents per dossier,
// the prose and what else links here. Every related item is listed once, in the first section
// it belongs to; the body's own links count as listed under the generated sections.
class RegionText
{
    // The page's words, translated where the page's other words are.
    Q_DECLARE_TR_FUNCTIONS(Flexwonen::Ui::RegionPage)
public:
    RegionText(Kb::KnowledgeBase &kb, const Kb::Item &region);

    // municipality: the one the user came from, named on top ("Venlo hoort bij regio Limburg").
    QString compose(const QString &municipality) const;

private:
    QString agreements();
    QString pilots();
    QString events();
    QString documentsByDossier();
    QString closing();
    QString head(const QString &municipality) const;
    // The items not listed on the page yet, now marked listed.
    QList<Kb::ItemSummary> unlisted(const QList<Kb::ItemSummary> &items);
    QList<Kb::ItemSummary> linkedOfType(Kb::ItemType type) const;

    Kb::KnowledgeBase &m_kb;
    const Kb::Item &m_region;
    QList<Kb::ItemSummary> m_linked;    // what the region links to, in its links and its body
    QList<Kb::ItemSummary> m_documents; // the documents of the region
    QSet<QString> m_listed;
    QString m_sections; // filled in page order by the constructor
};

} // namespace Flexwonen::Ui
