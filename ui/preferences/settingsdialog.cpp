// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "appearancepage.h"
#include "reportdefaultspage.h"
#include "updatespage.h"

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
    setWindowTitle(tr("Instellingen"));
    m_tabs->setObjectName(QStringLiteral("SettingsTabs"));
    m_tabs->addTab(m_updates, tr("&Updates"));
    m_tabs->addTab(new AppearancePage(preferences, m_tabs), tr("&Weergave"));
    m_tabs->addTab(m_reports, tr("&Rapporten"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::done(int result)
{
    m_reports->save(); // a field closed with Escape still counts
    QDialog::done(result);
}

} // namespace Flexwonen::Ui
