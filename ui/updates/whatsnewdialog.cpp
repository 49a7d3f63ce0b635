// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatsnewdialog.h"

#include "common/plaintext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

QString kindText(Sync::Change::Kind kind)
{
    switch (kind) {
    case Sync::Change::Kind::New:
        return WhatsNewDialog::tr("Nieuw");
    case Sync::Change::Kind::Changed:
        return WhatsNewDialog::tr("Gewijzigd");
    case Sync::Change::Kind::Removed:
        return WhatsNewDialog::tr("Verwijderd");
    case Sync::Change::Kind::Snapshot:
        return WhatsNewDialog::tr("Vernieuwd");
    }
    return {};
}

} // namespace

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
    list->setAccessibleName(tr("Wijzigingen"));
    for (const Sync::Change &c : changes) {
        auto *row =
            new QListWidgetItem(QStringLiteral("%1: %2").arg(kindText(c.kind), c.title), list);
        if (c.kind != Sync::Change::Kind::Removed)
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
