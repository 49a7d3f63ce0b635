// SPDX-License-Identifier: GPL-3.0-or-later
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
