// SPDX-License-Identifier: GPL-3.0-or-later
#include "pilotsdock.h"

#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

PilotsDock::PilotsDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Pilots"), QStringLiteral("PilotsDock"), new Kb::PilotModel(&kb), parent)
{}

} // namespace Flexwonen::Ui
