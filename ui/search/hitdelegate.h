// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStyledItemDelegate>

namespace Flexwonen::Ui {

// Draws a hit as its title with its type beside it and, optionally, the snippet below with the
// matched words highlighted.
class HitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HitDelegate(bool withSnippet, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Snippets are content: the tooltip shows them as text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QString html(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_withSnippet;
};

} // namespace Flexwonen::Ui
