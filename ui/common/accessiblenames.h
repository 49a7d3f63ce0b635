// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QLineEdit;
class QMainWindow;
class QToolBar;
class QWidget;

namespace Flexwonen::Ui {

// Controls that Qt makes inside our widgets have no name of their own; a screen reader would
// announce "button" and nothing else (issue 15.6, found by tests/xvfb/atspi.sh).

// Turns on the field's clear button and names it.
void enableClearButton(QLineEdit *field);
// Names the "more buttons" button that a tool bar shows when it is too narrow.
void nameOverflowButton(QToolBar *bar);
// Names the tab bars that the window makes for docks stacked on each other, now and later.
void nameDockTabBars(QMainWindow *window);
// Qt names some controls it makes (a dock's float and close buttons, a tab bar's scroll buttons
// and its tabs' close buttons) once, when it makes them, and never again: when the interface
// language changes, this names those under window again from Qt's own translations.
void renameQtControlsOnLanguageChange(QWidget *window);

} // namespace Flexwonen::Ui
