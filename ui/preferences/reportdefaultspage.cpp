// SPDX-License-Identifier: EUPL-1.2
#include "reportdefaultspage.h"

#include "common/languagechange.h"
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
    QLabel *intro = plainLabel(QString(), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    const Settings::ReportPreferences saved = m_preferences.reports();
    QList<QLabel *> labels;
    const auto field = [&](const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setMaxLength(200);
        QLabel *l = plainLabel(QString(), this);
        labels.append(l);
        l->setBuddy(edit);
        form->addRow(l, edit);
        connect(edit, &QLineEdit::editingFinished, this, &ReportDefaultsPage::save);
        return edit;
    };
    m_author = field(QStringLiteral("author"), saved.author);
    m_organisation = field(QStringLiteral("organisation"), saved.organisation);
    m_department = field(QStringLiteral("department"), saved.department);
    followLanguage(this, [intro, labels] {
        intro->setText(tr("Elk nieuw rapport begint met deze gegevens; in het rapport zelf kunt "
                          "u ze nog aanpassen."));
        labels[0]->setText(tr("&Auteur:"));
        labels[1]->setText(tr("&Organisatie:"));
        labels[2]->setText(tr("A&fdeling:"));
    });
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
