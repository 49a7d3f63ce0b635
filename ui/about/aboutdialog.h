// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Flexwonen::Ui {

// Help > Over: version, purpose, the program's licence and where its text is, and the
// third-party notices ("Licenties en bronnen"). The notices are the NOTICE file of the source
// tree, compiled in as a resource: one text for the package, the repository and this window.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // NOTICE as compiled in (":/flexwonen/legal/NOTICE"); empty if the resource is missing.
    static QString noticeText();
    // The SPDX id of the program's licence, as the SPDX lines and publiccode.yml say.
    static QString licenceId();
    // Where the full licence text is: the installed LICENSE next to the program when it exists
    // (share/doc/flexwonen/LICENSE below the install prefix), else empty.
    static QString installedLicenceFile();

    QPlainTextEdit *notices() const { return m_notices; }

private:
    void setTexts();

    QLabel *m_title;
    QLabel *m_purpose;
    QLabel *m_licence;
    QLabel *m_noticesLabel;
    QPlainTextEdit *m_notices;
    QLabel *m_mapCredit;
};

} // namespace Flexwonen::Ui
