// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/preferences.h"

#include <optional>
#include <QPalette>
#include <QString>

namespace Flexwonen::Ui {

// How the window looks. System keeps the platform's style and palette as they are; the others
// are palettes of our own on the Fusion style, designed for contrast (issue 15.4): Light,
// Dark, and HighContrast in the manner of Windows' high contrast black (white text on black,
// yellow links, cyan selection and focus).
// The preference's vocabulary: one enum and one set of names for the dialog, the settings
// file and FLEXWONEN_THEME.
using Settings::Theme;
using Settings::themeFromName;
using Settings::themeName; // "system", "light", "dark", "high-contrast"

// The designed palette of Light, Dark or HighContrast (System: an empty optional).
std::optional<QPalette> themePalette(Theme theme);

// The edge our themes draw around fields, combo boxes and buttons (invalid for System).
QColor themeEdge(Theme theme);

// FLEXWONEN_THEME (a themeName) when set and known, else System. An unknown name is ignored
// with a warning.
Theme themeFromEnvironment();

// Applies a theme to the running application: style and palette, so every widget repaints
// (widgets that keep colours react to QEvent::ApplicationPaletteChange). Made once the
// QApplication exists and before any other theme is applied: it remembers the platform's style
// and palette as what System gives back.
class ThemeApplier
{
public:
    ThemeApplier();

    void apply(Theme theme);
    Theme theme() const { return m_theme; }

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    Theme m_theme = Theme::System;
};

} // namespace Flexwonen::Ui
