// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlayout.h"

#include <QDockWidget>
#include <QMainWindow>

namespace Flexwonen::Ui {

WindowLayout::WindowLayout(QMainWindow &window)
    : m_window(window)
{}

void WindowLayout::captureDefault()
{
    m_defaultState = m_window.saveState(Version);
}

bool WindowLayout::restore()
{
    QSettings s = appSettings();
    s.beginGroup(QStringLiteral("window"));
    if (s.value(QStringLiteral("version")).toInt() != Version)
        return false;
    const bool geometry =
        m_window.restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    const bool state =
        m_window.restoreState(s.value(QStringLiteral("state")).toByteArray(), Version);
    return geometry && state;
}

void WindowLayout::save() const
{
    QSettings s = appSettings();
    s.beginGroup(QStringLiteral("window"));
    s.setValue(QStringLiteral("version"), Version);
    s.setValue(QStringLiteral("geometry"), m_window.saveGeometry());
    s.setValue(QStringLiteral("state"), m_window.saveState(Version));
}

void WindowLayout::resetToDefault()
{
    m_window.restoreState(m_defaultState, Version);
}

} // namespace Flexwonen::Ui
