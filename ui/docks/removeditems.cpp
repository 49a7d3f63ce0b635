// SPDX-License-Identifier: EUPL-1.2
#include "removeditems.h"

#include "common/errorreporter.h"
#include "kb/knowledgebase.h"

#include "kb/itemroles.h"

#include <QApplication>
#include <QPalette>
#include <QStandardItem>

namespace Flexwonen::Ui {

QSet<QString> presentItems(Kb::KnowledgeBase &kb, ErrorReporter &errors, const QStringList &itemIds)
{
    if (itemIds.isEmpty())
        return {};
    QSet<QString> present;
    const bool read = errors.guard(Task::UpdateLists, [&] {
        const QHash<QString, Kb::ItemStamp> stamps = kb.stamps(itemIds);
        for (auto it = stamps.cbegin(); it != stamps.cend(); ++it)
            present.insert(it.key());
    });
    if (!read)
        return QSet<QString>(itemIds.cbegin(), itemIds.cend());
    return present;
}

QString removedTitle(const QString &title, const QString &itemId)
{
    return QCoreApplication::translate("Flexwonen::Ui::RemovedItems", "%1 (verwijderd)")
        .arg(title.isEmpty() ? itemId : title);
}

QStandardItem *personalRow(const QString &itemId, const QString &title, bool removed,
                           int removedRole)
{
    auto *row = new QStandardItem(removed ? removedTitle(title, itemId)
                                          : (title.isEmpty() ? itemId : title));
    row->setData(itemId, Kb::ItemIdRole);
    row->setData(removed, removedRole);
    if (removed)
        row->setForeground(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    row->setEditable(false);
    return row;
}

} // namespace Flexwonen::Ui
