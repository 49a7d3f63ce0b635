// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsedocks.h"

#include "kb/itemmodels.h"

#include <QTreeView>

namespace Flexwonen::Ui {

FaqDock::FaqDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Vragen"), QStringLiteral("FaqDock"), new Kb::FaqModel(&kb), parent)
{}

OrganisationsDock::OrganisationsDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Organisaties"), QStringLiteral("OrganisationsDock"),
                   new Kb::OrganisationModel(&kb), parent)
{
    view()->expandAll();
    connect(model(), &QAbstractItemModel::modelReset, view(), &QTreeView::expandAll);
}

NewsDock::NewsDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Nieuws"), QStringLiteral("NewsDock"), new Kb::NewsModel(&kb), parent)
{
    view()->expandAll();
    connect(model(), &QAbstractItemModel::modelReset, view(), &QTreeView::expandAll);
}

PagesDock::PagesDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(tr("Pagina's"), QStringLiteral("PagesDock"), new Kb::PageModel(&kb), parent)
{}

} // namespace Flexwonen::Ui
