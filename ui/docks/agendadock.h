// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtreedock.h"

#include <QDate>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The Agenda panel: upcoming events first, then past ones.
class AgendaDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit AgendaDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr,
                        QDate today = QDate::currentDate());
};

} // namespace Flexwonen::Ui
