// SPDX-License-Identifier: EUPL-1.2
#include "barchartwidget.h"

#include "common/languagechange.h"
#include "kb/itemmarkdown.h"
#include "theme/screencolours.h"

#include <QPainter>

namespace Flexwonen::Ui {

namespace {
constexpr int Gap = 8;
} // namespace

BarChartWidget::BarChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("BarChart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    followLanguage(this, [this] { setAccessibleName(tr("Staafdiagram van de kerncijfers")); });
    AccessibleParts::install();
}

QString BarChartWidget::partName(int index) const
{
    const Kb::Figure f = m_figures.value(index);
    return QStringLiteral("%1: %2").arg(f.label, valueText(f));
}

QRect BarChartWidget::partRect(int index) const
{
    const QList<Row> rows = layoutRows(width());
    return index >= 0 && index < rows.size() ? rows[index].label.united(rows[index].bar) : QRect();
}

void BarChartWidget::setFigures(const QList<Kb::Figure> &figures)
{
    m_figures = figures;
    QStringList description;
    for (int i = 0; i < partCount(); ++i)
        description.append(partName(i));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    setVisible(!figures.isEmpty());
    updateGeometry();
    update();
}

double BarChartWidget::scaleMax(const Kb::Figure &figure) const
{
    double max = 0;
    for (const Kb::Figure &f : m_figures) {
        if (f.unit == figure.unit)
            max = qMax(max, f.valueMax.value_or(f.value));
    }
    return max;
}

QString BarChartWidget::valueText(const Kb::Figure &figure) const
{
    return tr("%1 (%2)").arg(Kb::ItemMarkdown::formatFigure(figure)).arg(figure.year);
}

QList<BarChartWidget::Row> BarChartWidget::layoutRows(int width) const
{
    const QFontMetrics metrics(font());
    const int barHeight = metrics.height() + 4;
    QList<Row> rows;
    int y = 0;
    for (const Kb::Figure &f : m_figures) {
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 10000),
                                                  Qt::TextWordWrap | Qt::AlignLeft, f.label);
        Row row;
        row.labelText = f.label;
        row.label = QRect(0, y, width, bounds.height());
        y += bounds.height() + 2;
        row.bar = QRect(0, y, width, barHeight);
        y += barHeight + Gap;
        rows.append(row);
    }
    return rows;
}

int BarChartWidget::heightForWidth(int width) const
{
    const QList<Row> rows = layoutRows(width);
    return rows.isEmpty() ? 0 : rows.last().bar.bottom() + 2;
}

QSize BarChartWidget::sizeHint() const
{
    return {300, heightForWidth(300)};
}

QSize BarChartWidget::minimumSizeHint() const
{
    return {150, heightForWidth(150)};
}

void BarChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Row> rows = layoutRows(width());
    const QFontMetrics metrics(font());
    const ScreenColours colours = ScreenColours::of(palette());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const Kb::Figure &f = m_figures[i];
        painter.setPen(colours.text);
        painter.drawText(row.label, Qt::TextWordWrap | Qt::AlignLeft, row.labelText);

        const double max = scaleMax(f);
        const qreal full = row.bar.width();
        const qreal valueWidth = max > 0 ? full * f.value / max : 0;
        const qreal rangeWidth = max > 0 && f.valueMax ? full * *f.valueMax / max : valueWidth;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.chartTrack);
        painter.drawRoundedRect(QRectF(row.bar), 2, 2);
        painter.setBrush(colours.chartRange);
        painter.drawRoundedRect(QRectF(row.bar.left(), row.bar.top(), rangeWidth, row.bar.height()),
                                2, 2);
        painter.setBrush(colours.chartBar);
        painter.drawRoundedRect(QRectF(row.bar.left(), row.bar.top(), valueWidth, row.bar.height()),
                                2, 2);

        // The value sits inside the bar when it fits, else after it; when neither fits (a range
        // that reaches the end of its scale) it is drawn across the bar in two tones, one over
        // the bar and the text colour over the rest, like a progress bar's text.
        const QString text = valueText(f);
        const int textWidth = metrics.horizontalAdvance(text) + 8;
        QRect textRect = row.bar.adjusted(4, 0, -4, 0);
        const int afterRange = row.bar.left() + int(rangeWidth) + 4;
        if (valueWidth >= textWidth) {
            painter.setPen(colours.chartOnBar);
        } else if (row.bar.right() - afterRange >= textWidth) {
            textRect.setLeft(afterRange);
            painter.setPen(colours.text);
        } else {
            const QString shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
            const int split = row.bar.left() + int(valueWidth);
            painter.save();
            painter.setClipRect(
                QRect(row.bar.left(), row.bar.top(), split - row.bar.left(), row.bar.height()));
            painter.setPen(colours.chartOnBar);
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
            painter.setClipRect(
                QRect(split, row.bar.top(), row.bar.right() - split + 1, row.bar.height()));
            painter.setPen(colours.text);
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
            painter.restore();
            continue;
        }
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    }
}

} // namespace Flexwonen::Ui
