// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Flexwonen::Ui {

// Two lines per row: the item's title and, smaller and dimmed, its SecondaryTextRole (kind and
// date, municipality and initiator, place, CBS code).
class ItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Titles are content: the tooltip shows them as text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    static QFont secondaryFont(const QFont &base);
};

} // namespace Flexwonen::Ui
