// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemtreedock.h"

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The panels that make the rest of the knowledge base browsable without search (issue 14):
// questions, organisations and partners, the news archive, and the pages with the Marktplaats.

class FaqDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit FaqDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

class OrganisationsDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit OrganisationsDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

class NewsDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit NewsDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

class PagesDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit PagesDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);
};

} // namespace Flexwonen::Ui
