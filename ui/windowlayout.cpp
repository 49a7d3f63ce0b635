// SPDX-License-Identifier: EUPL-1.2
#include "windowlayout.h"

#include "settings/preferences.h"

#include <QMainWindow>

namespace Flexwonen::Ui {

WindowLayout::WindowLayout(QMainWindow &window, Settings::Preferences &preferences)
    : m_window(window)
    , m_preferences(preferences)
{}

void WindowLayout::captureDefault()
{
    m_defaultState = m_window.saveState(Version);
}

bool WindowLayout::restore()
{
    const Settings::WindowState saved = m_preferences.windowState();
    if (saved.version != Version)
        return false;
    const bool geometry = m_window.restoreGeometry(saved.geometry);
    const bool state = m_window.restoreState(saved.state, Version);
    return geometry && state;
}

void WindowLayout::save() const
{
    m_preferences.setWindowState({Version, m_window.saveGeometry(), m_window.saveState(Version)});
}

void WindowLayout::resetToDefault()
{
    m_window.restoreState(m_defaultState, Version);
}

} // namespace Flexwonen::Ui
