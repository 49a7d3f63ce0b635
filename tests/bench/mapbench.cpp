// SPDX-License-Identifier: EUPL-1.2
// Map timings (docs/benchmarks.md): loading the map data, painting it as the window does (a
// 300 x 360 widget: the overview, a highlighted region, a hover sweep over the 8 regions) and
// as a report does (vectors into a PDF page), and hit testing a grid of mouse positions.
//   mapbench [--kb FILE] [--rounds N] [--png DIR]   (default: the bundled base of this build)
// --png also writes the window's overview and the highlighted map (SRE) as PNG files to look at.
#include "kb/knowledgebase.h"
#include "report/nlmap.h"

#include <algorithm>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

// Region membership where the map takes it (the municipality map); a no-op for a map that
// has none, so the same source measures the province map it replaced.
template <typename Map> void addRegions(Map &map, Kb::KnowledgeBase &kb)
{
    if constexpr (requires { map.setRegionMunicipalities(kb.municipalitiesByRegion()); })
        map.setRegionMunicipalities(kb.municipalitiesByRegion());
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename Work> double timedMs(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {u"kb"_s, u"knowledge base"_s, u"FILE"_s, qEnvironmentVariable("FLEXWONEN_BASE")});
    parser.addOption({u"rounds"_s, u"repetitions"_s, u"N"_s, u"15"_s});
    parser.addOption({u"png"_s, u"write PNG files to look at"_s, u"DIR"_s});
    parser.process(app);
    const int rounds = qMax(3, parser.value(u"rounds"_s).toInt());
    Kb::KnowledgeBase kb(parser.value(u"kb"_s), Kb::KnowledgeBase::Access::ReadOnlyFile);
    QTextStream out(stdout);

    QList<double> load;
    for (int i = 0; i < rounds; ++i) {
        load.append(timedMs([&] {
            Report::NlMap map;
            addRegions(map, kb);
        }));
    }
    Report::NlMap map;
    addRegions(map, kb);
    const QRectF widget(6, 6, 288, 348);
    QImage screen(300, 360, QImage::Format_ARGB32_Premultiplied);
    const auto paintScreen = [&](const Report::MapPaintOptions &options) {
        screen.fill(Qt::white);
        QPainter painter(&screen);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        map.paint(painter, widget, options);
    };
    QList<double> overview, highlight, hover, pdf, hits;
    for (int i = 0; i < rounds; ++i) {
        overview.append(timedMs([&] { paintScreen({{}, {}, {}, true, false}); }));
        highlight.append(timedMs([&] { paintScreen({u"sre"_s, {}, {}, true, false}); }));
        // A hover sweep: one repaint per region under the mouse, as the window does.
        hover.append(timedMs([&] {
                         for (const Report::MapRegion &r : map.regions())
                             paintScreen({u"sre"_s, r.id, {}, true, false});
                     }) /
                     map.regions().size());
        pdf.append(timedMs([&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            const qreal side = writer.width() * 0.45;
            map.paint(painter, QRectF(0, 0, side, side / map.aspectRatio()), {u"sre"_s});
        }));
        hits.append(timedMs([&] {
                        int found = 0;
                        for (int y = 0; y < 360; y += 12) {
                            for (int x = 0; x < 300; x += 12)
                                found += map.regionAt(widget, QPointF(x, y)).isEmpty() ? 0 : 1;
                        }
                        Q_UNUSED(found);
                    }) /
                    (25.0 * 30.0) * 1000.0);
    }
    if (parser.isSet(u"png"_s)) {
        const QString dir = parser.value(u"png"_s);
        paintScreen({{}, {}, {}, true, false});
        screen.save(dir + u"/map-overview.png"_s);
        paintScreen({u"sre"_s, u"west-brabant"_s, {}, true, false});
        screen.save(dir + u"/map-sre-hover-westbrabant.png"_s);
        QImage large(1000, 1200, QImage::Format_ARGB32_Premultiplied);
        large.fill(Qt::white);
        {
            QPainter painter(&large);
            Report::MapPaintOptions options;
            options.highlight = u"stadsregio-rotterdam"_s;
            options.legend = Report::MapLegendPlacement::TopLeft;
            options.municipality = u"GM0758"_s;
            map.paint(painter, large.rect(), options);
        }
        large.save(dir + u"/map-rotterdam-legend-breda.png"_s);
    }
    out << u"load (parse + regions)  median %1 ms\n"_s.arg(median(load), 0, 'f', 2)
        << u"paint overview 300x360  median %1 ms\n"_s.arg(median(overview), 0, 'f', 2)
        << u"paint highlight         median %1 ms\n"_s.arg(median(highlight), 0, 'f', 2)
        << u"paint on hover          median %1 ms\n"_s.arg(median(hover), 0, 'f', 2)
        << u"paint into a PDF page   median %1 ms\n"_s.arg(median(pdf), 0, 'f', 2)
        << u"regionAt                median %1 us\n"_s.arg(median(hits), 0, 'f', 2);
    return 0;
}
