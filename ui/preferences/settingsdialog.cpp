// SPDX-License-Identifier: EUPL-1.2
#include "settingsdialog.h"

#include "appearancepage.h"
#include "reportdefaultspage.h"
#include "updatespage.h"

#include "common/languagechange.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

SettingsDialog::SettingsDialog(Settings::Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_updates(new UpdatesPage(preferences, m_tabs))
    , m_reports(new ReportDefaultsPage(preferences, m_tabs))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    m_tabs->setObjectName(QStringLiteral("SettingsTabs"));
    m_tabs->addTab(m_updates, QString());
    m_tabs->addTab(new AppearancePage(preferences, m_tabs), QString());
    m_tabs->addTab(m_reports, QString());
    // The language can change in this very dialog: it follows at once, like the window.
    followLanguage(this, [this] {
        setWindowTitle(tr("Instellingen"));
        m_tabs->setAccessibleName(tr("Instellingen"));
        m_tabs->setTabText(0, tr("&Updates"));
        m_tabs->setTabText(1, tr("&Weergave"));
        m_tabs->setTabText(2, tr("&Rapporten"));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(680);                // the placeholders of the path fields fit
    m_updates->firstField()->setFocus(); // not the tab bar: typing starts in a field
}

void SettingsDialog::done(int result)
{
    m_reports->save(); // a field closed with Escape still counts
    QDialog::done(result);
}

} // namespace Flexwonen::Ui
