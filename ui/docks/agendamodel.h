// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

// The events in two groups: upcoming (soonest first) and past (most recent first), relative to
// a given day (today in the app, fixed in tests).
class AgendaModel final : public Kb::ItemTreeModel
{
    Q_OBJECT
public:
    enum Group { Upcoming = 0, Past = 1 };

    explicit AgendaModel(Kb::KnowledgeBase *kb, QDate today = QDate::currentDate(),
                         QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QList<Node> load(Kb::KnowledgeBase &kb) override;

private:
    QDate m_today;
};

} // namespace Flexwonen::Ui
