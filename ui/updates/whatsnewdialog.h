// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sync/applier.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

// "Wat is er nieuw": the items that the last update added, changed or removed.
class WhatsNewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatsNewDialog)
public:
    WhatsNewDialog(const QList<Sync::Change> &changes, qint64 seqBefore, qint64 seqAfter,
                   QWidget *parent = nullptr);

    // Adds "Uw bewaarde zoekopdrachten": the saved searches with new or changed results, as the
    // store counts them (the counts may arrive after the dialog opened).
    void showSavedSearches(Personal::PersonalStore &store);

signals:
    // A new or changed item was chosen (double-click or Enter): the window opens it.
    void itemActivated(const QString &id);

private:
    QLabel *m_searchesHeading = nullptr;
    QListWidget *m_searches = nullptr;
};

} // namespace Flexwonen::Ui
