// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPalette>
#include <QStyledItemDelegate>

namespace Flexwonen::Ui {

// WCAG 2 contrast of two opaque colours (1 to 21); AA asks 4.5 for body text.
double contrastRatio(const QColor &a, const QColor &b);
inline constexpr double MinimumContrast = 4.5;

// The palette the list delegates draw with: the given one, with Highlight darkened or lightened
// until HighlightedText reads on it and PlaceholderText (the dimmed second line) at AA contrast
// on Base and AlternateBase. Many themes (Fusion's blue, 3.7:1 under white) fall short.
QPalette readableListPalette(const QPalette &palette);
// The colour of the dimmed second line of a row: dimmer than the title, still AA.
QColor secondaryTextColor(const QPalette &palette, bool selected);
// Gives a delegate's view the readable palette too, so what the view paints itself (a tree's
// branch area of a selected row) has the same selection colour as the row.
void useReadablePalette(QObject *view);

// The row's keyboard focus: a 2-pixel frame in the highlight colour (on a selected row in
// the highlighted text's colour), clearer than the styles' dotted line.
void paintFocus(QPainter *painter, const QStyleOptionViewItem &option);

// Two lines per row: the item's title and, smaller and dimmed, its SecondaryTextRole (kind and
// date, municipality and initiator, place, CBS code). Titles are cut off at the row's width,
// or, with wrapped titles, take the lines they need (the Bladeren panel's long questions).
class ItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ItemDelegate(QObject *parent = nullptr);

    // Wrapped titles: rows as tall as their titles at the width of a tree view (the parent),
    // laid out again when its column's width changes.
    void setWrapTitles(bool wrap);
    bool wrapsTitles() const { return m_wrap; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Titles are content: the tooltip shows them as text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    static QFont secondaryFont(const QFont &base);
    // The width the title gets in a row of width rowWidth.
    static int titleWidth(const QStyleOptionViewItem &option, int rowWidth);

    bool m_wrap = false;
};

} // namespace Flexwonen::Ui
