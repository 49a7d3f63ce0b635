// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessiblenames.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace Flexwonen::Ui {

namespace {

QString dockTabBarName()
{
    return QCoreApplication::translate("Flexwonen::Ui::AccessibleNames", "Panelen");
}

// QMainWindow makes a tab bar whenever docks are stacked, also when the user does it later.
class DockTabBarNamer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A child is announced while it is still being made: name the tab bars once it is.
        if (event->type() == QEvent::ChildAdded && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this, watched] {
                m_pending = false;
                nameTabBarsOf(watched);
            });
        }
        return QObject::eventFilter(watched, event);
    }

public:
    static void nameTabBarsOf(QObject *window)
    {
        for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            bar->setAccessibleName(dockTabBarName());
    }

private:
    bool m_pending = false;
};

} // namespace

void enableClearButton(QLineEdit *field)
{
    field->setClearButtonEnabled(true);
    // Qt adds the button as a tool button child of the field.
    const QString name =
        QCoreApplication::translate("Flexwonen::Ui::AccessibleNames", "Tekst wissen");
    for (QToolButton *button : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

void nameOverflowButton(QToolBar *bar)
{
    // Qt's own object name for the extension button of a tool bar.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(
            QCoreApplication::translate("Flexwonen::Ui::AccessibleNames", "Meer knoppen"));
}

void nameDockTabBars(QMainWindow *window)
{
    DockTabBarNamer::nameTabBarsOf(window);
    window->installEventFilter(new DockTabBarNamer(window));
}

} // namespace Flexwonen::Ui
