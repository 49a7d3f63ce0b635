// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>

class QMainWindow;

namespace Flexwonen::Settings {
class Preferences;
}

namespace Flexwonen::Ui {

// Saves and restores the window's geometry and dock layout (the preferences' window state,
// with a layout version: a layout saved by another version of the dock set is ignored), and
// returns to the built-in layout on request.
class WindowLayout
{
public:
    static constexpr int Version = 1;

    WindowLayout(QMainWindow &window, Settings::Preferences &preferences);

    // Call once the docks are in their default places, before restore().
    void captureDefault();
    bool restore();
    void save() const;
    void resetToDefault();

private:
    QMainWindow &m_window;
    Settings::Preferences &m_preferences;
    QByteArray m_defaultState;
};

} // namespace Flexwonen::Ui
