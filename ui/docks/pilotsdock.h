// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtreedock.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The Pilots panel.
class PilotsDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit PilotsDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

} // namespace Flexwonen::Ui
