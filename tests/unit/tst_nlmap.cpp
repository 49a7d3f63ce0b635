// SPDX-License-Identifier: EUPL-1.2
// The map: the 415 municipalities of 2012 load from the resource, every municipality the
// knowledge base's regions list is on it, a region is tinted as exactly its own municipalities
// (checked against an independent point-in-polygon), neighbours share their borders, clicks find
// regions, the legend and a marked municipality are drawn, and the alternative text says it.
#include "kb/knowledgebase.h"
#include "report/nlmap.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtMath>

#include <cmath>

using namespace Flexwonen;
using namespace Flexwonen::Report;
using namespace Qt::Literals::StringLiterals;

namespace {

const QColor LandColor(0xec, 0xee, 0xe8);
const QColor OtherRegionColor(0xd9, 0xe6, 0xf2);
const QColor TintColor(0xf6, 0xc9, 0x9f);
const QColor MarkColor(0x6b, 0x21, 0xa8);

// The test's own geometry, independent of QPainterPath: lon/lat with x scaled by cos 52°.
const double XScale = std::cos(qDegreesToRadians(52.0));

QPointF plane(const QPointF &lonLat)
{
    return {lonLat.x() * XScale, lonLat.y()};
}

bool inRing(const QPointF &p, const QPolygonF &ring)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF a = plane(ring[i]), b = plane(ring[j]);
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

// A municipality as the test sees it: its code and rings (lon, lat).
struct Shape
{
    QString code;
    QList<QPolygonF> rings;
};

QList<Shape> shapesOf(const NlMap &map)
{
    QList<Shape> shapes;
    for (const MapMunicipality &m : map.municipalities())
        shapes.append({m.code, map.rings(m.code)});
    return shapes;
}

// Even-odd over all rings of one municipality; p in the plane.
bool inMunicipality(const QPointF &p, const Shape &m)
{
    int crossings = 0;
    for (const QPolygonF &ring : m.rings)
        crossings += inRing(p, ring) ? 1 : 0;
    return crossings % 2 == 1;
}

QRectF planeBounds(const Shape &m)
{
    QRectF r;
    for (const QPolygonF &ring : m.rings) {
        QPolygonF projected;
        for (const QPointF &p : ring)
            projected.append(plane(p));
        r = r.united(projected.boundingRect());
    }
    return r;
}

double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? qBound(0.0, QPointF::dotProduct(p - a, d) / length2, 1.0) : 0;
    const QPointF q = a + t * d - p;
    return std::hypot(q.x(), q.y());
}

double boundaryDistance(const QPointF &p, const Shape &m)
{
    double best = std::numeric_limits<double>::max();
    for (const QPolygonF &ring : m.rings) {
        for (qsizetype i = 0; i + 1 < ring.size(); ++i)
            best = qMin(best, segmentDistance(p, plane(ring[i]), plane(ring[i + 1])));
    }
    return best;
}

// Where neighbouring municipalities do not meet. Every vertex of a municipality that comes
// within reach of another's border lies on it (a border simplified apart on either side leaves
// vertices just off it: a gap or an overlap). Just inside the midpoint of every border segment is
// that municipality only (no overlap), and just outside it is nothing or a neighbour whose
// border runs right there. Reach: 0.0005° (~55 m), under the source's 0.001° grid, where no
// water between two municipalities can be narrower.
QStringList borderProblems(const QList<Shape> &all, double reach = 0.0005)
{
    constexpr double Step = 1e-7;  // degrees: far below the data's grid
    constexpr double Touch = 1e-9; // on the border
    QList<QRectF> bounds;
    for (const Shape &m : all)
        bounds.append(planeBounds(m));
    const auto containing = [&](const QPointF &p, qsizetype except) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i != except && bounds[i].contains(p) && inMunicipality(p, all[i]))
                return i;
        }
        return qsizetype(-1);
    };
    QStringList problems;
    for (qsizetype a = 0; a < all.size(); ++a) {
        for (const QPolygonF &ring : all[a].rings) {
            for (const QPointF &vertex : ring) {
                const QPointF v = plane(vertex);
                for (qsizetype b = 0; b < all.size(); ++b) {
                    if (b == a || !bounds[b].adjusted(-reach, -reach, reach, reach).contains(v))
                        continue;
                    const double d = boundaryDistance(v, all[b]);
                    if (d > Touch && d < reach)
                        problems.append(
                            u"kier of overlap tussen %1 en %2"_s.arg(all[a].code, all[b].code));
                }
            }
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const QPointF p = plane(ring[i]), q = plane(ring[i + 1]);
                const QPointF d = q - p;
                const double length = std::hypot(d.x(), d.y());
                if (length == 0)
                    continue;
                const QPointF mid = (p + q) / 2;
                QPointF normal(d.y() / length, -d.x() / length);
                if (!inMunicipality(mid - normal * Step, all[a]))
                    normal = -normal; // point it outwards, whatever the ring's orientation
                const qsizetype overlap = containing(mid - normal * Step, a);
                if (overlap >= 0)
                    problems.append(u"%1 overlapt %2"_s.arg(all[a].code, all[overlap].code));
                const qsizetype near = containing(mid + normal * Step, a);
                if (near >= 0 && boundaryDistance(mid, all[near]) > Touch)
                    problems.append(
                        u"%1 en %2 niet op één grens"_s.arg(all[a].code, all[near].code));
            }
        }
    }
    return problems;
}

// The municipalities of 2013 the bundled base uses, as their 2012 parts (CBS).
const QHash<QString, QStringList> Mergers2013 = {
    {u"GM0441"_s, {u"GM0441"_s, u"GM0395"_s, u"GM0476"_s}}, // Schagen, Harenkarspel, Zijpe
};

QStringList partsOf(const Kb::Municipality &m)
{
    return m.year == 2013 ? Mergers2013.value(m.code, {m.code}) : QStringList{m.code};
}

QImage render(const NlMap &map, const QRectF &target, const MapPaintOptions &options)
{
    QImage image(target.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    map.paint(painter, target, options);
    return image;
}

int countColour(const QImage &image, const QColor &colour, const QRect &area)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    }
    return n;
}

// A tiny map in the app's form: two squares of 1° side by side, each with its own arcs, the
// second starting secondLeft degrees east of the first.
QByteArray twoSquares(double secondLeft)
{
    const int x0 = qRound(secondLeft * 10000);
    const auto square = [](int left) {
        return u"\"%1 0 10000 0 0 10000 -10000 0 0 -10000\""_s.arg(left);
    };
    return u"{\"transform\":{\"scale\":[0.0001,0.0001],\"translate\":[4,52]},"
           "\"municipalities\":[[\"GM9001\",\"A\",\"P\",5000,5000,[[0]]],"
           "[\"GM9002\",\"B\",\"P\",%1,5000,[[1]]]],\"arcs\":[%2,%3]}"_s.arg(x0 + 5000)
               .arg(square(0), square(x0))
               .toUtf8();
}

} // namespace

class TestNlMap : public QObject
{
    Q_OBJECT

    const QRectF m_target{0, 0, 400, 480};
    RegionMunicipalities m_kbRegions;

    NlMap kbMap() const
    {
        NlMap map;
        map.setRegionMunicipalities(m_kbRegions);
        return map;
    }

private slots:
    void initTestCase()
    {
        Kb::KnowledgeBase kb(Test::bundledBase(), Kb::KnowledgeBase::Access::ReadOnlyFile);
        m_kbRegions = kb.municipalitiesByRegion();
        QCOMPARE(m_kbRegions.size(), 8);
    }

    void loadsTheMunicipalitiesOf2012()
    {
        const NlMap map;
        QVERIFY(map.isValid());
        QCOMPARE(map.municipalities().size(), 415);
        QSet<QString> codes;
        QHash<QString, int> perProvince;
        const QRegularExpression code(u"^GM\\d{4}$"_s);
        for (const MapMunicipality &m : map.municipalities()) {
            QVERIFY2(code.match(m.code).hasMatch(), qPrintable(m.code));
            QVERIFY(!m.name.isEmpty());
            const Shape shape{m.code, map.rings(m.code)};
            QVERIFY2(!shape.rings.isEmpty() && shape.rings.first().size() >= 4, qPrintable(m.code));
            QVERIFY2(shape.rings.first().first() == shape.rings.first().last(), qPrintable(m.code));
            QVERIFY2(inMunicipality(plane(m.anchor), shape), qPrintable(m.code)); // inside itself
            codes.insert(m.code);
            ++perProvince[m.province];
        }
        QCOMPARE(codes.size(), 415);
        // CBS: municipalities per province on 1 January 2012.
        const QHash<QString, int> expected = {
            {u"Groningen"_s, 23},  {u"Friesland"_s, 27},     {u"Drenthe"_s, 12},
            {u"Overijssel"_s, 25}, {u"Flevoland"_s, 6},      {u"Gelderland"_s, 56},
            {u"Utrecht"_s, 26},    {u"Noord-Holland"_s, 55}, {u"Zuid-Holland"_s, 72},
            {u"Zeeland"_s, 13},    {u"Noord-Brabant"_s, 67}, {u"Limburg"_s, 33}};
        QCOMPARE(perProvince, expected);
        QCOMPARE(map.provinceNames().size(), 12);
        QCOMPARE(map.regions().size(), 8);
        QVERIFY(map.aspectRatio() > 0.6 && map.aspectRatio() < 1.2);
        QCOMPARE(map.municipality(u"GM0820"_s)->name, u"Nuenen, Gerwen en Nederwetten"_s);
        for (const QString &credit : {NlMap::credits(), NlMap::dutchCredits()}) {
            QVERIFY(credit.contains(u"CBS"_s));
            QVERIFY(credit.contains(u"PDOK"_s));
            QVERIFY(credit.contains(u"CC BY 4.0"_s));
        }
    }

    void everyKnowledgeBaseMunicipalityIsOnTheMap()
    {
        const NlMap map = kbMap();
        for (auto it = m_kbRegions.cbegin(); it != m_kbRegions.cend(); ++it) {
            const MapRegion *region = map.region(it.key());
            QVERIFY2(region, qPrintable(it.key()));
            QCOMPARE(region->municipalities, it.value());
            QSet<QString> expected;
            for (const Kb::Municipality &m : it.value()) {
                QVERIFY2(m.year == 2012 || m.year == 2013, qPrintable(m.code));
                for (const QString &part : partsOf(m)) {
                    QVERIFY2(map.municipality(part), qPrintable(it.key() + u' ' + part));
                    expected.insert(part);
                }
            }
            const QStringList drawn = region->areaCodes;
            QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()), expected);
        }
        // Noord-Holland Noord lists the Schagen of 2013: drawn with Harenkarspel and Zijpe.
        QCOMPARE(map.regionOfMunicipality(u"GM0476"_s), u"noord-holland-noord"_s);
        QCOMPARE(map.regionOfMunicipality(u"GM0395"_s), u"noord-holland-noord"_s);
        QCOMPARE(map.regionOfMunicipality(u"GM0448"_s), QString()); // Texel: not listed
    }

    void regionsAreTintedAsTheirOwnMunicipalities_data()
    {
        QTest::addColumn<QString>("highlight");
        QTest::addColumn<QPointF>("inside");
        QTest::addColumn<QPointF>("outside");
        // Points well inside one municipality (lon, lat; its anchor): the first is in the
        // region, the second in a neighbouring region or in the same province outside them.
        const auto row = [](const char *name, const char *region, QPointF in, QPointF out) {
            QTest::newRow(name) << QString::fromLatin1(region) << in << out;
        };
        row("Haaglanden: Delft, not Schiedam", "stadsgewest-haaglanden", {4.363, 51.99},
            {4.392, 51.916});
        row("Haaglanden: Westland, not Katwijk", "stadsgewest-haaglanden", {4.209, 51.999},
            {4.422, 52.192});
        row("Rotterdam: Schiedam, not Delft", "stadsregio-rotterdam", {4.392, 51.916},
            {4.363, 51.99});
        row("Rotterdam: Spijkenisse, not Zoetermeer", "stadsregio-rotterdam", {4.33, 51.837},
            {4.492, 52.06});
        row("Rotterdam: Capelle, not Gouda", "stadsregio-rotterdam", {4.588, 51.937},
            {4.703, 52.014});
        row("Rijnland: Katwijk, not Westland", "holland-rijnland", {4.422, 52.192},
            {4.209, 51.999});
        row("Rijnland: Alphen, not Dordrecht", "holland-rijnland", {4.678, 52.127},
            {4.687, 51.782});
        row("SRE: Helmond, not Roosendaal", "sre", {5.67, 51.482}, {4.428, 51.51});
        row("SRE: Valkenswaard, not Tilburg", "sre", {5.448, 51.31}, {5.079, 51.571});
        row("West-Brabant: Roosendaal, not Helmond", "west-brabant", {4.428, 51.51},
            {5.67, 51.482});
        row("West-Brabant: Oosterhout, not Den Bosch", "west-brabant", {4.867, 51.646},
            {5.311, 51.707});
        row("NH Noord: Zijpe (Schagen 2013), not Purmerend", "noord-holland-noord", {4.737, 52.821},
            {4.966, 52.503});
    }

    void regionsAreTintedAsTheirOwnMunicipalities()
    {
        QFETCH(QString, highlight);
        QFETCH(QPointF, inside);
        QFETCH(QPointF, outside);
        const NlMap map = kbMap();
        const QRectF target(0, 0, 800, 960);
        MapPaintOptions options;
        options.highlight = highlight;
        options.markers = false; // the areas alone
        const QImage image = render(map, target, options);
        QCOMPARE(image.pixelColor(map.toTarget(target, inside).toPoint()), TintColor);
        const QColor out = image.pixelColor(map.toTarget(target, outside).toPoint());
        QVERIFY2(out == OtherRegionColor || out == LandColor, qPrintable(out.name()));
        QCOMPARE(map.regionAt(target, map.toTarget(target, inside)), highlight);
        QVERIFY(map.regionAt(target, map.toTarget(target, outside)) != highlight);
    }

    void regionAtAgreesWithPointInPolygonOverTheMembers()
    {
        const NlMap map = kbMap();
        QHash<QString, QString> regionOf; // 2012 code -> region, from the knowledge base
        for (auto it = m_kbRegions.cbegin(); it != m_kbRegions.cend(); ++it) {
            for (const Kb::Municipality &m : it.value()) {
                for (const QString &part : partsOf(m))
                    regionOf.insert(part, it.key());
            }
        }
        const QRectF target(0, 0, 1000, 1200);
        const qreal reach = qMax(NlMap::markerRadius(target) * 2.5, 12.0);
        const QList<Shape> shapes = shapesOf(map);
        QList<QRectF> bounds;
        for (const Shape &m : shapes)
            bounds.append(planeBounds(m));
        int checked = 0, inRegions = 0, mismatches = 0;
        for (int y = 3; y < target.height(); y += 9) {
            for (int x = 3; x < target.width(); x += 9) {
                const QPointF point(x + 0.37, y + 0.61);
                bool nearMarker = false;
                for (const MapRegion &r : map.regions()) {
                    const QPointF d = map.toTarget(target, r.marker) - point;
                    nearMarker = nearMarker || std::hypot(d.x(), d.y()) <= reach;
                }
                if (nearMarker)
                    continue; // a click near a marker selects that marker's region
                const QPointF p = plane(map.toLonLat(target, point));
                QString expected;
                for (qsizetype i = 0; i < bounds.size(); ++i) {
                    if (bounds[i].contains(p) && inMunicipality(p, shapes[i])) {
                        expected = regionOf.value(shapes[i].code);
                        break;
                    }
                }
                const QString actual = map.regionAt(target, point);
                if (actual != expected && ++mismatches <= 5)
                    qWarning() << point << "regionAt" << actual << "verwacht" << expected;
                ++checked;
                inRegions += expected.isEmpty() ? 0 : 1;
            }
        }
        QCOMPARE(mismatches, 0);
        QVERIFY(checked > 12000);
        QVERIFY(inRegions > 1000);
    }

    void neighboursShareTheirBorders()
    {
        const NlMap map;
        const QStringList problems = borderProblems(shapesOf(map));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u"; "_s)));

        // The check itself finds a gap and an overlap between two squares with their own arcs.
        const QByteArray regions = R"({"regions":[{"id":"r","label":"R","marker":[4.5,52.5]}]})";
        const NlMap touching(twoSquares(1.0), regions);
        QCOMPARE(touching.municipalities().size(), 2);
        QVERIFY(borderProblems(shapesOf(touching)).isEmpty());
        const NlMap gap(twoSquares(1.0003), regions); // 20 m apart
        QVERIFY(borderProblems(shapesOf(gap)).join(u' ').contains(u"kier"_s));
        const NlMap overlap(twoSquares(0.9997), regions);
        QVERIFY(borderProblems(shapesOf(overlap)).join(u' ').contains(u"overlapt"_s));
    }

    void clicksSelectRegions()
    {
        const NlMap map = kbMap();
        for (const MapRegion &r : map.regions()) {
            const QPointF at = map.toTarget(m_target, r.marker) + QPointF(2, -1);
            QCOMPARE(map.regionAt(m_target, at), r.id);
        }
        // Anywhere in Limburg selects the Limburg region; the sea selects nothing.
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {5.95, 50.85})), u"limburg"_s);
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {3.6, 53.3})), QString());
        // Friesland holds no region; Tilburg lies between West-Brabant and SRE, in neither.
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {5.811, 53.08})), QString());
        QCOMPARE(map.provinceAt(m_target, map.toTarget(m_target, {5.811, 53.08})), u"Friesland"_s);
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {5.079, 51.571})), QString());
        QCOMPARE(map.municipalityAt(m_target, map.toTarget(m_target, {5.079, 51.571})),
                 u"GM0855"_s);
    }

    void paintsTheHighlightedRegion()
    {
        const NlMap map = kbMap();
        MapPaintOptions options{u"sre"_s, {}, {}, false};
        const QImage image = render(map, m_target, options);
        const QPointF sre = map.toTarget(m_target, map.region(u"sre"_s)->marker);
        const QPointF rotterdam =
            map.toTarget(m_target, map.region(u"stadsregio-rotterdam"_s)->marker);
        QCOMPARE(image.pixelColor(sre.toPoint()), QColor(0xc2, 0x41, 0x0c));
        QCOMPARE(image.pixelColor(rotterdam.toPoint()), QColor(0x1d, 0x4f, 0x91));
        // SRE is tinted, West-Brabant is another region, Friesland is in none.
        options.markers = false;
        const QImage areas = render(map, m_target, options);
        QCOMPARE(areas.pixelColor(map.toTarget(m_target, {5.67, 51.482}).toPoint()), TintColor);
        QCOMPARE(areas.pixelColor(map.toTarget(m_target, {4.428, 51.51}).toPoint()),
                 OtherRegionColor);
        QCOMPARE(areas.pixelColor(map.toTarget(m_target, {5.811, 53.08}).toPoint()), LandColor);
        // The overview: every region in its own colour (the anchor of its first municipality).
        const QRectF large(0, 0, 800, 960);
        options.highlight.clear();
        const QImage overview = render(map, large, options);
        for (const MapRegion &r : map.regions()) {
            const MapMunicipality *m = map.municipality(r.areaCodes.first());
            QCOMPARE(overview.pixelColor(map.toTarget(large, m->anchor).toPoint()), r.colour);
        }
    }

    void repaintsAfterTheMembershipChanges()
    {
        NlMap map = kbMap();
        const QPointF helmond = map.toTarget(m_target, {5.67, 51.482});
        MapPaintOptions options;
        options.highlight = u"sre"_s;
        options.markers = false;
        QCOMPARE(render(map, m_target, options).pixelColor(helmond.toPoint()),
                 TintColor); // and now cached for this size
        RegionMunicipalities fewer = m_kbRegions;
        fewer.remove(u"sre"_s);
        map.setRegionMunicipalities(fewer);
        QCOMPARE(render(map, m_target, options).pixelColor(helmond.toPoint()), LandColor);
        QVERIFY(map.region(u"sre"_s)->areaCodes.isEmpty());
        // A copy shares the geometry, not the regions.
        NlMap copy = map;
        copy.setRegionMunicipalities(m_kbRegions);
        QCOMPARE(render(copy, m_target, options).pixelColor(helmond.toPoint()), TintColor);
        QCOMPARE(render(map, m_target, options).pixelColor(helmond.toPoint()), LandColor);
        // Without any membership the map still draws the country and the markers.
        const NlMap bare;
        QVERIFY(bare.isValid());
        QCOMPARE(render(bare, m_target, options).pixelColor(helmond.toPoint()), LandColor);
    }

    void paintsTheLegend()
    {
        const NlMap map = kbMap();
        const QRectF target(0, 0, 600, 720);
        const QRect corner(0, 0, 600 * 28 / 100, 720 * 40 / 100);
        MapPaintOptions options;
        options.highlight = u"west-brabant"_s;
        options.labels = false;
        QCOMPARE(countColour(render(map, target, options), TintColor, corner), 0); // the sea
        options.legend = MapLegendPlacement::TopLeft;
        const QImage withLegend = render(map, target, options);
        QVERIFY(countColour(withLegend, TintColor, corner) > 40);
        QVERIFY(countColour(withLegend, OtherRegionColor, corner) > 40);
        const QList<MapLegendEntry> entries = map.legend(options);
        QCOMPARE(entries.first().label, u"Regio West-Brabant"_s);
        QCOMPARE(entries.at(1).label, u"Andere regio's"_s);

        // For print: a strip under the map, its text 8 pt on the device, in columns.
        options.legend = MapLegendPlacement::Below;
        const QImage below = render(map, target, options);
        QImage probe(1, 1, QImage::Format_ARGB32);
        QPainter measuring(&probe);
        const qreal px = 8.0 * probe.logicalDpiY() / 72.0;
        const QSizeF strip = map.legendSize(measuring, target.width(), options, px);
        QVERIFY(strip.height() > px * 2 && strip.height() < px * 5); // 4 entries, 2 or 3 rows
        QVERIFY(strip.width() <= target.width());
        const int top = qFloor(target.height() - strip.height());
        const QRect stripRect(0, top, 600, 720 - top);
        QVERIFY(countColour(below, TintColor, stripRect) > 40);                   // the swatch
        QVERIFY(countColour(below, OtherRegionColor, stripRect) > 40);            // and the others'
        QVERIFY(countColour(below, TintColor, QRect(0, 0, 600, top - 2)) > 1000); // the region

        // The overview's legend: a swatch for every region, in its colour, beside the map.
        QImage image(300, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QRectF used;
        {
            QPainter painter(&image);
            used = map.paintLegend(painter, QRectF(10, 10, 280, 280), {});
        }
        QVERIFY(!used.isEmpty() && QRectF(10, 10, 280, 280).contains(used));
        for (const MapRegion &r : map.regions())
            QVERIFY2(countColour(image, r.colour, used.toAlignedRect()) > 20, qPrintable(r.id));
        QCOMPARE(map.legend({}).size(), 8 + 2);
    }

    void marksAMunicipality()
    {
        const NlMap map = kbMap();
        const QRectF target(0, 0, 600, 720);
        MapPaintOptions options;
        options.highlight = u"west-brabant"_s;
        options.labels = false;
        const QImage plain = render(map, target, options);
        options.municipality = u"GM0758"_s; // Breda
        const QImage marked = render(map, target, options);
        QCOMPARE(countColour(plain, MarkColor, plain.rect()), 0);
        const MapMunicipality *breda = map.municipality(u"GM0758"_s);
        QRectF box;
        for (const QPolygonF &ring : map.rings(breda->code)) {
            for (const QPointF &p : ring)
                box = box.united(QRectF(map.toTarget(target, p), QSizeF(0.01, 0.01)));
        }
        const QRect around = box.adjusted(-4, -4, 4, 4).toAlignedRect();
        const int inside = countColour(marked, MarkColor, around);
        QVERIFY(inside > 60); // the outline and the marker
        QCOMPARE(countColour(marked, MarkColor, marked.rect()), inside); // nowhere else
        // The marker: a ring around a white centre on Breda's anchor.
        const QPointF anchor = map.toTarget(target, breda->anchor);
        const qreal radius = NlMap::markerRadius(target) * 0.9;
        QCOMPARE(marked.pixelColor(anchor.toPoint()), QColor(Qt::white));
        QCOMPARE(marked.pixelColor((anchor + QPointF(radius * 0.7, 0)).toPoint()), MarkColor);
        QCOMPARE(map.legend(options).last().label, u"Gemeente Breda"_s);
        QVERIFY(map.describe(options).endsWith(
            u"De gemeente Breda is omlijnd en met een stip aangegeven."_s));
    }

    void describesTheMapInDutch()
    {
        const NlMap map = kbMap();
        const QString westBrabant = map.describe(u"west-brabant"_s);
        QStringList names;
        for (const Kb::Municipality &m : m_kbRegions.value(u"west-brabant"_s))
            names.append(m.name);
        const QString list =
            names.mid(0, names.size() - 1).join(u", "_s) + u" en "_s + names.last();
        QCOMPARE(westBrabant,
                 u"Kaart van Nederland waarop regio West-Brabant is gemarkeerd: de gemeenten "_s +
                     list +
                     u" (gemeentelijke indeling van 2012). De andere zeven regio's van de "
                     "Nationale verklaring zijn lichter gekleurd."_s);
        QVERIFY(map.describe(u"noord-holland-noord"_s)
                    .contains(u"(gemeentelijke indeling van 2013)"_s));
        const QString overview = map.describe(MapPaintOptions{});
        QVERIFY(overview.startsWith(
            u"Kaart van Nederland met de acht regio's van de Nationale verklaring, elk in een "
            "eigen kleur: Noord-Holland Noord (18 gemeenten), Amsterdam (16 gemeenten)"_s));
        QVERIFY(overview.endsWith(u" en Limburg (33 gemeenten)."_s));
        QVERIFY(NlMap().describe(u"sre"_s).startsWith(
            u"Kaart van Nederland waarop regio SRE is gemarkeerd, met een stip bij Eindhoven."_s));
    }
};

QTEST_MAIN(TestNlMap)
#include "tst_nlmap.moc"
