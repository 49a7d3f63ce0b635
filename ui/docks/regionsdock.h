// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemtreedock.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The Regio's panel.
class RegionsDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit RegionsDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

} // namespace Flexwonen::Ui
