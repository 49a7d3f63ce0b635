// SPDX-License-Identifier: EUPL-1.2
// Issue 15, point 4: dark and high-contrast themes designed, not inherited.
// - Every text colour of the Light, Dark and HighContrast themes reads at 4.5:1 on what it is
//   drawn on, every non-text mark (map lines and markers, chart bars, focus frames) stands 3:1
//   from its ground. The pairs come from the palettes and ScreenColours of the real widgets
//   after the theme is applied; the oracle is the WCAG 2.x formula, computed here.
// - The window switched to Dark at run time really is dark: the map, the chart and the agenda
//   rendered to images have dark grounds with text that contrasts with them (pixels sampled).
// - A report made while the dark theme is on is the same light PDF as without it.
#include "context/appcontext.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportmap.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "ui/docks/itemdelegate.h"
#include "ui/mainwindow.h"
#include "ui/map/mapwidget.h"
#include "ui/pages/barchartwidget.h"
#include "ui/pages/regionpage.h"
#include "ui/reader/location.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/theme/screencolours.h"
#include "ui/theme/theme.h"
#include "wcag.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace Flexwonen;
using namespace Qt::StringLiterals;

namespace {

using Test::Wcag::luminance;
using Test::Wcag::over;
using Test::Wcag::ratio;

// Collects the pairs below their minimum, named.
struct Pairs
{
    QStringList failures;
    int checked = 0;
    void check(const char *what, const QColor &fore, const QColor &back, double minimum)
    {
        ++checked;
        const QColor opaqueBack = back.alpha() < 255 ? over(back, Qt::black) : back;
        const double r = ratio(over(fore, opaqueBack), opaqueBack);
        if (r < minimum)
            failures.append(u"%1: %2 op %3 = %4:1 (minimaal %5)"_s
                                .arg(QLatin1String(what), fore.name(), back.name())
                                .arg(r, 0, 'f', 2)
                                .arg(minimum));
    }
    void text(const char *what, const QColor &fore, const QColor &back)
    {
        check(what, fore, back, 4.5);
    }
    void mark(const char *what, const QColor &fore, const QColor &back)
    {
        check(what, fore, back, 3.0);
    }
};

// The colour most pixels of the rectangle have.
QColor dominant(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// How many columns of rect hold a pixel at 4.5:1 or more against ground(x): the width of text
// that can be read there.
int readableColumns(const QImage &image, const QRect &rect,
                    const std::function<std::optional<QColor>(int x)> &ground)
{
    int columns = 0;
    const QRect r = rect.intersected(image.rect());
    for (int x = r.left(); x <= r.right(); ++x) {
        const std::optional<QColor> back = ground(x);
        if (!back)
            continue;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            if (ratio(QColor::fromRgb(image.pixel(x, y)), *back) >= 4.5) {
                ++columns;
                break;
            }
        }
    }
    return columns;
}

double shareAbove(const QImage &image, const QRect &rect, double lum)
{
    int light = 0;
    int all = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            ++all;
            if (luminance(QColor::fromRgb(image.pixel(x, y))) > lum)
                ++light;
        }
    }
    return all ? double(light) / all : 0;
}

// The pages of a PDF as images by poppler's pdftoppm, at 40 dpi.
QList<QImage> pdfPages(const QString &pdf, const QString &prefix)
{
    QProcess p;
    p.start(u"pdftoppm"_s, {u"-r"_s, u"40"_s, u"-png"_s, pdf, prefix});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QFileInfo base(prefix);
    QList<QImage> images;
    for (const QFileInfo &file :
         QDir(base.absolutePath())
             .entryInfoList({base.fileName() + u"-*.png"_s}, QDir::Files, QDir::Name))
        images.append(QImage(file.filePath()).convertToFormat(QImage::Format_RGB32));
    return images;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Ui::ThemeApplier> m_themes;
    std::unique_ptr<Settings::Preferences> m_preferences;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::ReaderTab *tab() { return m_window->readerTabs()->current(); }

    // The first region whose page has a chart, with a municipality marked: the map with a
    // highlighted region and a municipality, and the chart.
    Ui::RegionPage *openRegion()
    {
        const QStringList regions{u"stadsregio-rotterdam"_s, u"west-brabant"_s, u"limburg"_s,
                                  u"noord-holland-noord"_s, u"sre"_s};
        for (const QString &region : regions) {
            const QList<Kb::Municipality> municipalities =
                m_context->knowledgeBase().municipalitiesByRegion().value(region);
            tab()->open(Ui::Location::region(
                region, municipalities.isEmpty() ? QString() : municipalities.first().name));
            QApplication::processEvents();
            Ui::RegionPage *page = tab()->regionPage();
            if (page && page->chart()->isVisible())
                return page;
        }
        return nullptr;
    }

    QTreeView *agenda()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"AgendaDock"_s);
        return dock ? dock->findChild<QTreeView *>() : nullptr;
    }

    // Where widget is in the window's image.
    QRect inWindow(const QWidget *widget) const
    {
        return {widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size()};
    }

    // The chart at chartRect in image: a dark ground, every label and value readable there.
    static void checkChart(Ui::BarChartWidget *chart, const QImage &image, const QRect &chartRect,
                           QStringList &failures)
    {
        const QColor chartGround = dominant(image, chartRect);
        if (luminance(chartGround) > 0.1)
            failures.append(u"grafiek: lichte achtergrond %1"_s.arg(chartGround.name()));
        const QFontMetrics metrics(chart->font());
        const int barHeight = metrics.height() + 4;
        for (int i = 0; i < chart->partCount(); ++i) {
            const QRect part = chart->partRect(i).translated(chartRect.topLeft());
            const QRect bar(part.left(), part.bottom() - barHeight + 1, part.width(), barHeight);
            const QRect label(part.left(), part.top(), part.width(), bar.top() - part.top() - 2);
            const QString name = chart->partName(i);
            const QString value = name.mid(name.indexOf(u": "_s) + 2);
            const int labelInk = readableColumns(
                image, label, [&](int) { return std::optional<QColor>(chartGround); });
            const int labelWidth = std::min(
                metrics.horizontalAdvance(name.left(name.indexOf(u": "_s))), label.width());
            if (labelInk < labelWidth / 3)
                failures.append(u"grafiek: label %1 onleesbaar"_s.arg(i));
            // The ground of each column of the bar is its colour above the text; columns next
            // to an edge between bar, range and track are left out (their edge is blended).
            const auto ground = [&](int x) -> std::optional<QColor> {
                for (int dx = -3; dx <= 3; ++dx) {
                    if (x + dx <= bar.left() + 2 || x + dx >= bar.right() - 2 ||
                        image.pixel(x + dx, bar.top() + 1) != image.pixel(x, bar.top() + 1))
                        return std::nullopt;
                }
                return QColor::fromRgb(image.pixel(x, bar.top() + 1));
            };
            const int valueInk = readableColumns(image, bar.adjusted(0, 2, 0, -2), ground);
            const int valueWidth = std::min(metrics.horizontalAdvance(value), bar.width() - 8);
            if (valueInk < valueWidth / 3)
                failures.append(u"grafiek: waarde %1 onleesbaar (%2 van %3 kolommen)"_s.arg(
                    value, QString::number(valueInk), QString::number(valueWidth)));
        }
    }

private slots:
    void initTestCase()
    {
        m_themes = std::make_unique<Ui::ThemeApplier>();
        m_preferences = std::make_unique<Settings::Preferences>(
            Settings::Preferences::Files{m_dir.filePath(u"flexwonen.conf"_s), {}});
        m_context = std::make_unique<AppContext>(
            StartOptions{m_dir.filePath(u"profiel"_s), {}, Test::bundledBase()}, *m_preferences);
        m_window = std::make_unique<Ui::MainWindow>(*m_context);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (auto *dock = m_window->findChild<QDockWidget *>(u"AgendaDock"_s)) {
            dock->show();
            dock->raise();
        }
    }

    void cleanup() { m_themes->apply(Ui::Theme::System); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void themeNamesRoundTrip()
    {
        for (const Ui::Theme theme :
             {Ui::Theme::System, Ui::Theme::Light, Ui::Theme::Dark, Ui::Theme::HighContrast})
            QCOMPARE(Ui::themeFromName(Ui::themeName(theme)), theme);
        QCOMPARE(Ui::themeFromName(u"DARK"_s), Ui::Theme::Dark);
        QVERIFY(!Ui::themeFromName(u"paars"_s));
    }

    void colourPairsMeetWcag_data()
    {
        QTest::addColumn<Ui::Theme>("theme");
        QTest::newRow("licht") << Ui::Theme::Light;
        QTest::newRow("donker") << Ui::Theme::Dark;
        QTest::newRow("hoog contrast") << Ui::Theme::HighContrast;
    }

    void colourPairsMeetWcag()
    {
        QFETCH(Ui::Theme, theme);
        m_themes->apply(theme);
        QApplication::processEvents(); // Qt hands a new palette on to the widgets in events
        Ui::RegionPage *page = openRegion();
        QVERIFY(page);
        QTreeView *list = agenda();
        QVERIFY(list);
        // The theme reached the widgets (not only the application).
        const QPalette designed = *Ui::themePalette(theme);
        QCOMPARE(page->mapWidget()->palette().color(QPalette::Base),
                 designed.color(QPalette::Base));
        QCOMPARE(list->palette().color(QPalette::Base), designed.color(QPalette::Base));

        Pairs pairs;
        const QPalette window = m_window->palette();
        pairs.text("venstertekst", window.color(QPalette::WindowText),
                   window.color(QPalette::Window));
        pairs.text("tekst", window.color(QPalette::Text), window.color(QPalette::Base));
        pairs.text("knoptekst", window.color(QPalette::ButtonText), window.color(QPalette::Button));
        pairs.text("tooltip", window.color(QPalette::ToolTipText),
                   window.color(QPalette::ToolTipBase));
        pairs.text("selectie", window.color(QPalette::HighlightedText),
                   window.color(QPalette::Highlight));
        for (const auto ground : {QPalette::Base, QPalette::Window}) {
            pairs.text("link", window.color(QPalette::Link), window.color(ground));
            pairs.text("bezochte link", window.color(QPalette::LinkVisited), window.color(ground));
            pairs.text("bijschrift (placeholder)", window.color(QPalette::PlaceholderText),
                       window.color(ground));
        }
        pairs.mark("focuskader", window.color(QPalette::Highlight), window.color(QPalette::Base));
        for (const auto ground : {QPalette::Base, QPalette::Window, QPalette::Button})
            pairs.mark("rand van veld en knop", Ui::themeEdge(theme), window.color(ground));

        // The agenda's rows: titles and dates, on both row colours and selected.
        const QPalette rows = list->palette();
        for (const auto ground : {QPalette::Base, QPalette::AlternateBase}) {
            pairs.text("agenda titel", rows.color(QPalette::Text), rows.color(ground));
            pairs.text("agenda datum", Ui::secondaryTextColor(rows, false), rows.color(ground));
        }
        pairs.text("agenda geselecteerd", rows.color(QPalette::HighlightedText),
                   rows.color(QPalette::Highlight));
        pairs.text("agenda datum geselecteerd", Ui::secondaryTextColor(rows, true),
                   rows.color(QPalette::Highlight));
        pairs.mark("agenda focuskader", rows.color(QPalette::Highlight),
                   rows.color(QPalette::Base));

        // The map as MapWidget paints it.
        const Ui::ScreenColours screen = Ui::ScreenColours::of(page->mapWidget()->palette());
        const Report::MapColours &map = screen.map;
        for (const QColor &area : {map.land, map.otherRegion, map.tint}) {
            pairs.mark("provinciegrens", map.provinceBorder, area);
            pairs.mark("regiomarkering", map.marker, area);
            pairs.mark("markering onder de muis", map.hover, area);
            pairs.mark("focusring", map.label, area);
            pairs.text("kaartlabel", map.label, over(map.halo, area));
            pairs.text("kaartlabel gekozen regio", map.highlightLabel, over(map.halo, area));
        }
        pairs.mark("landsgrens", map.outline, map.land);
        pairs.mark("landsgrens tegen de zee", map.outline, screen.background);
        pairs.mark("gekozen regio: rand", map.highlightOutline, map.tint);
        pairs.mark("gekozen regio: rand", map.highlightOutline, map.otherRegion);
        pairs.mark("gekozen regio: markering", map.highlight, map.tint);
        pairs.mark("gemeente", map.municipalityMark, map.tint);
        pairs.mark("kaart focuskader", screen.focus, screen.background);

        // The chart as BarChartWidget paints it.
        const Ui::ScreenColours chart = Ui::ScreenColours::of(page->chart()->palette());
        pairs.text("grafieklabel", chart.text, chart.background);
        pairs.text("waarde op de staaf", chart.chartOnBar, chart.chartBar);
        pairs.text("waarde op het bereik", chart.text, chart.chartRange);
        pairs.text("waarde naast de staaf", chart.text, chart.chartTrack);
        pairs.mark("staaf", chart.chartBar, chart.background);
        pairs.mark("staaf tegen de schaal", chart.chartBar, chart.chartTrack);

        // Search words in the results and the reader, the find bar's match.
        const Ui::ScreenColours reader = Ui::ScreenColours::of(window);
        pairs.text("zoekwoord", reader.hitText, reader.hitBackground);
        pairs.text("zoekwoord gevonden", reader.findText, reader.findBackground);
        pairs.text("link in de lezer", reader.link, reader.background);

        QVERIFY(pairs.checked > 40);
        QVERIFY2(pairs.failures.isEmpty(), qPrintable(pairs.failures.join(u'\n')));
    }

    // The walk of issue 15: a dark desktop left the map a light image and a chart value white
    // on light blue. Switched at run time, so the repaint of every part is tested too.
    void darkThemeRendersDark()
    {
        Ui::RegionPage *page = openRegion();
        QVERIFY(page);
        m_themes->apply(Ui::Theme::Dark);
        QApplication::processEvents();
        QTreeView *list = agenda();
        QVERIFY(list && list->isVisible());
        Ui::MapWidget *map = page->mapWidget();
        Ui::BarChartWidget *chart = page->chart();
        QVERIFY(map->isVisible());
        QVERIFY(chart->isVisible() && chart->partCount() > 0);
        const QImage image = m_window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!image.isNull());
        QStringList failures;

        // The map: a dark ground (sea and land), light ink only in lines, markers and labels.
        const QRect mapRect = inWindow(map);
        const QColor mapGround = dominant(image, mapRect);
        if (luminance(mapGround) > 0.1)
            failures.append(u"kaart: de meeste pixels zijn licht (%1)"_s.arg(mapGround.name()));
        if (const double light = shareAbove(image, mapRect, 0.4); light > 0.12)
            failures.append(u"kaart: %1% lichte pixels"_s.arg(qRound(light * 100)));
        for (const QString &region : {map->highlight(), u"limburg"_s, u"west-brabant"_s}) {
            const QRect label =
                map->labelRect(region).toAlignedRect().translated(mapRect.topLeft());
            const QColor halo = dominant(image, label);
            const int readable =
                readableColumns(image, label, [&](int) { return std::optional<QColor>(halo); });
            if (label.isEmpty() || readable < label.width() / 3)
                failures.append(u"kaart: label %1 onleesbaar (%2 van %3 kolommen op %4)"_s.arg(
                    region, QString::number(readable), QString::number(label.width()),
                    halo.name()));
        }

        // The chart: a dark ground; every label and value readable where it is drawn. Also a
        // chart of figures made for the hard cases: a value beside a short bar on the track, a
        // range the value's text crosses.
        checkChart(chart, image, inWindow(chart), failures);
        Ui::BarChartWidget hard;
        hard.setFigures({{u"Kort"_s, 4, std::nullopt, u"bedden"_s, 2024, {}, {}, false},
                         {u"Bereik"_s, 8, 100.0, u"bedden"_s, 2024, {}, {}, false},
                         {u"Lang"_s, 90, std::nullopt, u"bedden"_s, 2024, {}, {}, false}});
        hard.setAutoFillBackground(true);
        hard.setBackgroundRole(QPalette::Base);
        hard.resize(320, hard.heightForWidth(320));
        checkChart(&hard, hard.grab().toImage().convertToFormat(QImage::Format_RGB32), hard.rect(),
                   failures);

        // The agenda: a dark list whose rows read.
        const QRect listRect = inWindow(list->viewport());
        const QColor listGround = dominant(image, listRect);
        if (luminance(listGround) > 0.1)
            failures.append(u"agenda: lichte achtergrond %1"_s.arg(listGround.name()));
        int rowsChecked = 0;
        for (QModelIndex index = list->model()->index(0, 0); index.isValid();
             index = list->indexBelow(index)) {
            const QRect row = list->visualRect(index).translated(listRect.topLeft());
            if (!listRect.contains(row))
                break;
            ++rowsChecked;
            if (readableColumns(image, row,
                                [&](int) { return std::optional<QColor>(listGround); }) < 20)
                failures.append(u"agenda: rij %1 onleesbaar"_s.arg(index.data().toString()));
        }
        QVERIFY(rowsChecked >= 3);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // Print colours stay apart: the same report, with the dark theme on or off, is the same
    // light pages.
    void reportsStayLightUnderDarkTheme()
    {
        Kb::KnowledgeBase &kb = m_context->knowledgeBase();
        const auto pages = [&](const QString &name) {
            const Report::ReportBuilder builder(kb, Report::nlMapSource(kb), QDate(2026, 1, 15));
            const QString pdf = m_dir.filePath(name + u".pdf"_s);
            Report::PdfExporter::write(builder.regionOverview(u"limburg"_s, u"Venlo"_s), pdf,
                                       Report::PdfExporter::Overwrite::Yes);
            return pdfPages(pdf, m_dir.filePath(name));
        };
        const QList<QImage> plain = pages(u"licht"_s);
        m_themes->apply(Ui::Theme::Dark);
        QVERIFY(luminance(QApplication::palette().color(QPalette::Base)) < 0.1);
        const QList<QImage> dark = pages(u"donker"_s);
        QVERIFY(!plain.isEmpty());
        QCOMPARE(dark.size(), plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i) {
            QCOMPARE(dark[i].size(), plain[i].size());
            QVERIFY2(dark[i] == plain[i], qPrintable(u"pagina %1 verschilt"_s.arg(i + 1)));
            // Light paper: most of the page is white, little of it dark.
            QVERIFY(shareAbove(dark[i], dark[i].rect(), 0.8) > 0.75);
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
