// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtreedock.h"
#include "kb/itemmodels.h"

namespace Flexwonen::Ui {

// The Bladeren panel: what is not a region, dossier, pilot or event — Contact, the Marktplaats,
// questions and answers, organisations and partners by role, the news archive by year, and the
// pages — so nothing is reachable by search only (issue 14).
class BrowseDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit BrowseDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);

    // Shows the panel with the group unfolded, scrolled to the top and current.
    void showGroup(Kb::BrowseModel::Group group);
};

} // namespace Flexwonen::Ui
