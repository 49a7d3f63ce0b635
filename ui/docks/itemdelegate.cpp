// SPDX-License-Identifier: EUPL-1.2
#include "itemdelegate.h"

#include "common/plaintext.h"
#include "kb/itemroles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QTextLayout>
#include <QtMath>
#include <QTreeView>

#include <cmath>

namespace Flexwonen::Ui {

namespace {
constexpr int Padding = 3;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Opaque: a translucent text colour is what it shows over the background.
QColor over(const QColor &color, const QColor &background)
{
    return mix(background, QColor(color.rgb()), color.alphaF());
}

// The title in lines of at most width, broken between words (inside a word only when one word
// is wider): one layout for measuring and painting, so a row is as tall as what it draws.
qreal layoutWrapped(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

// Above AA with a margin, so rounding to 8-bit colours never lands below it.
constexpr double Target = MinimumContrast + 0.2;

// The text's colour moved towards the background as far as both backgrounds allow.
QColor dimmed(const QColor &text, const QColor &base, const QColor &alternate)
{
    for (double t = 0.5; t > 0.0; t -= 0.05) {
        const QColor c = mix(text, base, t);
        if (contrastRatio(c, base) >= Target && contrastRatio(c, alternate) >= Target)
            return c;
    }
    return text;
}

// The background moved away from the text until the text reads on it.
QColor backgroundFor(const QColor &text, QColor background)
{
    const bool lightText = luminance(text) > 0.5;
    for (int step = 0; step < 40 && contrastRatio(text, background) < Target; ++step)
        background = lightText ? background.darker(108) : background.lighter(108);
    if (contrastRatio(text, background) < Target)
        background = lightText ? QColor(Qt::black) : QColor(Qt::white);
    return background;
}
} // namespace

void paintFocus(QPainter *painter, const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(selected ? option.palette.color(QPalette::HighlightedText)
                                  : option.palette.color(QPalette::Highlight),
                         2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette readableListPalette(const QPalette &palette)
{
    QPalette fixed = palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor alternate = over(palette.color(group, QPalette::AlternateBase), base);
        QColor text = over(palette.color(group, QPalette::Text), base);
        if (contrastRatio(text, base) < Target || contrastRatio(text, alternate) < Target)
            text = luminance(base) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
        fixed.setColor(group, QPalette::Text, text);
        const QColor highlighted = palette.color(group, QPalette::HighlightedText);
        fixed.setColor(
            group, QPalette::Highlight,
            backgroundFor(highlighted, over(palette.color(group, QPalette::Highlight), base)));
        fixed.setColor(group, QPalette::PlaceholderText, dimmed(text, base, alternate));
    }
    return fixed;
}

QColor secondaryTextColor(const QPalette &palette, bool selected)
{
    const QPalette readable = readableListPalette(palette);
    return selected ? readable.color(QPalette::HighlightedText)
                    : readable.color(QPalette::PlaceholderText);
}

namespace {
// A view's readable palette is its own: when the application's changes (a theme switch) it is
// made again from the new one, else the old theme's text would stay on the new base.
class ReadablePaletteKeeper final : public QObject
{
public:
    explicit ReadablePaletteKeeper(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("ReadablePaletteKeeper"));
        apply();
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A new application palette reaches a child as a PaletteChange (and as the one apply()
        // causes itself, which finds the source unchanged).
        if (watched == m_view && (event->type() == QEvent::PaletteChange ||
                                  event->type() == QEvent::ApplicationPaletteChange)) {
            if (QApplication::palette(m_view) != m_source)
                apply();
        }
        return false;
    }

private:
    void apply()
    {
        // From the application's palette, not the parent's: the parent may not have had the
        // change yet.
        m_source = QApplication::palette(m_view);
        const QPalette readable = readableListPalette(m_source);
        // Only the roles it changes are the view's own; the rest stays inherited, so a new
        // application palette reaches the view (as a PaletteChange) at all.
        QPalette own = m_source;
        own.setResolveMask(0);
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto role : {QPalette::Text, QPalette::Highlight, QPalette::PlaceholderText})
                own.setColor(group, role, readable.color(group, role));
        }
        m_view->setPalette(own);
    }

    QAbstractItemView *m_view;
    QPalette m_source;
};
} // namespace

void useReadablePalette(QObject *view)
{
    auto *widget = qobject_cast<QAbstractItemView *>(view);
    if (widget && !widget->findChild<QObject *>(QStringLiteral("ReadablePaletteKeeper"),
                                                Qt::FindDirectChildrenOnly))
        new ReadablePaletteKeeper(widget);
}

ItemDelegate::ItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    useReadablePalette(parent);
}

void ItemDelegate::setWrapTitles(bool wrap)
{
    m_wrap = wrap;
    auto *tree = qobject_cast<QTreeView *>(parent());
    if (!wrap || !tree)
        return;
    tree->setUniformRowHeights(false);
    // The view keeps the row heights it measured: a new width asks for them again (the view
    // lays its rows out once, after the resize).
    connect(tree->header(), &QHeaderView::sectionResized, this,
            [this](int, int oldSize, int newSize) {
                if (m_wrap && oldSize != newSize)
                    emit sizeHintChanged({});
            });
}

int ItemDelegate::titleWidth(const QStyleOptionViewItem &option, int rowWidth)
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, qMax(1, rowWidth), 1000);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return qMax(1, style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).width() -
                       2 * Padding);
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
    QStyleOptionViewItem readable = option;
    readable.palette = readableListPalette(option.palette);
    // Our own focus mark instead of the style's faint dotted one (issue 14, point 7).
    const bool focused = option.state & QStyle::State_HasFocus;
    readable.state &= ~QStyle::State_HasFocus;
    const auto markFocus = qScopeGuard([&] {
        if (focused)
            paintFocus(painter, readable);
    });
    const QString secondary = index.data(Kb::SecondaryTextRole).toString();
    if (secondary.isEmpty() && !m_wrap) {
        QStyledItemDelegate::paint(painter, readable, index);
        return;
    }
    QStyleOptionViewItem opt = readable;
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
    int titleHeight = titleMetrics.height();
    if (m_wrap) {
        QTextLayout layout(title, opt.font, painter->device());
        titleHeight = qCeil(layoutWrapped(layout, text.width()));
        layout.draw(painter, text.topLeft());
    } else {
        painter->drawText(QRect(text.left(), text.top(), text.width(), titleHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(title, Qt::ElideRight, text.width()));
    }
    if (!secondary.isEmpty()) {
        painter->setFont(small);
        painter->setPen(secondaryTextColor(opt.palette, selected));
        painter->drawText(
            QRect(text.left(), text.top() + titleHeight, text.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(secondary, Qt::ElideRight, text.width()));
    }
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
    const bool twoLines = !index.data(Kb::SecondaryTextRole).toString().isEmpty();
    if (m_wrap) {
        // The row's width as the tree will draw it: its column less the branches' indentation.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int rowWidth = opt.rect.width();
        if (const auto *tree = qobject_cast<const QTreeView *>(opt.widget)) {
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex i = index.parent(); i.isValid(); i = i.parent())
                ++depth;
            rowWidth = tree->columnWidth(index.column()) - tree->indentation() * depth;
        }
        QTextLayout layout(opt.text, opt.font, opt.widget);
        const qreal title = layoutWrapped(layout, titleWidth(opt, rowWidth));
        const int second = twoLines ? QFontMetrics(secondaryFont(opt.font)).height() : 0;
        return {QFontMetrics(opt.font).averageCharWidth() * 12,
                qCeil(title) + second + 2 * Padding + 2};
    }
    if (!twoLines)
        return QStyledItemDelegate::sizeHint(option, index);
    // Two-line rows are elided to the view's width, so only the height matters: computing it
    // from font metrics avoids laying out every title (the lists fill at start-up).
    const QFontMetrics titleMetrics(option.font);
    const QFontMetrics smallMetrics(secondaryFont(option.font));
    return {titleMetrics.averageCharWidth() * 12,
            titleMetrics.height() + smallMetrics.height() + 2 * Padding + 2};
}

} // namespace Flexwonen::Ui
