// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdefaultspage.h"

#include "common/plaintext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Flexwonen::Ui {

ReportDefaultsPage::ReportDefaultsPage(Settings::Preferences &preferences, QWidget *parent)
    : QWidget(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("ReportDefaultsPage"));
    auto *form = new QFormLayout(this);
    form->addRow(plainLabel(tr("Elk nieuw rapport begint met deze gegevens; in het rapport zelf "
                               "kunt u ze nog aanpassen."),
                            this));
    const Settings::ReportPreferences saved = m_preferences.reports();
    const auto field = [&](const QString &label, const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setMaxLength(200);
        QLabel *l = plainLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        connect(edit, &QLineEdit::editingFinished, this, &ReportDefaultsPage::save);
        return edit;
    };
    m_author = field(tr("&Auteur:"), QStringLiteral("author"), saved.author);
    m_organisation = field(tr("&Organisatie:"), QStringLiteral("organisation"), saved.organisation);
    m_department = field(tr("A&fdeling:"), QStringLiteral("department"), saved.department);
}

void ReportDefaultsPage::save()
{
    Settings::ReportPreferences r = m_preferences.reports();
    r.author = m_author->text().simplified();
    r.organisation = m_organisation->text().simplified();
    r.department = m_department->text().simplified();
    m_preferences.setReports(r);
}

} // namespace Flexwonen::Ui
