// SPDX-License-Identifier: EUPL-1.2
#include "pilotsdock.h"
#include "common/languagechange.h"

#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

PilotsDock::PilotsDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(QStringLiteral("PilotsDock"), new Kb::PilotModel(&kb), parent)
{
    followLanguage(this, [this] { setWindowTitle(tr("Pilots")); });
}

} // namespace Flexwonen::Ui
