// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtreedock.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The Dossiers panel.
class DossiersDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit DossiersDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

} // namespace Flexwonen::Ui
