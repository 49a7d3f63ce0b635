// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QTabWidget;

namespace Flexwonen::Settings {
class Preferences;
}

namespace Flexwonen::Ui {

class ReportDefaultsPage;
class UpdatesPage;

// Instellingen (Ctrl+,, issue 15.2): updates, appearance and report defaults. There is no OK
// or Cancel: every change is saved and applied as it is made, as in the desktops' own settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(Settings::Preferences &preferences, QWidget *parent = nullptr);

    UpdatesPage *updatesPage() const { return m_updates; }

    void done(int result) override;

private:
    QTabWidget *m_tabs;
    UpdatesPage *m_updates;
    ReportDefaultsPage *m_reports;
};

} // namespace Flexwonen::Ui
