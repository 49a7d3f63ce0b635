// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;

namespace Flexwonen::Report {

// Which municipalities make up each region, as the knowledge base lists them (region id ->
// name, CBS code, year of the list): what Kb::KnowledgeBase::municipalitiesByRegion() returns.
using RegionMunicipalities = QHash<QString, QList<Kb::Municipality>>;

// One of the 8 regions of the Nationale verklaring as the map shows it: the union of its own
// 2012 municipalities, and a marker with a label on its main city.
struct MapRegion
{
    QString id; // the region item's id in the knowledge base
    QString label;
    QString city;
    QPointF marker; // lon, lat
    bool labelLeft = false;
    QColor colour;                          // its fill on the overview (nothing highlighted)
    QList<Kb::Municipality> municipalities; // as the knowledge base lists them (may be empty)
    QStringList areaCodes; // the 2012 municipalities drawn for it (a 2013 merger: its parts)
};

// One municipality of 1 January 2012 (CBS code, name, province) and a point well inside it;
// its shape: NlMap::rings().
struct MapMunicipality
{
    QString code; // GMxxxx
    QString name;
    QString province;
    QPointF anchor; // lon, lat
};

// Where paint() puts the legend.
enum class MapLegendPlacement {
    None,
    TopLeft, // in the map's corner over the North Sea: small text, the map keeps its size
    Below,   // a strip under the map at legendPointSize (print); the map gives up the height
};

// The map's colours. The defaults are the print colours (reports on white paper, whatever the
// window's theme); the window passes its own from the screen palette (ui/theme/screencolours).
struct MapColours
{
    QColor land{0xec, 0xee, 0xe8};
    QColor otherRegion{0xd9, 0xe6, 0xf2};
    QColor tint{0xf6, 0xc9, 0x9f}; // the highlighted region
    QColor municipalBorder{0xff, 0xff, 0xff};
    QColor provinceBorder{0x8a, 0x96, 0xa3};
    QColor outline{0x4a, 0x5a, 0x6a}; // the country's edge
    QColor marker{0x1d, 0x4f, 0x91};
    QColor hover{0x0b, 0x33, 0x66};
    QColor highlight{0xc2, 0x41, 0x0c}; // the highlighted region's marker
    QColor highlightOutline = QColor(0xc2, 0x41, 0x0c).darker(115); // and its edge
    // Labels, and the ring of the region with the keyboard focus.
    QColor label{0x1f, 0x29, 0x33};
    QColor highlightLabel = QColor(0xc2, 0x41, 0x0c).darker(130);
    QColor halo{255, 255, 255, 230};     // around labels
    QColor markerRing{0xff, 0xff, 0xff}; // around markers, inside the municipality's
    QColor municipalityMark{0x6b, 0x21, 0xa8};
    QColor legendFrame{0xc5, 0xcc, 0xd3};
    QColor legendBackground{0xff, 0xff, 0xff};
    // The regions' own colours on the overview: as they are (< 0), or with this HSL lightness
    // (0–1), hue kept, so a dark map keeps them apart; their edges in regionEdge, or (invalid)
    // their fill darkened.
    qreal regionLightness = -1;
    QColor regionEdge{};

    QColor regionFill(const QColor &own) const;
    QColor regionEdgeFor(const QColor &own) const;
    // A region under the mouse: darker on a light map, lighter on a dark one.
    QColor hoverFill(const QColor &fill) const;
};

// What to emphasise when painting.
struct MapPaintOptions
{
    QString highlight{}; // region drawn prominently; the others lighter
    QString hover{};     // region under the mouse
    QString focus{};     // region with the keyboard focus (dashed ring)
    bool labels = true;
    // Labels as filled outlines with a stroked halo: vectors that print sharply in a PDF. On a
    // screen plain text with a drawn halo looks the same and costs a fraction (cached glyphs).
    bool labelsAsPaths = true;
    MapLegendPlacement legend = MapLegendPlacement::None; // drawn by paintLegend()
    QString municipality{};    // a CBS code (GMxxxx) marked with an outline and a marker
    bool markers = true;       // the regions' markers and labels (off: the areas alone)
    qreal legendPointSize = 8; // text of a legend Below, in points on the device
    MapColours colours{};      // print colours unless the caller gives others
};

// One line of the legend: a swatch and what it stands for.
struct MapLegendEntry
{
    enum class Kind { Fill, Line, Marker };
    Kind kind = Kind::Fill;
    QColor colour;
    QString label;
};

// The Netherlands drawn from its 415 municipalities of 2012 (CBS/PDOK, generalised), with the
// provinces as thin lines and the 8 regions as the union of their own municipalities, painted
// with QPainter onto any paint device. Projection: equirectangular with the x-axis scaled by
// cos(52°), which keeps the country's shape at this latitude. Region membership comes from the
// knowledge base (setRegionMunicipalities); without it the map shows the regions' markers only.
// paint() and hit testing may run on any thread; setRegionMunicipalities() is not concurrent.
class NlMap
{
public:
    // Loads the compiled-in data (:/flexwonen/geo/); an unreadable file leaves the map invalid.
    NlMap();
    // municipalitiesJson: as data/geo/make_gemeenten_2012.py writes it (its "format" says how).
    NlMap(const QByteArray &municipalitiesJson, const QByteArray &regionsJson);
    NlMap(const NlMap &other);
    NlMap &operator=(const NlMap &other);
    ~NlMap();

    bool isValid() const;
    // Which municipalities belong to which region; codes the map does not know are skipped
    // (logged). A list of 2013 (a municipality merged on 1 January 2013) is drawn from the 2012
    // municipalities it was made of.
    void setRegionMunicipalities(const RegionMunicipalities &municipalities);

    const QList<MapRegion> &regions() const { return m_regions; }
    const MapRegion *region(const QString &id) const;
    const QList<MapMunicipality> &municipalities() const;
    const MapMunicipality *municipality(const QString &code) const;
    // Its rings (lon, lat; closed; outer rings counter-clockwise, holes clockwise).
    QList<QPolygonF> rings(const QString &code) const;
    // The region a municipality of 2012 is drawn in, or empty.
    QString regionOfMunicipality(const QString &code) const;
    QStringList provinceNames() const;
    // The attribution that must stand near the map: in the interface language (window), or
    // always in Dutch (the reports, whose text is Dutch).
    static QString credits();
    static QString dutchCredits();

    // Width / height of the projected country; callers size their rectangle with it.
    qreal aspectRatio() const;
    // Where a lon/lat point lands when the map is fitted (centred, aspect kept) into target.
    QPointF toTarget(const QRectF &target, const QPointF &lonLat) const;
    QPointF toLonLat(const QRectF &target, const QPointF &point) const;
    void paint(QPainter &painter, const QRectF &target, const MapPaintOptions &options = {}) const;

    // The legend for what paint(options) shows: one region and the others, or every region in
    // its colour; municipal borders; the marked municipality.
    QList<MapLegendEntry> legend(const MapPaintOptions &options) const;
    // Draws legend(options) into area from its top left corner, in as many columns (up to 3)
    // as fit, the text fontPixelSize high or smaller until it fits; returns the rectangle used.
    QRectF paintLegend(QPainter &painter, const QRectF &area, const MapPaintOptions &options,
                       qreal fontPixelSize = 11) const;
    // The size paintLegend() takes within width (at that text size, nothing drawn).
    QSizeF legendSize(const QPainter &painter, qreal width, const MapPaintOptions &options,
                      qreal fontPixelSize) const;

    // A Dutch sentence for a screen reader saying what paint(options) shows (the alternative
    // text of the map as a figure in a report).
    QString describe(const MapPaintOptions &options) const;
    QString describe(const QString &regionId) const;

    // The region a click at point (in target coordinates) selects: a marker within reach, else
    // the region whose municipalities hold the point; empty if none. (A map painted with its
    // legend Below is fitted into target less the legend's strip.)
    QString regionAt(const QRectF &target, const QPointF &point) const;
    QString municipalityAt(const QRectF &target, const QPointF &point) const;
    QString provinceAt(const QRectF &target, const QPointF &point) const;
    static qreal markerRadius(const QRectF &target);
    // Where paint(options) draws a region's label, halo included, with font (the painter's) on
    // device; empty when it draws none. The marked municipality's marker as paint() draws it;
    // empty when the code is unknown. Both in target coordinates (for tests and hit areas).
    QRectF labelRect(const QFont &font, const QPaintDevice *device, const QRectF &target,
                     const QString &regionId, const MapPaintOptions &options) const;
    QRectF municipalityMarkerRect(const QRectF &target, const QString &code) const;
    // The free space every label leaves around a marked municipality's marker: a marker's
    // radius and the gap a label keeps from its own marker.
    static qreal labelClearance(const QRectF &target);

    struct Geometry; // the parsed data, shared by copies
    struct Cache;    // paths fitted to one target

private:
    struct CacheStore;

    void loadRegions(const QByteArray &json);
    void buildRegionShapes();
    QTransform transformFor(const QRectF &target) const;
    void paintMap(QPainter &painter, const QRectF &target, const MapPaintOptions &options) const;
    // The steps of paintMap(), bottom layer first.
    int regionIndex(const QString &id) const; // in m_regions, or -1
    void paintAreas(QPainter &painter, const Cache &cache, int highlighted,
                    const MapPaintOptions &options) const;
    void paintBorders(QPainter &painter, const Cache &cache, const QRectF &target, int highlighted,
                      const MapColours &colours) const;
    void paintMunicipalityMarker(QPainter &painter, const QRectF &target, const QString &code,
                                 const MapColours &colours) const;
    void paintCornerLegend(QPainter &painter, const QRectF &target,
                           const MapPaintOptions &options) const;
    std::shared_ptr<const Cache> cacheFor(const QRectF &target) const;
    int municipalityIndexAt(const QPointF &projected) const;
    void paintMarker(QPainter &painter, const QRectF &target, const MapRegion &region,
                     const MapPaintOptions &options) const;
    qreal regionMarkerRadius(const QRectF &target, const MapRegion &region,
                             const MapPaintOptions &options) const;
    struct LabelPlacement;
    LabelPlacement labelPlacement(const QFont &font, const QPaintDevice *device,
                                  const QRectF &target, const MapRegion &region,
                                  const MapPaintOptions &options) const;
    void paintMunicipality(QPainter &painter, const QRectF &target, const QString &code,
                           const MapColours &colours) const;
    struct LegendLayout;
    LegendLayout legendLayout(const QPainter &painter, const QSizeF &area,
                              const QList<MapLegendEntry> &entries, qreal fontPixelSize) const;

    std::shared_ptr<const Geometry> m_geometry;
    QList<MapRegion> m_regions;
    QList<QPainterPath> m_regionShapes;         // per region: its edge as rings, projected
    QHash<QString, int> m_regionOfMunicipality; // code -> index in m_regions
    std::unique_ptr<CacheStore> m_cache;
};

} // namespace Flexwonen::Report
