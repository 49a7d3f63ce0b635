// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/applier.h"

#include <QDialog>

namespace Flexwonen::Ui {

// "Wat is er nieuw": the items that the last update added, changed or removed.
class WhatsNewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatsNewDialog)
public:
    WhatsNewDialog(const QList<Sync::Change> &changes, qint64 seqBefore, qint64 seqAfter,
                   QWidget *parent = nullptr);

signals:
    // A new or changed item was chosen (double-click or Enter): the window opens it.
    void itemActivated(const QString &id);
};

} // namespace Flexwonen::Ui
