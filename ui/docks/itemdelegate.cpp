// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdelegate.h"

#include "common/plaintext.h"
#include "kb/itemroles.h"

#include <QApplication>
#include <QHelpEvent>
#include <QPainter>

namespace Flexwonen::Ui {

namespace {
constexpr int Padding = 3;
}

QFont ItemDelegate::secondaryFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

void ItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QString secondary = index.data(Kb::SecondaryTextRole).toString();
    if (secondary.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics titleMetrics(opt.font);
    const QFont small = secondaryFont(opt.font);
    const QFontMetrics smallMetrics(small);
    painter->save();
    QColor titleColor =
        selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
    if (const QVariant fg = index.data(Qt::ForegroundRole); fg.isValid() && !selected)
        titleColor = fg.value<QBrush>().color();
    painter->setPen(titleColor);
    painter->setFont(opt.font);
    painter->drawText(QRect(text.left(), text.top(), text.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, text.width()));
    painter->setFont(small);
    painter->setPen(selected ? opt.palette.highlightedText().color()
                             : opt.palette.placeholderText().color());
    painter->drawText(
        QRect(text.left(), text.top() + titleMetrics.height(), text.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(secondary, Qt::ElideRight, text.width()));
    painter->restore();
}

bool ItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !view)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    return showItemToolTip(event, view, index);
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(Kb::SecondaryTextRole).toString().isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    // Two-line rows are elided to the view's width, so only the height matters: computing it
    // from font metrics avoids laying out every title (the lists fill at start-up).
    const QFontMetrics titleMetrics(option.font);
    const QFontMetrics smallMetrics(secondaryFont(option.font));
    return {titleMetrics.averageCharWidth() * 12,
            titleMetrics.height() + smallMetrics.height() + 2 * Padding + 2};
}

} // namespace Flexwonen::Ui
