// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/appsettings.h"

#include <QByteArray>
#include <QSettings>

class QMainWindow;

namespace Flexwonen::Ui {

// Settings: Flexwonen::appSettings() (kb/appsettings.h), groups "window" (layout), "ui"
// (language); the sync keeps its own group "sync" in the same file.

// Saves and restores the window's geometry and dock layout (QSettings group "window", with a
// layout version: a layout saved by another version of the dock set is ignored), and returns
// to the built-in layout on request.
class WindowLayout
{
public:
    static constexpr int Version = 1;

    explicit WindowLayout(QMainWindow &window);

    // Call once the docks are in their default places, before restore().
    void captureDefault();
    bool restore();
    void save() const;
    void resetToDefault();

private:
    QMainWindow &m_window;
    QByteArray m_defaultState;
};

} // namespace Flexwonen::Ui
