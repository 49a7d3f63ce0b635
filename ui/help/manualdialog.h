// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Flexwonen::Ui {

// Help > Handleiding (F1): a short manual page: what the app is, the three ways in (browse a
// region, search the dossiers, make a report) and how updates arrive.
class ManualDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualDialog)
public:
    explicit ManualDialog(QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }
    // The page, built from translated text only (no content, nothing foreign): HTML.
    static QString html();

private:
    QTextBrowser *m_view;
};

} // namespace Flexwonen::Ui
