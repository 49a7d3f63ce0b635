// SPDX-License-Identifier: EUPL-1.2
#include "accessiblenames.h"

#include "languagechange.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDockWidget>
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
        if (event->type() == QEvent::LanguageChange)
            nameTabBarsOf(watched);
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
    followLanguage(field, [field] {
        // Qt adds the button as a tool button child of the field.
        const QString name =
            QCoreApplication::translate("Flexwonen::Ui::AccessibleNames", "Tekst wissen");
        for (QToolButton *button : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            button->setAccessibleName(name);
            button->setToolTip(name);
        }
    });
}

void nameOverflowButton(QToolBar *bar)
{
    followLanguage(bar, [bar] {
        // Qt's own object name for the extension button of a tool bar.
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            more->setAccessibleName(
                QCoreApplication::translate("Flexwonen::Ui::AccessibleNames", "Meer knoppen"));
    });
}

void renameQtControlsOnLanguageChange(QWidget *window)
{
    onLanguageChange(window, [window] {
        // Qt's own source texts and contexts, so Qt's translation (qtbase_nl) applies.
        const auto qt = [](const char *context, const char *text) {
            return QCoreApplication::translate(context, text);
        };
        for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
            const auto button = [dock](const char *name) {
                return dock->findChild<QAbstractButton *>(QLatin1String(name),
                                                          Qt::FindDirectChildrenOnly);
            };
            if (QAbstractButton *floating = button("qt_dockwidget_floatbutton")) {
                floating->setAccessibleName(qt("QDockWidget", "Float"));
                floating->setAccessibleDescription(
                    qt("QDockWidget", "Undocks and re-attaches the dock widget"));
            }
            if (QAbstractButton *close = button("qt_dockwidget_closebutton")) {
                close->setAccessibleName(qt("QDockWidget", "Close"));
                close->setAccessibleDescription(qt("QDockWidget", "Closes the dock widget"));
            }
        }
        for (QTabBar *bar : window->findChildren<QTabBar *>()) {
            for (QToolButton *scroll :
                 bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
                if (scroll->objectName() == QLatin1String("ScrollLeftButton"))
                    scroll->setAccessibleName(qt("QTabBar", "Scroll Left"));
                else if (scroll->objectName() == QLatin1String("ScrollRightButton"))
                    scroll->setAccessibleName(qt("QTabBar", "Scroll Right"));
            }
            for (int i = 0; i < bar->count(); ++i) {
                for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
                    QWidget *button = bar->tabButton(i, side);
                    if (button && button->inherits("CloseButton"))
                        button->setToolTip(qt("CloseButton", "Close Tab"));
                }
            }
        }
    });
}

void nameDockTabBars(QMainWindow *window)
{
    DockTabBarNamer::nameTabBarsOf(window);
    window->installEventFilter(new DockTabBarNamer(window));
}

} // namespace Flexwonen::Ui
