// SPDX-License-Identifier: EUPL-1.2
#include "readerzoom.h"

#include "settings/preferences.h"

namespace Flexwonen::Ui {

ReaderZoom::ReaderZoom(Settings::Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_steps(preferences.appearance().textSteps)
{
    connect(&preferences, &Settings::Preferences::appearanceChanged, this, [this] {
        const int steps = m_preferences.appearance().textSteps;
        if (steps != m_steps) {
            m_steps = steps;
            emit changed(factor());
        }
    });
}

void ReaderZoom::setSteps(int steps)
{
    Settings::AppearancePreferences appearance = m_preferences.appearance();
    appearance.textSteps = qBound(Settings::AppearancePreferences::MinTextSteps, steps,
                                  Settings::AppearancePreferences::MaxTextSteps);
    m_preferences.setAppearance(appearance); // changed() follows from appearanceChanged
}

} // namespace Flexwonen::Ui
