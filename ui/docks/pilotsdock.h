// SPDX-License-Identifier: GPL-3.0-or-later
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
