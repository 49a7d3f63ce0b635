// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatsnewdialog.h"

#include "common/plaintext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

WhatsNewDialog::WhatsNewDialog(const QList<Sync::Change> &changes, qint64 seqBefore,
                               qint64 seqAfter, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Wat is er nieuw"));
    setObjectName(QStringLiteral("WhatsNewDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(
        tr("De kennisbank is bijgewerkt van volgnummer %1 naar %2.").arg(seqBefore).arg(seqAfter),
        this));
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("changes"));
    for (const Sync::Change &c : changes) {
        QString what = tr("Gewijzigd");
        if (c.kind == QLatin1String("new"))
            what = tr("Nieuw");
        else if (c.kind == QLatin1String("removed"))
            what = tr("Verwijderd");
        else if (c.kind == QLatin1String("snapshot"))
            what = tr("Vernieuwd");
        auto *row = new QListWidgetItem(QStringLiteral("%1: %2").arg(what, c.title), list);
        if (c.kind != QLatin1String("removed"))
            row->setData(Qt::UserRole, c.id); // removed items cannot be opened any more
    }
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        const QString id = row->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit itemActivated(id);
    });
    if (changes.isEmpty())
        list->addItem(tr("Geen wijzigingen in de inhoud."));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace Flexwonen::Ui
