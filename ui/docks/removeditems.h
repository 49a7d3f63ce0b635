// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QStandardItem;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class ErrorReporter;

// Personal records (bookmarks, notes) outlive the items they name: an update may remove an
// item. Such a record is shown under its last title with "(verwijderd)" instead of vanishing.

// The ids of itemIds that the content still has (one query). When the content cannot be read
// (reported), every id counts as present: a failure must not mark everything removed.
QSet<QString> presentItems(Kb::KnowledgeBase &kb, ErrorReporter &errors,
                           const QStringList &itemIds);
// "<title> (verwijderd)", in the interface language; an empty title becomes the id.
QString removedTitle(const QString &title, const QString &itemId);
// A list row for a personal record: its title (the id when it has none), or the removed title
// greyed; the item id in Kb::ItemIdRole and whether it was removed in removedRole.
QStandardItem *personalRow(const QString &itemId, const QString &title, bool removed,
                           int removedRole);

} // namespace Flexwonen::Ui
