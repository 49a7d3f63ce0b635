// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/preferences.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Flexwonen::Ui {

// Language, theme and text size (issue 15.2). Each choice is saved and applied at once; the
// page follows changes made elsewhere (Ctrl++ in the reader) too.
class AppearancePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)
public:
    explicit AppearancePage(Settings::Preferences &preferences, QWidget *parent = nullptr);

private:
    void load();

    Settings::Preferences &m_preferences;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_textSize;
};

} // namespace Flexwonen::Ui
