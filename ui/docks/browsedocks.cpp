// SPDX-License-Identifier: EUPL-1.2
#include "browsedocks.h"
#include "common/languagechange.h"

#include <QTreeView>

namespace Flexwonen::Ui {

BrowseDock::BrowseDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(QStringLiteral("BrowseDock"), new Kb::BrowseModel(&kb), parent)
{
    followLanguage(this, [this] { setWindowTitle(tr("Bladeren")); });
    // Questions are long and the panel narrow (1024×600): a question is read whole, in lines,
    // not cut off after a few words (walk of issue 14).
    setWrapTitles(true);
}

void BrowseDock::showGroup(Kb::BrowseModel::Group group)
{
    show();
    raise();
    // Read the rows now: the deferred first read (when the dock comes on screen) would reset
    // the model after the group was unfolded and fold it again.
    model()->showRows();
    const int row = static_cast<Kb::BrowseModel *>(model())->groupRow(group);
    if (row < 0)
        return;
    const QModelIndex index = view()->model()->index(row, 0);
    view()->expand(index);
    view()->setCurrentIndex(index);
    view()->scrollTo(index, QAbstractItemView::PositionAtTop);
    view()->setFocus();
}

} // namespace Flexwonen::Ui
