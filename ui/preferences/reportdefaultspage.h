// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "settings/preferences.h"

#include <QWidget>

class QLineEdit;

namespace Flexwonen::Ui {

// Who makes the reports (issue 15.2): author, organisation and department, the defaults every
// new report starts from. Saved as each field is left.
class ReportDefaultsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDefaultsPage)
public:
    explicit ReportDefaultsPage(Settings::Preferences &preferences, QWidget *parent = nullptr);

    void save(); // also when the dialog closes with a field still being edited

private:
    Settings::Preferences &m_preferences;
    QLineEdit *m_author;
    QLineEdit *m_organisation;
    QLineEdit *m_department;
};

} // namespace Flexwonen::Ui
