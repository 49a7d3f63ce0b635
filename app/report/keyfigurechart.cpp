// SPDX-License-Identifier: EUPL-1.2
#include "keyfigurechart.h"

#include "kb/itemmarkdown.h"
#include "reportfonts.h"

#include <algorithm>
#include <cmath>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

// The chart is drawn in millimetres.
constexpr qreal Width = 170;
constexpr qreal LabelWidth = 62;
constexpr qreal ValueWidth = 26;
constexpr qreal BarLeft = LabelWidth + 2;
constexpr qreal BarRight = Width - ValueWidth;
constexpr qreal TitleHeight = 5;
constexpr qreal RowHeight = 4.2;
constexpr qreal BarHeight = 2.8;
constexpr qreal AxisHeight = 4.5;
constexpr qreal GroupGap = 3;
constexpr qreal TextSize = 2.5; // mm, about 7 pt
constexpr qreal SmallSize = 2.2;

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Own(0x0b, 0x4f, 0x6c);
const QColor OwnRange(0x7f, 0xb2, 0xc9);
const QColor Other(0x9a, 0xab, 0xbb);
const QColor OtherRange(0xd5, 0xde, 0xe4);
const QColor Grid(0xdd, 0xe3, 0xe8);

QString valueText(const Kb::Figure &f)
{
    QString text = Kb::ItemMarkdown::formatNumber(f.value);
    if (f.valueMax)
        text += u"–"_s + Kb::ItemMarkdown::formatNumber(*f.valueMax);
    return text;
}

QString describe(const QString &region, const Kb::Figure &f)
{
    return u"%1, %2: %3 (%4)"_s.arg(region, f.label, Kb::ItemMarkdown::formatFigure(f)).arg(f.year);
}

double top(const KeyFigureChart::Bar &bar)
{
    return bar.valueMax ? std::max(bar.value, *bar.valueMax) : bar.value;
}

// A round step for about four grid lines: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

// Text as filled outlines, in millimetres: sharp in any PDF, independent of the device's fonts.
class Pen
{
public:
    explicit Pen(QPainter &painter)
        : m_painter(painter)
    {}

    qreal width(const QString &text, qreal size, bool bold = false) const
    {
        return QFontMetricsF(font(bold)).horizontalAdvance(text) * size / 100;
    }

    QString elided(const QString &text, qreal size, qreal width, bool bold = false) const
    {
        return QFontMetricsF(font(bold)).elidedText(text, Qt::ElideRight, width * 100 / size);
    }

    // baseline: where the text sits; align: Qt::AlignLeft, AlignRight or AlignHCenter.
    void draw(const QString &text, QPointF baseline, qreal size, const QColor &colour,
              Qt::Alignment align = Qt::AlignLeft, bool bold = false) const
    {
        if (align & Qt::AlignRight)
            baseline.rx() -= width(text, size, bold);
        else if (align & Qt::AlignHCenter)
            baseline.rx() -= width(text, size, bold) / 2;
        QPainterPath path;
        path.addText(QPointF(0, 0), font(bold), text);
        QTransform t;
        t.translate(baseline.x(), baseline.y());
        t.scale(size / 100, size / 100);
        m_painter.fillPath(t.map(path), colour);
    }

private:
    static QFont font(bool bold)
    {
        QFont f(reportFontFamily());
        f.setPixelSize(100);
        f.setBold(bold);
        f.setKerning(true);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    QPainter &m_painter;
};

void paintGroup(QPainter &painter, const Pen &pen, const KeyFigureChart::Group &group, qreal y)
{
    pen.draw(pen.elided(group.title, TextSize, Width, true), {0, y + 4.2}, TextSize, Ink,
             Qt::AlignLeft, true);
    y += TitleHeight;
    double max = 0;
    for (const KeyFigureChart::Bar &bar : group.bars)
        max = std::max(max, top(bar));
    const double step = niceStep(max);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    const auto xOf = [axisMax](double v) { return BarLeft + (BarRight - BarLeft) * v / axisMax; };
    const qreal rowsHeight = group.bars.size() * RowHeight;

    // Grid lines and the scale under the bars.
    painter.setPen(QPen(Grid, 0.2));
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const qreal x = xOf(v);
        painter.drawLine(QPointF(x, y), QPointF(x, y + rowsHeight + 0.8));
        pen.draw(Kb::ItemMarkdown::formatNumber(v), {x, y + rowsHeight + 3.6}, SmallSize, Muted,
                 Qt::AlignHCenter);
    }
    painter.setPen(QPen(Muted, 0.25));
    painter.drawLine(QPointF(BarLeft, y), QPointF(BarLeft, y + rowsHeight));

    for (const KeyFigureChart::Bar &bar : group.bars) {
        const qreal barTop = y + (RowHeight - BarHeight) / 2;
        const qreal baseline = y + RowHeight / 2 + TextSize * 0.35;
        pen.draw(pen.elided(bar.label, TextSize, LabelWidth, bar.own), {LabelWidth, baseline},
                 TextSize, bar.own ? Ink : Muted, Qt::AlignRight, bar.own);
        const qreal end = xOf(bar.value);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.own ? Own : Other);
        painter.drawRect(QRectF(BarLeft, barTop, std::max<qreal>(0.3, end - BarLeft), BarHeight));
        qreal textX = end;
        if (bar.valueMax && *bar.valueMax > bar.value) {
            const qreal rangeEnd = xOf(*bar.valueMax);
            painter.setBrush(bar.own ? OwnRange : OtherRange);
            painter.drawRect(QRectF(end, barTop, rangeEnd - end, BarHeight));
            textX = rangeEnd;
        }
        pen.draw(bar.valueText, {textX + 1.2, baseline}, TextSize, bar.own ? Ink : Muted,
                 Qt::AlignLeft, bar.own);
        y += RowHeight;
    }
}

} // namespace

KeyFigureChart KeyFigureChart::forRegion(const Kb::Item &region, const QList<Kb::Item> &regions)
{
    KeyFigureChart chart;
    chart.m_region = region.title;
    QStringList units;
    for (const Kb::Figure &f : region.figures) {
        if (!units.contains(f.unit))
            units.append(f.unit);
    }
    for (const QString &unit : std::as_const(units)) {
        Group group;
        for (const Kb::Figure &f : region.figures) {
            if (f.unit == unit)
                group.bars.append(
                    {f.label, describe(region.title, f), f.value, f.valueMax, valueText(f), true});
        }
        const QString name = unit.isEmpty() ? u"aantal"_s : unit;
        if (group.bars.size() > 1) {
            group.title = u"Kerncijfers van %1 in %2"_s.arg(region.title, name);
            chart.m_groups.append(group);
            continue;
        }
        // One figure says nothing as a bar: set it beside the other regions.
        const QString ownLabel = group.bars.first().label;
        group.bars.first().label = region.title;
        for (const Kb::Item &other : regions) {
            if (other.id == region.id)
                continue;
            const auto same = std::find_if(other.figures.cbegin(), other.figures.cend(),
                                           [&unit](const Kb::Figure &f) { return f.unit == unit; });
            if (same != other.figures.cend()) {
                group.bars.append({other.title, describe(other.title, *same), same->value,
                                   same->valueMax, valueText(*same), false});
            } else if (unit == QLatin1String("gemeenten") && !other.municipalities.isEmpty()) {
                const int year = other.municipalities.first().year;
                const double n = double(other.municipalities.size());
                group.bars.append({other.title,
                                   u"%1: %2 gemeenten in de regio (peiljaar %3)"_s.arg(other.title)
                                       .arg(n)
                                       .arg(year),
                                   n, std::nullopt, Kb::ItemMarkdown::formatNumber(n), false});
            }
        }
        // The unit in brackets unless the label says it already ("Deelnemende gemeenten").
        const QString what = ownLabel.contains(name, Qt::CaseInsensitive)
                                 ? ownLabel
                                 : u"%1 (%2)"_s.arg(ownLabel, name);
        group.title =
            group.bars.size() > 1 ? u"%1, vergeleken met de andere regio's"_s.arg(what) : what;
        chart.m_groups.append(group);
    }
    return chart;
}

int KeyFigureChart::barCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.bars.size());
    return n;
}

bool KeyFigureChart::comparesRegions() const
{
    for (const Group &g : m_groups) {
        for (const Bar &b : g.bars) {
            if (!b.own)
                return true;
        }
    }
    return false;
}

QString KeyFigureChart::altText() const
{
    QStringList parts;
    for (const Group &g : m_groups) {
        QStringList bars;
        for (const Bar &b : g.bars)
            bars.append(b.description);
        parts.append(u"%1: %2."_s.arg(g.title, bars.join(u"; "_s)));
    }
    return u"Staafdiagram van de kerncijfers van %1. %2"_s.arg(m_region, parts.join(u' '));
}

QString KeyFigureChart::caption() const
{
    QString text = u"Kerncijfers van %1 als staafdiagram, één schaal per eenheid."_s.arg(m_region);
    if (comparesRegions())
        text += u" Donker: %1; licht: ter vergelijking een cijfer in dezelfde eenheid uit de "
                "andere regio's (zie de bronnen van die regio's)."_s.arg(m_region);
    for (const Group &g : m_groups) {
        for (const Bar &b : g.bars) {
            if (b.valueMax) {
                text += u" Een lichter uiteinde is de bandbreedte van een schatting."_s;
                return text;
            }
        }
    }
    return text;
}

QSizeF KeyFigureChart::sizeMm() const
{
    qreal height = 0;
    for (const Group &g : m_groups)
        height += TitleHeight + g.bars.size() * RowHeight + AxisHeight;
    if (m_groups.size() > 1)
        height += (m_groups.size() - 1) * GroupGap;
    return {Width, height};
}

void KeyFigureChart::paint(QPainter &painter, const QRectF &rect) const
{
    const QSizeF size = sizeMm();
    if (size.isEmpty() || rect.isEmpty())
        return;
    // Scaled as a whole (aspect kept) and centred in rect.
    const qreal scale = std::min(rect.width() / size.width(), rect.height() / size.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.center().x() - size.width() * scale / 2,
                      rect.center().y() - size.height() * scale / 2);
    painter.scale(scale, scale);
    const Pen pen(painter);
    qreal y = 0;
    for (const Group &g : m_groups) {
        paintGroup(painter, pen, g, y);
        y += TitleHeight + g.bars.size() * RowHeight + AxisHeight + GroupGap;
    }
    painter.restore();
}

Figure KeyFigureChart::figure() const
{
    Figure f;
    f.sizeMm = sizeMm();
    f.altText = altText();
    const KeyFigureChart copy = *this;
    f.paint = [copy](QPainter &painter, const QRectF &rect) { copy.paint(painter, rect); };
    return f;
}

} // namespace Flexwonen::Report
