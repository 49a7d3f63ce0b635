// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionsdock.h"

#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

RegionsDock::RegionsDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Regio's"), QStringLiteral("RegionsDock"), new Kb::RegionModel(&kb), parent)
{}

} // namespace Flexwonen::Ui
