// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendadock.h"

#include "agendamodel.h"

#include <QTreeView>

namespace Flexwonen::Ui {

AgendaDock::AgendaDock(Kb::KnowledgeBase &kb, QWidget *parent, QDate today)
    : ItemTreeDock(tr("Agenda"), QStringLiteral("AgendaDock"), new AgendaModel(&kb, today), parent)
{
    view()->expandAll();
    connect(model(), &QAbstractItemModel::modelReset, view(), &QTreeView::expandAll);
}

} // namespace Flexwonen::Ui
