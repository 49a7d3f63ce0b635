// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>

class QWidget;

namespace Flexwonen::Ui {

// Calls setTexts now and again whenever widget is told that the interface language changed
// (QEvent::LanguageChange, switchLanguage()): setTexts is the one place where those texts are
// set with tr(). For texts a class sets outside its own changeEvent: free helpers, objects that
// are no widget, actions and menus made in a function.
void followLanguage(QWidget *widget, std::function<void()> setTexts);
// The same, but only on a change: for texts the caller sets at the start in its own way.
void onLanguageChange(QWidget *widget, std::function<void()> setTexts);

} // namespace Flexwonen::Ui
