// SPDX-License-Identifier: EUPL-1.2
#include "windowkeys.h"

#include "common/languagechange.h"
#include "common/plaintext.h"

#include "panefocusframe.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QToolBar>

#include <algorithm>

namespace Flexwonen::Ui {

namespace {

// A widget that reads typed text and so may claim keys as shortcut overrides.
bool takesText(const QWidget *widget)
{
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    return false;
}

// The keys a text field keeps even where the window has a shortcut for them.
bool editingKey(const QKeyEvent *key)
{
    for (const auto standard : {QKeySequence::Copy,
                                QKeySequence::Cut,
                                QKeySequence::Paste,
                                QKeySequence::Undo,
                                QKeySequence::Redo,
                                QKeySequence::SelectAll,
                                QKeySequence::Find,
                                QKeySequence::FindNext,
                                QKeySequence::FindPrevious,
                                QKeySequence::Delete,
                                QKeySequence::Backspace,
                                QKeySequence::DeleteStartOfWord,
                                QKeySequence::DeleteEndOfWord,
                                QKeySequence::MoveToNextChar,
                                QKeySequence::MoveToPreviousChar,
                                QKeySequence::MoveToNextWord,
                                QKeySequence::MoveToPreviousWord,
                                QKeySequence::SelectNextChar,
                                QKeySequence::SelectPreviousChar,
                                QKeySequence::SelectNextWord,
                                QKeySequence::SelectPreviousWord}) {
        if (key->matches(standard))
            return true;
    }
    // Home, End, Escape and plain typing (with or without Shift) stay the field's.
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    return mods == Qt::NoModifier && key->key() != Qt::Key_F6 &&
           !(key->key() >= Qt::Key_F1 && key->key() <= Qt::Key_F35);
}

QKeySequence sequenceOf(const QKeyEvent *key)
{
    return QKeySequence(
        QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
}

} // namespace

WindowKeys::WindowKeys(QMainWindow &window, QWidget *searchField,
                       std::function<QWidget *()> readerFocus)
    : QObject(&window)
    , m_window(window)
    , m_searchField(searchField)
    , m_readerFocus(std::move(readerFocus))
    , m_nextPane(new QAction(&window))
    , m_previousPane(new QAction(&window))
{
    followLanguage(&window, [this] {
        m_nextPane->setText(tr("&Volgend paneel"));
        m_previousPane->setText(tr("V&orig paneel"));
    });
    m_nextPane->setObjectName(QStringLiteral("NextPaneAction"));
    m_nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousPane->setObjectName(QStringLiteral("PreviousPaneAction"));
    m_previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_nextPane, &QAction::triggered, this, [this] { focusPane(1); });
    connect(m_previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    window.addActions({m_nextPane, m_previousPane});
    new PaneFocusFrame(window);
    // The application's filter sees a key before the focus widget does; it only acts on
    // widgets of this window.
    qApp->installEventFilter(this);
}

void WindowKeys::addPaneActions(QMenu *menu)
{
    menu->addAction(m_nextPane);
    menu->addAction(m_previousPane);
    menu->addSeparator();
    int n = 0;
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        ++n;
        auto *action = new QAction(actionText(dock->windowTitle()), &m_window);
        action->setObjectName(QStringLiteral("GoToDock_") + dock->objectName());
        if (n <= 9)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, dock, [dock] { focusDock(dock); });
        connect(dock, &QDockWidget::windowTitleChanged, action,
                [action](const QString &title) { action->setText(actionText(title)); });
        m_window.addAction(action);
        menu->addAction(action);
        m_dockActions.append(action);
    }
}

QWidget *WindowKeys::focusTarget(QWidget *pane)
{
    if (!pane)
        return nullptr;
    QWidget *target = pane->focusProxy() ? pane->focusProxy() : pane;
    if ((target->focusPolicy() & Qt::TabFocus) && target->isVisible() && target->isEnabled())
        return target;
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
            w->isEnabled())
            return w;
    }
    return nullptr;
}

void WindowKeys::focusDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    if (QWidget *target = focusTarget(dock))
        target->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> WindowKeys::panes() const
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        // A dock behind another's tab is hidden: not a pane now.
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            docks.append(dock);
    }
    // Screen order: left to right, top to bottom.
    std::stable_sort(docks.begin(), docks.end(), [](QDockWidget *a, QDockWidget *b) {
        const QPoint pa = a->mapToGlobal(QPoint());
        const QPoint pb = b->mapToGlobal(QPoint());
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    QList<QWidget *> panes{m_searchField};
    // Bars that ask for it (the preview's problems) are panes while they are shown.
    for (QToolBar *bar : m_window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        if (bar->isVisible() && bar->property("flexwonenPane").toBool())
            panes.append(bar);
    }
    for (QDockWidget *dock : std::as_const(docks))
        panes.append(dock);
    panes.append(m_window.centralWidget());
    return panes;
}

void WindowKeys::focusPane(int delta)
{
    const QList<QWidget *> list = panes();
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (focus && (list[i] == focus || list[i]->isAncestorOf(focus)))
            current = i;
    }
    const int n = int(list.size());
    for (int step = 1; step <= n; ++step) {
        const int i = ((current < 0 ? (delta > 0 ? -1 : 0) : current) + delta * step + n * 2) % n;
        QWidget *pane = list[i];
        QWidget *target =
            pane == m_window.centralWidget() && m_readerFocus ? m_readerFocus() : focusTarget(pane);
        if (target && target->isVisible()) {
            target->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

bool WindowKeys::windowOwns(const QKeyEvent *key) const
{
    const QKeySequence sequence = sequenceOf(key);
    for (const QAction *action : m_window.findChildren<QAction *>()) {
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        if (action->shortcuts().contains(sequence))
            return true;
    }
    return false;
}

bool WindowKeys::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != &m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (type == QEvent::ShortcutOverride) {
        if (takesText(widget) && !editingKey(key) && windowOwns(key)) {
            event->ignore(); // not the field's: the window's shortcut runs
            return true;
        }
        return false;
    }
    // The reader: one Tab stop; Alt+Down/Alt+Up walk its links instead.
    auto *reader = qobject_cast<QTextBrowser *>(widget);
    if (!reader || m_passTab)
        return false;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
        !(mods & (Qt::ControlModifier | Qt::AltModifier))) {
        const bool forward = key->key() == Qt::Key_Tab && !(mods & Qt::ShiftModifier);
        QWidget *w = reader;
        do {
            w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        } while (w && w != reader &&
                 (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled() ||
                  w->window() != &m_window || reader->isAncestorOf(w) || w->focusProxy()));
        if (w && w != reader)
            w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && mods == Qt::AltModifier) {
        QKeyEvent tab(QEvent::KeyPress, key->key() == Qt::Key_Down ? Qt::Key_Tab : Qt::Key_Backtab,
                      key->key() == Qt::Key_Down ? Qt::NoModifier : Qt::ShiftModifier);
        m_passTab = true;
        QCoreApplication::sendEvent(reader, &tab);
        m_passTab = false;
        if (!reader->hasFocus()) // past the last link: stay in the text
            reader->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace Flexwonen::Ui
