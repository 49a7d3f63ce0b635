// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace Flexwonen::Report {

// One of the 8 regions of the Nationale verklaring as the map shows it. The GeoJSON has
// provinces only, so a region is its province(s) plus a marker on its main city.
struct MapRegion
{
    QString id; // the region item's id in the knowledge base
    QString label;
    QString city;
    QStringList provinces;
    QPointF marker; // lon, lat
    bool labelLeft = false;
};

// What to emphasise when painting.
struct MapPaintOptions
{
    QString highlight; // region drawn prominently, its provinces tinted
    QString hover;     // region under the mouse
    QString focus;     // region with the keyboard focus (dashed ring)
    bool labels = true;
    // Labels as filled outlines with a stroked halo: vectors that print sharply in a PDF. On a
    // screen plain text with a drawn halo looks the same and costs a fraction (cached glyphs).
    bool labelsAsPaths = true;
};

// The Netherlands (outline and 12 provinces) with the 8 regions, painted with QPainter onto any
// paint device. Projection: equirectangular with the x-axis scaled by cos(52°), which keeps the
// country's shape at this latitude.
class NlMap
{
public:
    // Loads the compiled-in data (:/flexwonen/geo/); an unreadable file leaves the map invalid.
    NlMap();
    NlMap(const QByteArray &geoJson, const QByteArray &regionsJson);

    bool isValid() const { return !m_country.isEmpty() && !m_regions.isEmpty(); }
    const QList<MapRegion> &regions() const { return m_regions; }
    const MapRegion *region(const QString &id) const;
    QStringList provinceNames() const;
    // The attribution that must stand near the map: in the interface language (window), or
    // always in Dutch (the reports, whose text is Dutch).
    static QString credits();
    static QString dutchCredits();

    // Width / height of the projected country; callers size their rectangle with it.
    qreal aspectRatio() const;
    // Where a lon/lat point lands when the map is fitted (centred, aspect kept) into target.
    QPointF toTarget(const QRectF &target, const QPointF &lonLat) const;
    void paint(QPainter &painter, const QRectF &target, const MapPaintOptions &options = {}) const;

    // The region a click at point (in target coordinates) selects: a marker within reach, else
    // the nearest region marker of the province under the point; empty if none.
    QString regionAt(const QRectF &target, const QPointF &point) const;
    QString provinceAt(const QRectF &target, const QPointF &point) const;
    static qreal markerRadius(const QRectF &target);

private:
    void loadGeoJson(const QByteArray &json);
    void loadRegions(const QByteArray &json);
    QTransform transformFor(const QRectF &target) const;
    void paintMarker(QPainter &painter, const QRectF &target, const MapRegion &region,
                     const MapPaintOptions &options) const;

    struct Province
    {
        QString name;
        QPainterPath path; // projected
    };
    QPainterPath m_country;
    QList<Province> m_provinces;
    QRectF m_bounds;
    QList<MapRegion> m_regions;
};

} // namespace Flexwonen::Report
