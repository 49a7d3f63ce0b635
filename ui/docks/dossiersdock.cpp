// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossiersdock.h"

#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

DossiersDock::DossiersDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Dossiers"), QStringLiteral("DossiersDock"), new Kb::DossierModel(&kb),
                   parent)
{}

} // namespace Flexwonen::Ui
