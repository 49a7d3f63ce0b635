// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>
#include <QObject>

class QAction;
class QDockWidget;
class QKeyEvent;
class QMainWindow;
class QMenu;
class QWidget;

namespace Flexwonen::Ui {

// The window's keyboard (issue 14, point 7), apart from the menus' own shortcuts:
// - every shortcut of the window's actions works from every focus: a text field gives up a key
//   the window owns unless it is one of the editing keys it truly needs (Emacs-style Ctrl+E,
//   Ctrl+K of QLineEdit are not; Copy, Paste, Home, … are);
// - F6 / Shift+F6 cycle the panes: search field, the visible docks in screen order, the reader;
// - Alt+1…Alt+9 show, raise and focus the docks, in the order the window created them;
// - the reader is one Tab stop: Tab and Shift+Tab leave it; Alt+Down / Alt+Up step through its
//   links (what Tab did), Enter opens the chosen link.
class WindowKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowKeys)
public:
    // readerFocus: the widget that takes the focus for the reader pane (the current tab's text).
    WindowKeys(QMainWindow &window, QWidget *searchField, std::function<QWidget *()> readerFocus);

    // Adds "Volgend/Vorig paneel" and one "Ga naar" action per dock to the menu (and the window).
    void addPaneActions(QMenu *menu);
    QAction *nextPaneAction() const { return m_nextPane; }
    QAction *previousPaneAction() const { return m_previousPane; }
    QList<QAction *> dockActions() const { return m_dockActions; }

    void focusPane(int delta);
    static void focusDock(QDockWidget *dock);
    // The widget a pane gives the focus to: itself if it takes Tab focus, else its first such.
    static QWidget *focusTarget(QWidget *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool windowOwns(const QKeyEvent *key) const;
    QList<QWidget *> panes() const;

    QMainWindow &m_window;
    QWidget *m_searchField;
    std::function<QWidget *()> m_readerFocus;
    QAction *m_nextPane;
    QAction *m_previousPane;
    QList<QAction *> m_dockActions;
    bool m_passTab = false;
};

} // namespace Flexwonen::Ui
