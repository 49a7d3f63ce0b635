// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QTableWidget;

namespace Flexwonen::Ui {

// Help > Sneltoetsen: every shortcut of the window, read from its actions when the dialog opens
// (so the list cannot drift from what the keys do), plus the keys that belong to a pane.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Row
    {
        QString action;
        QString keys;
    };
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The rows shown: the actions' shortcuts (as the platform writes them), then the pane keys.
    static QList<Row> rows(const QWidget *window);

private:
    QTableWidget *m_table;
};

} // namespace Flexwonen::Ui
