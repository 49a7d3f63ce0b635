// SPDX-License-Identifier: EUPL-1.2
#include "agendamodel.h"

#include "kb/itemroles.h"
#include "kb/knowledgebase.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Flexwonen::Ui {

AgendaModel::AgendaModel(Kb::KnowledgeBase *kb, QDate today, QObject *parent)
    : ItemTreeModel(kb, parent)
    , m_today(today)
{
    initialize();
}

QList<Kb::ItemTreeModel::Node> AgendaModel::load(Kb::KnowledgeBase &kb)
{
    const QLocale locale = Kb::displayLocale();
    QList<Kb::ItemSummary> upcoming;
    QList<Kb::ItemSummary> past;
    for (const Kb::ItemSummary &event : kb.list({Kb::ItemType::Event, {}, {}}))
        (event.date >= m_today ? upcoming : past).append(event);
    const auto byDate = [](const Kb::ItemSummary &a, const Kb::ItemSummary &b) {
        return a.date < b.date;
    };
    std::stable_sort(upcoming.begin(), upcoming.end(), byDate);
    std::stable_sort(past.begin(), past.end(),
                     [&](const auto &a, const auto &b) { return byDate(b, a); });

    const auto node = [&](const Kb::ItemSummary &e) {
        QString secondary = locale.toString(e.date, QStringLiteral("d MMMM yyyy"));
        if (!e.place.isEmpty())
            secondary += QStringLiteral(" · ") + e.place;
        return Node{e.id, e.type, e.title, secondary, e.date, {}};
    };
    // The two groups are no items: no id, no type.
    Node upcomingNode{{}, std::nullopt, tr("Komend (%1)").arg(upcoming.size()), {}, {}, {}};
    Node pastNode{{}, std::nullopt, tr("Voorbij (%1)").arg(past.size()), {}, {}, {}};
    for (const Kb::ItemSummary &e : std::as_const(upcoming))
        upcomingNode.children.append(node(e));
    for (const Kb::ItemSummary &e : std::as_const(past))
        pastNode.children.append(node(e));
    return {upcomingNode, pastNode};
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    // The two group headings stand out by weight, not by a faint colour: past events are
    // found under "Voorbij" and read at full contrast (WCAG AA, issue 14).
    if (role == Qt::FontRole && index.isValid() && !index.parent().isValid()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return ItemTreeModel::data(index, role);
}

} // namespace Flexwonen::Ui
