// SPDX-License-Identifier: GPL-3.0-or-later
// The map: data loads from the resource, regions sit in their provinces, clicks find regions and
// a highlighted region is painted in its colour.
#include "report/nlmap.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Flexwonen::Report;

class TestNlMap : public QObject
{
    Q_OBJECT

    const QRectF m_target{0, 0, 400, 480};

private slots:
    void loadsProvincesAndRegions()
    {
        const NlMap map;
        QVERIFY(map.isValid());
        QCOMPARE(map.provinceNames().size(), 12);
        QCOMPARE(map.regions().size(), 8);
        const QStringList ids = {QStringLiteral("stadsregio-rotterdam"),
                                 QStringLiteral("stadsgewest-haaglanden"),
                                 QStringLiteral("stadsregio-amsterdam"),
                                 QStringLiteral("west-brabant"),
                                 QStringLiteral("limburg"),
                                 QStringLiteral("noord-holland-noord"),
                                 QStringLiteral("holland-rijnland"),
                                 QStringLiteral("sre")};
        for (const QString &id : ids)
            QVERIFY2(map.region(id), qPrintable(id));
        QVERIFY(map.aspectRatio() > 0.6 && map.aspectRatio() < 1.2);
        QVERIFY(NlMap::credits().contains(QStringLiteral("Natural Earth")));
        QVERIFY(NlMap::credits().contains(QStringLiteral("Mark DiMarco")));
    }

    void everyMarkerLiesInItsProvince()
    {
        const NlMap map;
        for (const MapRegion &r : map.regions()) {
            const QPointF at = map.toTarget(m_target, r.marker);
            QVERIFY2(m_target.contains(at), qPrintable(r.id));
            QVERIFY2(r.provinces.contains(map.provinceAt(m_target, at)), qPrintable(r.id));
        }
    }

    void clicksSelectRegions()
    {
        const NlMap map;
        for (const MapRegion &r : map.regions()) {
            const QPointF at = map.toTarget(m_target, r.marker) + QPointF(2, -1);
            QCOMPARE(map.regionAt(m_target, at), r.id);
        }
        // Anywhere in Limburg selects the Limburg region; the sea selects nothing.
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {5.95, 50.85})),
                 QStringLiteral("limburg"));
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {3.6, 53.3})), QString());
        // Friesland holds no region.
        QCOMPARE(map.regionAt(m_target, map.toTarget(m_target, {5.8, 53.05})), QString());
    }

    void paintsTheHighlightedRegion()
    {
        const NlMap map;
        QImage image(m_target.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            map.paint(painter, m_target, {QStringLiteral("sre"), {}, {}, false});
        }
        const QPointF sre = map.toTarget(m_target, map.region(QStringLiteral("sre"))->marker);
        const QPointF rotterdam =
            map.toTarget(m_target, map.region(QStringLiteral("stadsregio-rotterdam"))->marker);
        QCOMPARE(image.pixelColor(sre.toPoint()), QColor(0xc2, 0x41, 0x0c));
        QCOMPARE(image.pixelColor(rotterdam.toPoint()), QColor(0x1d, 0x4f, 0x91));
        // Noord-Brabant is tinted, Friesland is not.
        const QColor brabant = image.pixelColor(map.toTarget(m_target, {5.1, 51.65}).toPoint());
        const QColor friesland = image.pixelColor(map.toTarget(m_target, {5.8, 53.05}).toPoint());
        QCOMPARE(brabant, QColor(0xf6, 0xc9, 0x9f));
        QVERIFY(friesland != brabant);
    }
};

QTEST_MAIN(TestNlMap)
#include "tst_nlmap.moc"
