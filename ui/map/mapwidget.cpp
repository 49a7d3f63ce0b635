// SPDX-License-Identifier: EUPL-1.2
#include "mapwidget.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "report/nlmap.h"
#include "theme/screencolours.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Flexwonen::Ui {

MapWidget::MapWidget(const Report::NlMap &map, QWidget *parent)
    : QWidget(parent)
    , m_map(map)
{
    AccessibleParts::install();
    setObjectName(QStringLiteral("MapWidget"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    followLanguage(this, [this] {
        setAccessibleName(tr("Kaart van Nederland met de acht regio's"));
        setAccessibleDescription(tr(
            "Kies een regio met de pijltjestoetsen en open die met Enter, of klik op een regio."));
    });
}

void MapWidget::setHighlight(const QString &regionId)
{
    m_highlight = regionId;
    update();
}

void MapWidget::setMunicipalityHighlight(const QString &code)
{
    m_municipality = code;
    update();
}

void MapWidget::setRegionTitles(const QHash<QString, QString> &titles)
{
    m_titles = titles;
}

QString MapWidget::titleOf(const QString &regionId) const
{
    const QString title = m_titles.value(regionId);
    if (!title.isEmpty())
        return title;
    const Report::MapRegion *region = m_map.region(regionId);
    return region ? region->label : regionId;
}

QRectF MapWidget::mapRect() const
{
    return QRectF(rect()).adjusted(6, 6, -6, -6);
}

QPointF MapWidget::markerPosition(const QString &regionId) const
{
    const Report::MapRegion *region = m_map.region(regionId);
    return region ? m_map.toTarget(mapRect(), region->marker) : QPointF();
}

QString MapWidget::regionAt(const QPointF &point) const
{
    return m_map.regionAt(mapRect(), point);
}

Report::MapPaintOptions MapWidget::paintOptions() const
{
    Report::MapPaintOptions options{m_highlight, m_hover, hasFocus() ? m_focus : QString(), true,
                                    false};
    options.municipality = m_municipality;
    options.colours = ScreenColours::of(palette()).map;
    return options;
}

QRectF MapWidget::labelRect(const QString &regionId) const
{
    return m_map.labelRect(font(), this, mapRect(), regionId, paintOptions());
}

QRectF MapWidget::municipalityMarkerRect() const
{
    return m_map.municipalityMarkerRect(mapRect(), m_municipality);
}

QSize MapWidget::sizeHint() const
{
    const int width = 300;
    return {width, heightForWidth(width)};
}

QSize MapWidget::minimumSizeHint() const
{
    return {160, 180};
}

int MapWidget::heightForWidth(int width) const
{
    return qRound((width - 12) / m_map.aspectRatio()) + 12;
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_map.paint(painter, mapRect(), paintOptions());
    if (hasFocus()) {
        // The map as a whole shows it has the keyboard (issue 14): a frame in the highlight
        // colour, as thick as the style's focus frames are easy to miss.
        QPen pen(palette().color(QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QString region = regionAt(event->position());
    if (region != m_hover) {
        m_hover = region;
        setCursor(region.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QString region = regionAt(event->position());
    if (!region.isEmpty() &&
        (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        m_focus = region;
        emit regionActivated(region, event->button() == Qt::MiddleButton ||
                                         event->modifiers().testFlag(Qt::ControlModifier));
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MapWidget::leaveEvent(QEvent *event)
{
    m_hover.clear();
    update();
    QWidget::leaveEvent(event);
}

void MapWidget::moveFocus(int delta)
{
    const QList<Report::MapRegion> &regions = m_map.regions();
    if (regions.isEmpty())
        return;
    int current = -1;
    for (int i = 0; i < regions.size(); ++i) {
        if (regions[i].id == m_focus)
            current = i;
    }
    const int count = int(regions.size());
    const int next = current < 0 ? (delta > 0 ? 0 : count - 1) : (current + delta + count) % count;
    m_focus = regions[next].id;
    setToolTip(toolTipHtml(titleOf(m_focus))); // titles are content
    update();
    announcePartFocus(this, focusedPart());
}

int MapWidget::indexOf(const QString &regionId) const
{
    const QList<Report::MapRegion> &regions = m_map.regions();
    for (int i = 0; i < regions.size(); ++i) {
        if (regions[i].id == regionId)
            return i;
    }
    return -1;
}

int MapWidget::partCount() const
{
    return int(m_map.regions().size());
}

QString MapWidget::partName(int index) const
{
    return titleOf(m_map.regions().value(index).id);
}

QRect MapWidget::partRect(int index) const
{
    // The marker stands for the region: the outline is no rectangle.
    const QPointF marker = markerPosition(m_map.regions().value(index).id);
    return QRect(marker.toPoint() - QPoint(12, 12), QSize(24, 24));
}

int MapWidget::focusedPart() const
{
    return indexOf(m_focus);
}

int MapWidget::chosenPart() const
{
    return indexOf(m_highlight);
}

void MapWidget::activatePart(int index)
{
    if (index >= 0 && index < partCount())
        emit regionActivated(m_map.regions()[index].id, false);
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveFocus(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveFocus(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_focus.isEmpty())
            emit regionActivated(m_focus, event->modifiers().testFlag(Qt::ControlModifier));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapWidget::focusInEvent(QFocusEvent *event)
{
    if (m_focus.isEmpty())
        m_focus = m_highlight.isEmpty() ? m_map.regions().value(0).id : m_highlight;
    update();
    QWidget::focusInEvent(event);
    announcePartFocus(this, focusedPart());
}

void MapWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString region = regionAt(help->pos());
        if (region.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(),
                               toolTipHtml(tr("%1 — klik om te openen").arg(titleOf(region))),
                               this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Flexwonen::Ui
