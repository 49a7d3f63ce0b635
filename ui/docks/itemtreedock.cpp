// SPDX-License-Identifier: EUPL-1.2
#include "itemtreedock.h"

#include "itemdelegate.h"
#include "kb/coreerror.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace Flexwonen::Ui {

ItemTreeDock::ItemTreeDock(const QString &objectName, Kb::ItemTreeModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    setObjectName(objectName);
    model->setParent(this);
    m_view->setModel(model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false); // group rows have one line, items two
    m_view->setItemDelegate(new ItemDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    connect(this, &QDockWidget::windowTitleChanged, m_view, &QWidget::setAccessibleName);
    setWidget(m_view);
    // activated covers Enter and double-click; a single click opens too, as in a browser sidebar.
    connect(m_view, &QTreeView::activated, this, &ItemTreeDock::activate);
    connect(m_view, &QTreeView::clicked, this, &ItemTreeDock::activate);
    // The list is read when the dock is really on screen (issue 14.9): at start every dock is
    // shown for a moment before the tab bar hides the ones behind a tab, so look again once the
    // layout has settled.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, this, [this] {
                if (isVisible())
                    m_model->showRows();
            });
    });
}

void ItemTreeDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        try {
            m_model->retranslate();
        } catch (const Flexwonen::Error &e) {
            emit m_model->reloadFailed(e.message()); // a slot's edge: reported, not thrown
        }
    }
    QDockWidget::changeEvent(event);
}

void ItemTreeDock::setWrapTitles(bool wrap)
{
    if (auto *delegate = qobject_cast<ItemDelegate *>(m_view->itemDelegate()))
        delegate->setWrapTitles(wrap);
}

void ItemTreeDock::activate(const QModelIndex &index)
{
    const QString id = index.data(Kb::ItemIdRole).toString();
    if (!id.isEmpty())
        emit itemActivated(id, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
}

} // namespace Flexwonen::Ui
