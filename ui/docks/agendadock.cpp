// SPDX-License-Identifier: EUPL-1.2
#include "agendadock.h"
#include "common/languagechange.h"

#include "agendamodel.h"

#include <QTreeView>

namespace Flexwonen::Ui {

AgendaDock::AgendaDock(Kb::KnowledgeBase &kb, QWidget *parent, QDate today)
    : ItemTreeDock(QStringLiteral("AgendaDock"), new AgendaModel(&kb, today), parent)
{
    followLanguage(this, [this] { setWindowTitle(tr("Agenda")); });
    view()->expandAll();
    connect(model(), &QAbstractItemModel::modelReset, view(), &QTreeView::expandAll);
}

} // namespace Flexwonen::Ui
