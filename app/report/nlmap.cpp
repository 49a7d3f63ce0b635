// SPDX-License-Identifier: EUPL-1.2
#include "nlmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QLoggingCategory>
#include <QMultiHash>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>
#include <QtMath>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

Q_LOGGING_CATEGORY(lcMap, "flexwonen.report.map")

namespace {

// cos(52°): at the latitude of the Netherlands a degree of longitude is this much shorter than a
// degree of latitude.
const qreal XScale = qCos(qDegreesToRadians(52.0));

// The legend in the map's top left corner must stay over the sea: at most this share of the
// map's width and height (Texel and the coast of Holland begin just beyond).
constexpr qreal LegendMaxWidth = 0.28;
constexpr qreal LegendMaxHeight = 0.40;

QPointF project(const QPointF &lonLat)
{
    return {lonLat.x() * XScale, -lonLat.y()};
}

// A ring names an arc by its number, or by ~number when it runs the arc backwards.
qint64 arcIndex(qint64 ref)
{
    return ref >= 0 ? ref : ~ref;
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

// On a screen the thin lines are hairlines (Qt draws those directly instead of turning each
// line into an outline and filling that: a tenth of the time, and the country's edge alone cost
// more than all the rest), lightened to look as thin. On paper they keep their width. Pens stay
// opaque for the PDF: a translucent one makes Qt's PDF writer do the same outline work and write
// it into the file.
struct ThinPen
{
    bool screen = false;
    qreal width = 1; // lineWidth() of the target

    QPen operator()(const QColor &colour, qreal factor) const
    {
        if (screen && width * factor <= 1.5) {
            QColor light = colour;
            light.setAlphaF(float(qMin(1.0, width * factor)));
            QPen hairline(light, 0);
            hairline.setCosmetic(true);
            return hairline;
        }
        return QPen(colour, width * factor, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    }
};

QString joinDutch(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(u", "_s) + u" en "_s + parts.last();
}

QString countWord(qsizetype n)
{
    static const char *const words[] = {"nul",   "een",  "twee",  "drie", "vier", "vijf",  "zes",
                                        "zeven", "acht", "negen", "tien", "elf",  "twaalf"};
    return n >= 0 && n < qsizetype(std::size(words)) ? QString::fromLatin1(words[n])
                                                     : QString::number(n);
}

QString municipalitiesCount(qsizetype n)
{
    return n == 1 ? u"1 gemeente"_s : u"%1 gemeenten"_s.arg(n);
}

// A label drawn as an outline with a white halo (vectors, for print) or as cached text (screen).
void paintHaloText(QPainter &painter, const QPointF &baseline, const QFont &font,
                   const QString &text, const QColor &ink, const QColor &haloColour, qreal halo,
                   bool asPath)
{
    if (!asPath) {
        painter.setFont(font);
        painter.setPen(haloColour);
        for (const QPointF offset : {QPointF(-halo, 0), QPointF(halo, 0), QPointF(0, -halo),
                                     QPointF(0, halo), QPointF(-halo, -halo), QPointF(halo, halo),
                                     QPointF(-halo, halo), QPointF(halo, -halo)})
            painter.drawText(baseline + offset, text);
        painter.setPen(ink);
        painter.drawText(baseline, text);
        return;
    }
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.strokePath(path,
                       QPen(haloColour, halo * 2.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, ink);
}

} // namespace

QColor MapColours::regionFill(const QColor &own) const
{
    if (regionLightness < 0)
        return own;
    const QColor hsl = own.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF() * 0.6f, float(regionLightness));
}

QColor MapColours::regionEdgeFor(const QColor &own) const
{
    return regionEdge.isValid() ? regionEdge : regionFill(own).darker(150);
}

QColor MapColours::hoverFill(const QColor &fill) const
{
    return land.lightnessF() < 0.5 ? fill.lighter(135) : fill.darker(112);
}

// The parsed TopoJSON: arcs shared by neighbouring municipalities, so every border exists once.
struct NlMap::Geometry
{
    QList<QPolygonF> arcs;              // projected
    QList<std::array<int, 2>> arcSides; // the municipalities on either side; -1: none (outside)
    QList<MapMunicipality> municipalities;
    // Per municipality its rings as arc numbers (negative ~i: arc i reversed); the points are
    // put together when needed (hit testing, marking one): nothing to copy at start-up.
    QList<QList<QList<int>>> rings;
    QList<QRectF> bounds; // projected
    QHash<QString, int> byCode;
    QHash<QString, QStringList> mergers2013; // a 2013 municipality -> its 2012 parts
    QStringList provinces;
    QPainterPath land;           // the country: its edge (coast, national border) as rings
    QPainterPath municipalLines; // borders between municipalities of one province
    QPainterPath provinceLines;  // borders between provinces
    QRectF extent;

    static std::shared_ptr<const Geometry> parse(const QByteArray &json);
    QPolygonF ring(const QList<int> &refs) const; // projected, closed
    // The edge of a set of municipalities as closed rings: the arcs with the set on one side
    // only, chained end to start. Filled (non-zero) it is their union with only its outer
    // edges, a fraction of the edges of all their rings; stroked it is their outline.
    QPainterPath boundary(const QList<bool> &inSet) const;

private:
    // The TopoJSON "transform": from the integer grid of the file to lon, lat.
    struct Grid
    {
        qreal sx = 0, sy = 0, tx = 0, ty = 0;

        static std::optional<Grid> fromJson(const QJsonObject &transform);
        QPointF lonLat(qreal x, qreal y) const { return {x * sx + tx, y * sy + ty}; }
        QPolygonF decodeArc(const QString &text) const; // projected
    };

    // The steps of parse(), in this order: each needs what the one before read.
    QList<QRectF> readArcs(const QJsonArray &list, const Grid &grid); // returns their bounds
    void readMergers(const QJsonObject &mergers);
    void readMunicipalities(const QJsonArray &list, const Grid &grid,
                            const QList<QRectF> &arcBounds);
    // A municipality's rings as arc numbers (those with an area) and their bounds; false if a
    // ring names an arc that does not exist (or valid came in false).
    bool readRings(const QJsonArray &list, const QList<QRectF> &arcBounds, bool valid,
                   QList<QList<int>> &refsOut, QRectF &area) const;
    void addMunicipality(const MapMunicipality &m, const QList<QList<int>> &refs,
                         const QRectF &area);
    void sortInnerArcs(); // into provinceLines and municipalLines
};

QPolygonF NlMap::Geometry::ring(const QList<int> &refs) const
{
    QPolygonF points;
    for (const int ref : refs) {
        const QPolygonF &arc = arcs[ref >= 0 ? ref : ~ref];
        // Consecutive arcs share their end point: take it once.
        const qsizetype from = points.isEmpty() ? 0 : 1;
        if (ref >= 0) {
            for (qsizetype i = from; i < arc.size(); ++i)
                points.append(arc[i]);
        } else {
            for (qsizetype i = arc.size() - 1 - from; i >= 0; --i)
                points.append(arc[i]);
        }
    }
    return points;
}

QPainterPath NlMap::Geometry::boundary(const QList<bool> &inSet) const
{
    // Oriented arcs on the edge (as the member's ring runs them), found by their start point.
    QList<QPolygonF> edges;
    QMultiHash<std::pair<qreal, qreal>, qsizetype> byStart;
    for (qsizetype m = 0; m < municipalities.size(); ++m) {
        if (!inSet.value(m))
            continue;
        for (const QList<int> &refs : rings[m]) {
            for (const int ref : refs) {
                const qsizetype arc = ref >= 0 ? ref : ~ref;
                const auto [a, b] = arcSides[arc];
                const int other = a == m ? b : a;
                if (other >= 0 && inSet.value(other))
                    continue; // inside the set
                QPolygonF points = arcs[arc];
                if (ref < 0)
                    std::reverse(points.begin(), points.end());
                byStart.insert({points.first().x(), points.first().y()}, edges.size());
                edges.append(points);
            }
        }
    }
    // Any grouping of the edges into closed rings fills the same (winding numbers add up).
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    QList<bool> used(edges.size(), false);
    for (qsizetype e = 0; e < edges.size(); ++e) {
        if (used[e])
            continue;
        used[e] = true;
        QPolygonF ring = edges[e];
        for (qsizetype guard = 0; ring.last() != ring.first() && guard < edges.size(); ++guard) {
            qsizetype next = -1;
            for (auto it = byStart.constFind({ring.last().x(), ring.last().y()});
                 it != byStart.cend() && it.key() == std::pair{ring.last().x(), ring.last().y()};
                 ++it) {
                if (!used[it.value()]) {
                    next = it.value();
                    break;
                }
            }
            if (next < 0)
                break; // cannot happen with consistent rings; closeSubpath ends it anyway
            used[next] = true;
            ring.append(edges[next].mid(1));
        }
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

std::shared_ptr<const NlMap::Geometry> NlMap::Geometry::parse(const QByteArray &json)
{
    auto g = std::make_shared<Geometry>();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const std::optional<Grid> grid = Grid::fromJson(root.value("transform"_L1).toObject());
    if (!grid)
        return g;
    const QList<QRectF> arcBounds = g->readArcs(root.value("arcs"_L1).toArray(), *grid);
    g->readMergers(root.value("mergers"_L1).toObject().value("2013"_L1).toObject());
    g->readMunicipalities(root.value("municipalities"_L1).toArray(), *grid, arcBounds);
    g->land = g->boundary(QList<bool>(g->municipalities.size(), true));
    g->sortInnerArcs();
    g->extent = g->land.boundingRect();
    return g;
}

std::optional<NlMap::Geometry::Grid> NlMap::Geometry::Grid::fromJson(const QJsonObject &transform)
{
    const QJsonArray scale = transform.value("scale"_L1).toArray();
    const QJsonArray translate = transform.value("translate"_L1).toArray();
    Grid grid;
    grid.sx = scale.at(0).toDouble();
    grid.sy = scale.at(1).toDouble();
    grid.tx = translate.at(0).toDouble();
    grid.ty = translate.at(1).toDouble();
    if (grid.sx <= 0 || grid.sy <= 0)
        return std::nullopt; // no usable grid: an empty map rather than one squashed flat
    return grid;
}

QPolygonF NlMap::Geometry::Grid::decodeArc(const QString &text) const
{
    QPolygonF projected;
    qint64 x = 0, y = 0, number = 0;
    int sign = 1, count = 0;
    bool inNumber = false;
    // Every number ends a step of x or of y; each second one completes a point.
    const auto take = [&] {
        if (!inNumber)
            return;
        (count % 2 == 0 ? x : y) += sign * number;
        if (++count % 2 == 0)
            projected.append(project(lonLat(qreal(x), qreal(y))));
        number = 0;
        sign = 1;
        inNumber = false;
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9' && number < (qint64(1) << 40)) {
            number = number * 10 + (u - u'0');
            inNumber = true;
        } else if (u == u'-' && !inNumber) {
            sign = -1;
        } else {
            take();
        }
    }
    take();
    return projected;
}

QList<QRectF> NlMap::Geometry::readArcs(const QJsonArray &list, const Grid &grid)
{
    // Arcs: "x0 y0 dx dy dx dy ...", the first position absolute, the others as steps, on an
    // integer grid (one string per arc: far cheaper to load than thousands of small arrays).
    QList<QRectF> arcBounds;
    for (const QJsonValue &arcValue : list) {
        const QPolygonF projected = grid.decodeArc(arcValue.toString());
        arcBounds.append(projected.boundingRect());
        arcs.append(projected);
    }
    arcSides.fill({-1, -1}, arcs.size());
    return arcBounds;
}

void NlMap::Geometry::readMergers(const QJsonObject &mergers)
{
    for (auto it = mergers.begin(); it != mergers.end(); ++it) {
        for (const QJsonValue &code : it.value().toArray())
            mergers2013[it.key()].append(code.toString());
    }
}

void NlMap::Geometry::readMunicipalities(const QJsonArray &list, const Grid &grid,
                                         const QList<QRectF> &arcBounds)
{
    QSet<QString> provinceSet;
    // [code, name, province, anchor x, anchor y, rings]: arrays load faster than objects.
    for (const QJsonValue &value : list) {
        const QJsonArray o = value.toArray();
        MapMunicipality m;
        m.code = o.at(0).toString();
        m.name = o.at(1).toString();
        m.province = o.at(2).toString();
        m.anchor = grid.lonLat(o.at(3).toDouble(), o.at(4).toDouble());
        QList<QList<int>> refs;
        QRectF area;
        const bool known = !m.code.isEmpty() && !byCode.contains(m.code);
        const bool valid = readRings(o.at(5).toArray(), arcBounds, known, refs, area);
        if (!valid || refs.isEmpty()) {
            qCWarning(lcMap) << "gemeente overgeslagen in de kaartgegevens:" << m.code;
            continue;
        }
        provinceSet.insert(m.province);
        addMunicipality(m, refs, area);
    }
    provinces = QStringList(provinceSet.cbegin(), provinceSet.cend());
    provinces.sort();
}

bool NlMap::Geometry::readRings(const QJsonArray &list, const QList<QRectF> &arcBounds, bool valid,
                                QList<QList<int>> &refsOut, QRectF &area) const
{
    for (const QJsonValue &ringValue : list) {
        QList<int> refs;
        qsizetype points = 0;
        for (const QJsonValue &refValue : ringValue.toArray()) {
            const qint64 ref = refValue.toInteger(std::numeric_limits<qint64>::max());
            const qint64 index = arcIndex(ref);
            if (index < 0 || index >= arcs.size()) {
                valid = false;
                break;
            }
            refs.append(int(ref));
            points += arcs[index].size() - 1;
            area = area.united(arcBounds[index]);
        }
        if (valid && points >= 3) // a ring needs an area
            refsOut.append(refs);
    }
    return valid;
}

void NlMap::Geometry::addMunicipality(const MapMunicipality &m, const QList<QList<int>> &refs,
                                      const QRectF &area)
{
    const int index = int(municipalities.size());
    // Each arc learns the (at most two) municipalities it separates: boundary() needs them.
    for (const QList<int> &ringRefs : refs) {
        for (const int ref : ringRefs) {
            std::array<int, 2> &sides = arcSides[arcIndex(ref)];
            (sides[0] < 0 ? sides[0] : sides[1]) = index;
        }
    }
    byCode.insert(m.code, index);
    bounds.append(area);
    rings.append(refs);
    municipalities.append(m);
}

void NlMap::Geometry::sortInnerArcs()
{
    // Every inner arc is drawn once, as a province border or a municipal one (the outer arcs
    // are the land's edge).
    for (qsizetype i = 0; i < arcs.size(); ++i) {
        const auto [a, b] = arcSides[i];
        if (a < 0 || b < 0)
            continue;
        (municipalities[a].province != municipalities[b].province ? provinceLines : municipalLines)
            .addPolygon(arcs[i]);
    }
}

struct NlMap::Cache
{
    QRectF target;
    QPainterPath land, municipalLines, provinceLines;
    QList<QPainterPath> regions;
};

struct NlMap::CacheStore
{
    QMutex mutex;
    QList<std::shared_ptr<const Cache>> entries; // most recent first
};

NlMap::NlMap()
    : NlMap(readResource(u":/flexwonen/geo/nl-gemeenten-2012.json"_s),
            readResource(u":/flexwonen/geo/regions.json"_s))
{}

NlMap::NlMap(const QByteArray &municipalitiesJson, const QByteArray &regionsJson)
    : m_geometry(Geometry::parse(municipalitiesJson))
    , m_cache(std::make_unique<CacheStore>())
{
    loadRegions(regionsJson);
    buildRegionShapes();
}

NlMap::NlMap(const NlMap &other)
    : m_geometry(other.m_geometry)
    , m_regions(other.m_regions)
    , m_regionShapes(other.m_regionShapes)
    , m_regionOfMunicipality(other.m_regionOfMunicipality)
    , m_cache(std::make_unique<CacheStore>())
{}

NlMap &NlMap::operator=(const NlMap &other)
{
    if (this != &other) {
        m_geometry = other.m_geometry;
        m_regions = other.m_regions;
        m_regionShapes = other.m_regionShapes;
        m_regionOfMunicipality = other.m_regionOfMunicipality;
        m_cache = std::make_unique<CacheStore>();
    }
    return *this;
}

NlMap::~NlMap() = default;

bool NlMap::isValid() const
{
    return !m_geometry->municipalities.isEmpty() && !m_regions.isEmpty();
}

void NlMap::loadRegions(const QByteArray &json)
{
    const QJsonArray regions = QJsonDocument::fromJson(json).object().value("regions"_L1).toArray();
    for (const QJsonValue &value : regions) {
        const QJsonObject o = value.toObject();
        const QJsonArray marker = o.value("marker"_L1).toArray();
        MapRegion region;
        region.id = o.value("id"_L1).toString();
        region.label = o.value("label"_L1).toString();
        region.city = o.value("city"_L1).toString();
        region.marker = {marker.at(0).toDouble(), marker.at(1).toDouble()};
        region.labelLeft = o.value("label_side"_L1).toString() == "left"_L1;
        region.colour = QColor::fromString(o.value("colour"_L1).toString());
        if (!region.colour.isValid())
            region.colour = MapColours().otherRegion;
        m_regions.append(region);
    }
}

void NlMap::setRegionMunicipalities(const RegionMunicipalities &municipalities)
{
    m_regionOfMunicipality.clear();
    for (qsizetype r = 0; r < m_regions.size(); ++r) {
        MapRegion &region = m_regions[r];
        region.municipalities = municipalities.value(region.id);
        region.areaCodes.clear();
        for (const Kb::Municipality &m : std::as_const(region.municipalities)) {
            QStringList parts{m.code};
            if (m.year == 2013 && m_geometry->mergers2013.contains(m.code))
                parts = m_geometry->mergers2013.value(m.code);
            for (const QString &code : std::as_const(parts)) {
                if (!m_geometry->byCode.contains(code)) {
                    qCWarning(lcMap)
                        << "gemeente niet op de kaart van 2012:" << code << "in" << region.id;
                    continue;
                }
                if (m_regionOfMunicipality.contains(code))
                    continue; // in two regions: the first keeps it
                m_regionOfMunicipality.insert(code, int(r));
                region.areaCodes.append(code);
            }
        }
    }
    buildRegionShapes();
}

void NlMap::buildRegionShapes()
{
    const Geometry &g = *m_geometry;
    m_regionShapes.clear();
    for (const MapRegion &region : std::as_const(m_regions)) {
        QList<bool> members(g.municipalities.size(), false);
        for (const QString &code : region.areaCodes)
            members[g.byCode.value(code)] = true;
        m_regionShapes.append(g.boundary(members));
    }
    if (m_cache) {
        const QMutexLocker lock(&m_cache->mutex);
        m_cache->entries.clear();
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

const QList<MapMunicipality> &NlMap::municipalities() const
{
    return m_geometry->municipalities;
}

QList<QPolygonF> NlMap::rings(const QString &code) const
{
    QList<QPolygonF> result;
    const int index = m_geometry->byCode.value(code, -1);
    if (index < 0)
        return result;
    for (const QList<int> &refs : m_geometry->rings[index]) {
        QPolygonF ring = m_geometry->ring(refs);
        for (QPointF &p : ring)
            p = {p.x() / XScale, -p.y()};
        result.append(ring);
    }
    return result;
}

const MapMunicipality *NlMap::municipality(const QString &code) const
{
    const int index = m_geometry->byCode.value(code, -1);
    return index < 0 ? nullptr : &m_geometry->municipalities[index];
}

QString NlMap::regionOfMunicipality(const QString &code) const
{
    const int r = m_regionOfMunicipality.value(code, -1);
    return r < 0 ? QString() : m_regions[r].id;
}

QStringList NlMap::provinceNames() const
{
    return m_geometry->provinces;
}

namespace {
constexpr const char *CreditsText = QT_TRANSLATE_NOOP(
    "Flexwonen::Report::NlMap",
    "Kaart: gemeentegrenzen 2012, Kadaster / CBS (CBS Gebiedsindelingen via PDOK, "
    "gegeneraliseerd en vereenvoudigd; CC BY 4.0), via cartomap/nl.");
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
    const QRectF &e = m_geometry->extent;
    return e.height() > 0 ? e.width() / e.height() : 1.0;
}

QTransform NlMap::transformFor(const QRectF &target) const
{
    const QRectF &e = m_geometry->extent;
    if (e.isEmpty() || target.isEmpty())
        return {};
    const qreal scale = qMin(target.width() / e.width(), target.height() / e.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-e.center().x(), -e.center().y());
    return t;
}

QPointF NlMap::toTarget(const QRectF &target, const QPointF &lonLat) const
{
    return transformFor(target).map(project(lonLat));
}

QPointF NlMap::toLonLat(const QRectF &target, const QPointF &point) const
{
    bool invertible = false;
    const QPointF p = transformFor(target).inverted(&invertible).map(point);
    return invertible ? QPointF(p.x() / XScale, -p.y()) : QPointF();
}

qreal NlMap::markerRadius(const QRectF &target)
{
    return qBound(3.5, qMin(target.width(), target.height()) / 70.0, 14.0);
}

std::shared_ptr<const NlMap::Cache> NlMap::cacheFor(const QRectF &target) const
{
    const QMutexLocker lock(&m_cache->mutex);
    QList<std::shared_ptr<const Cache>> &entries = m_cache->entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i]->target == target) {
            if (i > 0)
                entries.move(i, 0);
            return entries.first();
        }
    }
    // The window repaints on every hover change: transforming some 10,000 points once per size
    // instead of once per paint keeps that cheap. A few sizes: the start and region pages.
    const QTransform t = transformFor(target);
    const Geometry &g = *m_geometry;
    auto cache = std::make_shared<Cache>();
    cache->target = target;
    cache->land = t.map(g.land);
    cache->municipalLines = t.map(g.municipalLines);
    cache->provinceLines = t.map(g.provinceLines);
    for (const QPainterPath &shape : m_regionShapes)
        cache->regions.append(t.map(shape));
    entries.prepend(cache);
    if (entries.size() > 4)
        entries.removeLast();
    return cache;
}

void NlMap::paint(QPainter &painter, const QRectF &target, const MapPaintOptions &options) const
{
    if (!isValid())
        return;
    if (options.legend != MapLegendPlacement::Below) {
        paintMap(painter, target, options);
        return;
    }
    // The legend under the map at its size in points (the device's resolution decides pixels).
    const QPaintDevice *device = painter.device();
    const qreal px = options.legendPointSize * (device ? device->logicalDpiY() : 96) / 72.0;
    const QSizeF legend = legendSize(painter, target.width(), options, px);
    const qreal gap = px * 0.6;
    QRectF mapTarget = target;
    mapTarget.setBottom(target.bottom() - legend.height() - gap);
    paintMap(painter, mapTarget, options);
    const qreal left = target.left() + (target.width() - legend.width()) / 2;
    paintLegend(painter, QRectF(QPointF(left, mapTarget.bottom() + gap), legend), options, px);
}

void NlMap::paintMap(QPainter &painter, const QRectF &target, const MapPaintOptions &options) const
{
    const std::shared_ptr<const Cache> cache = cacheFor(target);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const int highlighted = regionIndex(options.highlight);
    paintAreas(painter, *cache, highlighted, options);
    paintBorders(painter, *cache, target, highlighted, options.colours);
    if (!options.municipality.isEmpty())
        paintMunicipality(painter, target, options.municipality, options.colours);

    // The highlighted region last, so its marker and label sit on top of its neighbours.
    if (options.markers) {
        for (const MapRegion &r : m_regions) {
            if (r.id != options.highlight)
                paintMarker(painter, target, r, options);
        }
        if (highlighted >= 0)
            paintMarker(painter, target, m_regions[highlighted], options);
    }
    if (!options.municipality.isEmpty())
        paintMunicipalityMarker(painter, target, options.municipality, options.colours);

    if (options.legend == MapLegendPlacement::TopLeft)
        paintCornerLegend(painter, target, options);
    painter.restore();
}

int NlMap::regionIndex(const QString &id) const
{
    for (qsizetype r = 0; r < m_regions.size(); ++r) {
        if (m_regions[r].id == id)
            return int(r);
    }
    return -1;
}

void NlMap::paintAreas(QPainter &painter, const Cache &cache, int highlighted,
                       const MapPaintOptions &options) const
{
    const MapColours &colours = options.colours;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.land);
    painter.drawPath(cache.land);
    for (qsizetype r = 0; r < m_regions.size(); ++r) {
        QColor fill = highlighted < 0 ? colours.regionFill(m_regions[r].colour)
                                      : (r == highlighted ? colours.tint : colours.otherRegion);
        if (m_regions[r].id == options.hover && r != highlighted)
            fill = colours.hoverFill(fill);
        painter.setBrush(fill);
        painter.drawPath(cache.regions[r]);
    }
}

void NlMap::paintBorders(QPainter &painter, const Cache &cache, const QRectF &target,
                         int highlighted, const MapColours &colours) const
{
    const qreal width = lineWidth(target);
    const ThinPen thinPen{
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster, width};
    painter.setBrush(Qt::NoBrush);
    painter.setPen(thinPen(colours.municipalBorder, 0.5));
    painter.drawPath(cache.municipalLines);
    painter.setPen(thinPen(colours.provinceBorder, 0.8));
    painter.drawPath(cache.provinceLines);
    // On the overview every region has its colour and a darker edge, so neighbours part.
    for (qsizetype r = 0; highlighted < 0 && r < m_regions.size(); ++r) {
        painter.setPen(thinPen(colours.regionEdgeFor(m_regions[r].colour), 0.9));
        painter.drawPath(cache.regions[r]);
    }
    painter.setPen(thinPen(colours.outline, 1.2)); // the country's edge
    painter.drawPath(cache.land);
    if (highlighted >= 0) {
        painter.setPen(QPen(colours.highlightOutline, width * 1.6, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.drawPath(cache.regions[highlighted]);
    }
}

void NlMap::paintMunicipalityMarker(QPainter &painter, const QRectF &target, const QString &code,
                                    const MapColours &colours) const
{
    const MapMunicipality *m = municipality(code);
    if (!m)
        return;
    // Its marker: a ringed dot, unlike the regions' filled discs.
    const QPointF at = toTarget(target, m->anchor);
    const qreal radius = markerRadius(target) * 0.9;
    painter.setPen(QPen(colours.markerRing, lineWidth(target) * 1.5));
    painter.setBrush(colours.municipalityMark);
    painter.drawEllipse(at, radius, radius);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.markerRing);
    painter.drawEllipse(at, radius * 0.4, radius * 0.4);
}

void NlMap::paintCornerLegend(QPainter &painter, const QRectF &target,
                              const MapPaintOptions &options) const
{
    // Over the North Sea, sized to the map as drawn (not to target, which may be wider).
    const QRectF map = transformFor(target).mapRect(m_geometry->extent);
    const QRectF area(map.topLeft(),
                      QSizeF(map.width() * LegendMaxWidth, map.height() * LegendMaxHeight));
    paintLegend(painter, area, options, qBound(6.0, qMin(map.width(), map.height()) / 32.0, 22.0));
}

void NlMap::paintMunicipality(QPainter &painter, const QRectF &target, const QString &code,
                              const MapColours &colours) const
{
    const int index = m_geometry->byCode.value(code, -1);
    if (index < 0)
        return;
    const qreal width = lineWidth(target);
    QPainterPath path;
    const QTransform t = transformFor(target);
    for (const QList<int> &refs : m_geometry->rings[index]) {
        path.addPolygon(t.map(m_geometry->ring(refs)));
        path.closeSubpath();
    }
    // A white casing under the outline keeps it visible on every tint.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(colours.markerRing, width * 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(
        QPen(colours.municipalityMark, width * 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

qreal NlMap::regionMarkerRadius(const QRectF &target, const MapRegion &r,
                                const MapPaintOptions &options) const
{
    const qreal radius = markerRadius(target);
    if (r.id == options.highlight)
        return radius * 1.5;
    return r.id == options.hover ? radius * 1.25 : radius;
}

struct NlMap::LabelPlacement
{
    QFont font;
    QPointF baseline;
    QRectF rect; // the text and its halo
    qreal halo = 1;
};

NlMap::LabelPlacement NlMap::labelPlacement(const QFont &base, const QPaintDevice *device,
                                            const QRectF &target, const MapRegion &r,
                                            const MapPaintOptions &options) const
{
    const bool emphasised = r.id == options.highlight || r.id == options.hover;
    LabelPlacement placement;
    placement.font = base;
    placement.font.setPixelSize(
        qRound(qBound(9.0, qMin(target.width(), target.height()) / 30.0, 40.0)));
    placement.font.setBold(emphasised);
    const qreal width = lineWidth(target);
    placement.halo = qMax(1.0, width * 1.5);
    const qreal halo = placement.halo * 1.15; // how far the stroked halo reaches
    const QFontMetricsF metrics(placement.font, device);
    const qreal textWidth = metrics.horizontalAdvance(r.label);
    const QPointF centre = toTarget(target, r.marker);
    const qreal gap = regionMarkerRadius(target, r, options) + 3 * width;
    // The label's box, halo included, for its text starting at x on baseline y.
    const auto box = [&](qreal x, qreal y) {
        return QRectF(x - halo, y - metrics.ascent() - halo, textWidth + 2 * halo,
                      metrics.ascent() + metrics.descent() + 2 * halo);
    };
    const qreal middle = centre.y() + (metrics.ascent() - metrics.descent()) / 2;
    const qreal left = centre.x() - gap - textWidth;
    const qreal right = centre.x() + gap;
    placement.baseline = {r.labelLeft ? left : right, middle};
    placement.rect = box(placement.baseline.x(), placement.baseline.y());

    // A marked municipality keeps a clear space around its marker (walk of issue 14: "Limburg"
    // touched Venlo's marker, which sits on the region's own), and a label stays on the map
    // (the bold label of a highlighted region at the map's edge was cut off). A label that
    // would not moves: pushed past that space on its side, above or below its marker, to the
    // other side, in that order.
    QRectF keepOut;
    if (const QRectF marker = municipalityMarkerRect(target, options.municipality);
        !marker.isEmpty()) {
        const qreal clearance = labelClearance(target);
        keepOut = marker.adjusted(-clearance, -clearance, clearance, clearance);
    }
    if (!placement.rect.intersects(keepOut) && target.contains(placement.rect))
        return placement;
    QList<QRectF> markers;
    for (const MapRegion &other : m_regions) {
        const qreal reach = regionMarkerRadius(target, other, options) + width;
        const QPointF at = toTarget(target, other.marker);
        markers.append({at.x() - reach, at.y() - reach, 2 * reach, 2 * reach});
    }
    const bool marked = !keepOut.isNull();
    const qreal pushedRight = marked ? qMax(right, keepOut.right() + halo + width) : right;
    const qreal pushedLeft = marked ? qMin(left, keepOut.left() - halo - width - textWidth) : left;
    const qreal centred = centre.x() - textWidth / 2;
    qreal above = centre.y() - gap - metrics.descent();
    qreal below = centre.y() + gap + metrics.ascent();
    if (marked) {
        above = qMin(above, keepOut.top() - halo - width - metrics.descent());
        below = qMax(below, keepOut.bottom() + halo + width + metrics.ascent());
    }
    // Above and below: centred, or ending or starting at the marker, the label's own side
    // first.
    const qreal ending = centre.x() - textWidth;
    const qreal starting = centre.x();
    const qreal ownSide = r.labelLeft ? ending : starting;
    const qreal otherSide = r.labelLeft ? starting : ending;
    const QList<QPointF> candidates{{r.labelLeft ? left : right, middle},
                                    {r.labelLeft ? pushedLeft : pushedRight, middle},
                                    {centred, above},
                                    {ownSide, above},
                                    {otherSide, above},
                                    {centred, below},
                                    {ownSide, below},
                                    {otherSide, below},
                                    {r.labelLeft ? right : left, middle},
                                    {r.labelLeft ? pushedRight : pushedLeft, middle}};
    // Far from its marker a label no longer names it: at most its own width away.
    const qreal reach = gap + textWidth + 2 * halo;
    // A place that covers no region's marker; else the one that covers the least of them;
    // never one that touches the marked municipality's or leaves the map (a label cut off
    // names nothing).
    const auto covered = [&](const QRectF &rect) {
        qreal area = 0;
        for (const QRectF &m : std::as_const(markers)) {
            const QRectF overlap = rect.intersected(m);
            area += overlap.width() * overlap.height();
        }
        return area;
    };
    qreal best = std::numeric_limits<qreal>::max();
    for (const QPointF &at : candidates) {
        const QRectF rect = box(at.x(), at.y());
        if (rect.intersects(keepOut) || !target.contains(rect) ||
            QLineF(rect.center(), centre).length() > reach)
            continue;
        if (const qreal area = covered(rect); area < best) {
            best = area;
            placement.baseline = at;
            placement.rect = rect;
            if (area <= 0)
                break;
        }
    }
    return placement;
}

qreal NlMap::labelClearance(const QRectF &target)
{
    return markerRadius(target) + 3 * lineWidth(target);
}

QRectF NlMap::labelRect(const QFont &font, const QPaintDevice *device, const QRectF &target,
                        const QString &regionId, const MapPaintOptions &options) const
{
    const MapRegion *r = region(regionId);
    if (!r || !isValid() || !options.markers || (!options.labels && r->id != options.highlight))
        return {};
    return labelPlacement(font, device, target, *r, options).rect;
}

QRectF NlMap::municipalityMarkerRect(const QRectF &target, const QString &code) const
{
    const MapMunicipality *m = municipality(code);
    if (!m)
        return {};
    // The disc and half its white ring (paintMunicipalityMarker).
    const qreal reach = markerRadius(target) * 0.9 + lineWidth(target) * 0.75;
    const QPointF at = toTarget(target, m->anchor);
    return {at.x() - reach, at.y() - reach, 2 * reach, 2 * reach};
}

void NlMap::paintMarker(QPainter &painter, const QRectF &target, const MapRegion &r,
                        const MapPaintOptions &options) const
{
    const bool highlight = r.id == options.highlight;
    const bool hover = r.id == options.hover;
    const QPointF centre = toTarget(target, r.marker);
    const qreal radius = regionMarkerRadius(target, r, options);
    const qreal width = lineWidth(target);

    const MapColours &colours = options.colours;
    painter.setPen(QPen(colours.markerRing, width * 1.5));
    painter.setBrush(highlight ? colours.highlight : hover ? colours.hover : colours.marker);
    painter.drawEllipse(centre, radius, radius);
    if (r.id == options.focus) {
        QPen ring(colours.label, width, Qt::DashLine);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius + 3 * width, radius + 3 * width);
    }
    if (!options.labels && !highlight)
        return;

    const LabelPlacement label =
        labelPlacement(painter.font(), painter.device(), target, r, options);
    const QColor ink = highlight ? colours.highlightLabel : colours.label;
    paintHaloText(painter, label.baseline, label.font, r.label, ink, colours.halo, label.halo,
                  options.labelsAsPaths);
}

QList<MapLegendEntry> NlMap::legend(const MapPaintOptions &options) const
{
    using Kind = MapLegendEntry::Kind;
    const MapColours &colours = options.colours;
    QList<MapLegendEntry> entries;
    const MapRegion *highlighted = region(options.highlight);
    if (highlighted) {
        entries.append({Kind::Fill, colours.tint, u"Regio %1"_s.arg(highlighted->label)});
        const bool others = std::any_of(m_regions.cbegin(), m_regions.cend(), [&](const auto &r) {
            return r.id != highlighted->id && !r.areaCodes.isEmpty();
        });
        if (others)
            entries.append({Kind::Fill, colours.otherRegion, u"Andere regio's"_s});
    } else {
        for (const MapRegion &r : m_regions) {
            if (!r.areaCodes.isEmpty())
                entries.append({Kind::Fill, colours.regionFill(r.colour), r.label});
        }
    }
    entries.append({Kind::Line, colours.municipalBorder, u"Gemeentegrens"_s});
    entries.append({Kind::Line, colours.provinceBorder, u"Provinciegrens"_s});
    if (const MapMunicipality *m = municipality(options.municipality))
        entries.append({Kind::Marker, colours.municipalityMark, u"Gemeente %1"_s.arg(m->name)});
    return entries;
}

struct NlMap::LegendLayout
{
    QFont font;
    qreal px = 0;
    int columns = 1;
    qreal columnWidth = 0;
    QSizeF size;
};

NlMap::LegendLayout NlMap::legendLayout(const QPainter &painter, const QSizeF &area,
                                        const QList<MapLegendEntry> &entries,
                                        qreal fontPixelSize) const
{
    LegendLayout layout;
    layout.font = painter.font();
    const auto arrange = [&](qreal px, int columns) {
        layout.px = px;
        layout.columns = columns;
        layout.font.setPixelSize(qMax(1, qRound(px)));
        const QFontMetricsF metrics(layout.font, painter.device());
        qreal text = 0;
        for (const MapLegendEntry &e : entries)
            text = qMax(text, metrics.horizontalAdvance(e.label));
        const qreal pad = px * 0.6;
        const qsizetype rows = (entries.size() + columns - 1) / columns;
        layout.columnWidth = px * 1.3 + px * 0.5 + text;
        layout.size = QSizeF(pad * 2 + columns * layout.columnWidth + (columns - 1) * px * 1.5,
                             pad * 2 + px * 1.55 * rows - px * 0.3);
        return layout.size.width() <= area.width() && layout.size.height() <= area.height();
    };
    // The fewest rows that fit at the wanted size; else one column, smaller.
    for (int columns = 3; columns >= 1; --columns) {
        if (columns <= entries.size() && arrange(fontPixelSize, columns)) {
            for (int fewer = columns - 1; fewer >= 1; --fewer) {
                const LegendLayout wider = layout;
                if (!arrange(fontPixelSize, fewer) ||
                    (entries.size() + fewer - 1) / fewer >
                        (entries.size() + columns - 1) / columns) {
                    layout = wider;
                    break;
                }
                columns = fewer;
            }
            return layout;
        }
    }
    arrange(fontPixelSize, 1);
    const qreal scale =
        qMin(area.width() / layout.size.width(), area.height() / layout.size.height());
    arrange(qMax(5.0, fontPixelSize * scale), 1); // smaller text rather than a legend over the land
    return layout;
}

QSizeF NlMap::legendSize(const QPainter &painter, qreal width, const MapPaintOptions &options,
                         qreal fontPixelSize) const
{
    const QList<MapLegendEntry> entries = legend(options);
    if (entries.isEmpty())
        return {};
    return legendLayout(painter, {width, std::numeric_limits<qreal>::max()}, entries, fontPixelSize)
        .size;
}

QRectF NlMap::paintLegend(QPainter &painter, const QRectF &area, const MapPaintOptions &options,
                          qreal fontPixelSize) const
{
    const QList<MapLegendEntry> entries = legend(options);
    if (entries.isEmpty() || area.isEmpty())
        return {};
    const LegendLayout layout = legendLayout(painter, area.size(), entries, fontPixelSize);
    const qreal px = layout.px;
    const QRectF box(area.topLeft(), layout.size);
    const qreal pad = px * 0.6;
    const qreal swatch = px * 1.3;
    const qreal row = px * 1.55;
    const qreal thin = qMax(0.5, px / 14);
    const qsizetype rows = (entries.size() + layout.columns - 1) / layout.columns;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const MapColours &colours = options.colours;
    painter.setPen(QPen(colours.legendFrame, thin));
    painter.setBrush(colours.legendBackground);
    painter.drawRect(box);
    const QFontMetricsF metrics(layout.font, painter.device());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MapLegendEntry &e = entries[i];
        const qsizetype column = i / rows;
        const QRectF sw(box.left() + pad + column * (layout.columnWidth + px * 1.5),
                        box.top() + pad + (i % rows) * row, swatch, px * 1.0);
        switch (e.kind) {
        case MapLegendEntry::Kind::Fill:
            painter.setPen(QPen(
                colours.regionEdge.isValid() ? colours.regionEdge : e.colour.darker(150), thin));
            painter.setBrush(e.colour);
            painter.drawRect(sw);
            break;
        case MapLegendEntry::Kind::Line:
            painter.setPen(Qt::NoPen);
            painter.setBrush(e.colour == colours.municipalBorder ? colours.otherRegion
                                                                 : colours.land);
            painter.drawRect(sw);
            painter.setPen(QPen(e.colour, qMax(thin * 1.5, px / 7)));
            painter.drawLine(QPointF(sw.left(), sw.center().y()),
                             QPointF(sw.right(), sw.center().y()));
            break;
        case MapLegendEntry::Kind::Marker: {
            const qreal radius = sw.height() * 0.45;
            painter.setPen(QPen(colours.markerRing, thin));
            painter.setBrush(e.colour);
            painter.drawEllipse(sw.center(), radius, radius);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.markerRing);
            painter.drawEllipse(sw.center(), radius * 0.4, radius * 0.4);
            break;
        }
        }
        const QPointF baseline(sw.right() + px * 0.5,
                               sw.center().y() + (metrics.ascent() - metrics.descent()) / 2);
        if (options.labelsAsPaths) {
            QPainterPath text;
            text.addText(baseline, layout.font, e.label);
            painter.fillPath(text, colours.label);
        } else {
            painter.setFont(layout.font);
            painter.setPen(colours.label);
            painter.drawText(baseline, e.label);
        }
    }
    painter.restore();
    return box;
}

QString NlMap::describe(const QString &regionId) const
{
    MapPaintOptions options;
    options.highlight = regionId;
    return describe(options);
}

QString NlMap::describe(const MapPaintOptions &options) const
{
    QString text;
    const MapRegion *highlighted = region(options.highlight);
    const auto withMembers = [&] {
        QList<const MapRegion *> list;
        for (const MapRegion &r : m_regions) {
            if (!r.municipalities.isEmpty())
                list.append(&r);
        }
        return list;
    }();
    if (highlighted) {
        text = u"Kaart van Nederland waarop regio %1 is gemarkeerd"_s.arg(highlighted->label);
        QStringList names;
        int year = 0;
        for (const Kb::Municipality &m : highlighted->municipalities) {
            names.append(m.name);
            year = qMax(year, m.year);
        }
        if (names.isEmpty()) {
            text += u", met een stip bij %1."_s.arg(highlighted->city);
        } else {
            text += u": %1 %2"_s.arg(names.size() == 1 ? u"de gemeente"_s : u"de gemeenten"_s,
                                     joinDutch(names));
            text += year > 0 ? u" (gemeentelijke indeling van %1)."_s.arg(year) : u"."_s;
        }
        const qsizetype others =
            withMembers.size() - (highlighted->municipalities.isEmpty() ? 0 : 1);
        if (others > 0)
            text +=
                u" De andere %1 regio's van de Nationale verklaring zijn lichter gekleurd."_s.arg(
                    countWord(others));
    } else if (!withMembers.isEmpty()) {
        QStringList parts;
        for (const MapRegion *r : withMembers)
            parts.append(u"%1 (%2)"_s.arg(r->label, municipalitiesCount(r->municipalities.size())));
        text = u"Kaart van Nederland met de %1 regio's van de Nationale verklaring, elk in een "
               "eigen kleur: %2."_s.arg(countWord(withMembers.size()), joinDutch(parts));
    } else {
        QStringList parts;
        for (const MapRegion &r : m_regions)
            parts.append(r.label);
        text = u"Kaart van Nederland met een stip voor elk van de %1 regio's van de Nationale "
               "verklaring: %2."_s.arg(countWord(m_regions.size()), joinDutch(parts));
    }
    if (const MapMunicipality *m = municipality(options.municipality))
        text += u" De gemeente %1 is omlijnd en met een stip aangegeven."_s.arg(m->name);
    return text;
}

int NlMap::municipalityIndexAt(const QPointF &projected) const
{
    const Geometry &g = *m_geometry;
    for (qsizetype i = 0; i < g.rings.size(); ++i) {
        if (!g.bounds[i].contains(projected))
            continue;
        bool inside = false; // even-odd over the rings: a hole undoes its outer ring
        for (const QList<int> &refs : g.rings[i])
            inside ^= g.ring(refs).containsPoint(projected, Qt::OddEvenFill);
        if (inside)
            return int(i);
    }
    return -1;
}

QString NlMap::municipalityAt(const QRectF &target, const QPointF &point) const
{
    bool invertible = false;
    const QPointF projected = transformFor(target).inverted(&invertible).map(point);
    if (!invertible)
        return {};
    const int index = municipalityIndexAt(projected);
    return index < 0 ? QString() : m_geometry->municipalities[index].code;
}

QString NlMap::provinceAt(const QRectF &target, const QPointF &point) const
{
    const MapMunicipality *m = municipality(municipalityAt(target, point));
    return m ? m->province : QString();
}

QString NlMap::regionAt(const QRectF &target, const QPointF &point) const
{
    const qreal reach = qMax(markerRadius(target) * 2.5, 12.0);
    QString best;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (const MapRegion &r : m_regions) {
        const QPointF d = toTarget(target, r.marker) - point;
        const qreal distance = std::hypot(d.x(), d.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = r.id;
        }
    }
    if (!best.isEmpty() && bestDistance <= reach)
        return best;
    return regionOfMunicipality(municipalityAt(target, point));
}

} // namespace Flexwonen::Report
