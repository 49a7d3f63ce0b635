// SPDX-License-Identifier: EUPL-1.2
#include "dossiersdock.h"
#include "common/languagechange.h"

#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

DossiersDock::DossiersDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(QStringLiteral("DossiersDock"), new Kb::DossierModel(&kb), parent)
{
    followLanguage(this, [this] { setWindowTitle(tr("Dossiers")); });
}

} // namespace Flexwonen::Ui
