// SPDX-License-Identifier: EUPL-1.2
// Issue 14, point 1: every text the list delegates draw meets WCAG AA (4.5:1) against what it is
// drawn on, in a light and a dark palette, for normal, alternate, selected and past rows.
// Oracle: a paint engine that records what the real delegates paint (every text with its pen,
// every fill), and the WCAG relative-luminance formula computed here, not the app's helper.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "testsupport.h"
#include "ui/docks/agendamodel.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/mainwindow.h"
#include "ui/search/searchsession.h"
#include "uifixture.h"
#include "wcag.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QPaintEngine>
#include <QPainter>
#include <QScopeGuard>
#include <QStyle>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace Flexwonen;

namespace {

using Test::Wcag::luminance;
using Test::Wcag::over;
using Test::Wcag::ratio;

struct Fill
{
    QPolygonF area;
    QColor color;
};

struct Text
{
    QString text;
    QPointF at;
    QColor color;
    QColor background;
};

// Records fills (with the brush) and texts (with the pen and the fill they are drawn on).
class RecordingEngine final : public QPaintEngine
{
public:
    RecordingEngine()
        : QPaintEngine(AllFeatures)
    {}
    QList<Fill> fills;
    QList<Text> texts;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return User; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            addFill(QPolygonF(rects[i]));
    }
    void drawRects(const QRect *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            addFill(QPolygonF(QRectF(rects[i])));
    }
    void drawPath(const QPainterPath &path) override { addFill(path.toFillPolygon()); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (mode != PolylineMode)
            addFill(QPolygonF(QList<QPointF>(points, points + count)));
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        if (item.text().trimmed().isEmpty())
            return;
        // Inside the glyphs: above the baseline, a little into the text.
        const QPointF at = painter()->transform().map(p + QPointF(2, -item.ascent() / 3));
        QColor background;
        for (auto it = fills.crbegin(); it != fills.crend(); ++it) {
            if (it->area.containsPoint(at, Qt::OddEvenFill)) {
                background = it->color;
                break;
            }
        }
        texts.append({item.text(), at, painter()->pen().color(), background});
    }

private:
    void addFill(const QPolygonF &area)
    {
        const QBrush brush = painter()->brush();
        if (brush.style() != Qt::SolidPattern)
            return;
        QColor color = brush.color();
        if (color.alpha() < 255 && !fills.isEmpty())
            color = over(color, fills.constLast().color);
        fills.append({painter()->transform().map(area), color});
    }
};

class RecordingDevice final : public QPaintDevice
{
public:
    RecordingEngine engine;
    QPaintEngine *paintEngine() const override { return const_cast<RecordingEngine *>(&engine); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 2000;
        case PdmHeight:
            return 2000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        default:
            return 0;
        }
    }
};

QPalette darkPalette()
{
    // Like a dark desktop theme: every role set, the placeholder as Qt derives it (text at
    // half opacity), a saturated selection under light text.
    QPalette dark;
    const QColor window(0x20, 0x21, 0x24);
    const QColor base(0x1b, 0x1c, 0x1f);
    const QColor text(0xe8, 0xea, 0xed);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        dark.setColor(group, QPalette::Window, window);
        dark.setColor(group, QPalette::Base, base);
        dark.setColor(group, QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
        dark.setColor(group, QPalette::Button, window);
        dark.setColor(group, QPalette::WindowText, text);
        dark.setColor(group, QPalette::Text, text);
        dark.setColor(group, QPalette::ButtonText, text);
        dark.setColor(group, QPalette::BrightText, Qt::white);
        dark.setColor(group, QPalette::Highlight, QColor(0x3d, 0x8e, 0xe8));
        dark.setColor(group, QPalette::HighlightedText, Qt::white);
        dark.setColor(group, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QColor placeholder = text;
        placeholder.setAlpha(128);
        dark.setColor(group, QPalette::PlaceholderText, placeholder);
    }
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x6d, 0x70));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x6d, 0x70));
    return dark;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    // Paints every row of the view as normal, alternate and selected, and lists every text
    // below AA contrast.
    static QStringList lowContrast(QAbstractItemView *view, const QString &what, int *texts)
    {
        QStringList failures;
        QList<QModelIndex> rows;
        const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int r = 0; r < view->model()->rowCount(parent); ++r) {
                const QModelIndex index = view->model()->index(r, 0, parent);
                rows.append(index);
                collect(index);
            }
        };
        collect({});
        const QPalette palette = view->palette();
        for (const QModelIndex &index : std::as_const(rows)) {
            for (const int state : {0, 1, 2}) { // normal, alternate, selected
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.widget = view;
                option.font = view->font();
                option.rect = QRect(10, 10, 420, 80);
                option.state |= QStyle::State_Enabled | QStyle::State_Active;
                option.showDecorationSelected = true;
                if (state == 1)
                    option.features |= QStyleOptionViewItem::Alternate;
                if (state == 2)
                    option.state |= QStyle::State_Selected;
                const QSize hint = view->itemDelegateForIndex(index)->sizeHint(option, index);
                option.rect.setHeight(std::max(hint.height(), 20));
                RecordingDevice device;
                QPainter painter(&device);
                // What the view paints below the delegate: its base, or the alternate base.
                painter.fillRect(
                    QRect(0, 0, 2000, 2000),
                    palette.color(state == 1 ? QPalette::AlternateBase : QPalette::Base));
                view->itemDelegateForIndex(index)->paint(&painter, option, index);
                painter.end();
                for (const Text &t : std::as_const(device.engine.texts)) {
                    ++*texts;
                    const QColor color = over(t.color, t.background);
                    const double r = ratio(color, t.background);
                    if (r < 4.5)
                        failures.append(QStringLiteral("%1 %2 ‘%3’ %4: %5 op %6 = %7:1")
                                            .arg(what, index.data().toString().left(30),
                                                 t.text.left(30),
                                                 QStringList{QStringLiteral("normaal"),
                                                             QStringLiteral("afwisselend"),
                                                             QStringLiteral("geselecteerd")}[state],
                                                 color.name(), t.background.name())
                                            .arg(r, 0, 'f', 2));
                }
            }
        }
        return failures;
    }

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }

    void listTextMeetsAaContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("licht") << QApplication::style()->standardPalette();
        QTest::newRow("donker") << darkPalette();
    }

    void listTextMeetsAaContrast()
    {
        QFETCH(QPalette, palette);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette);
        const auto restore = qScopeGuard([&] { QApplication::setPalette(before); });

        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchResultsDock *results = window.searchResultsDock();
        QStringList failures;
        int texts = 0;
        for (const QString &name : {QStringLiteral("RegionsDock"), QStringLiteral("DossiersDock"),
                                    QStringLiteral("PilotsDock"), QStringLiteral("AgendaDock")}) {
            auto *view = window.findChild<QDockWidget *>(name)->findChild<QTreeView *>();
            QVERIFY(view);
            failures += lowContrast(view, name, &texts);
        }
        // Past events are rows like the others: the agenda has some, and they were drawn.
        auto *agenda =
            window.findChild<QDockWidget *>(QStringLiteral("AgendaDock"))->findChild<QTreeView *>();
        QVERIFY(agenda->model()->rowCount(agenda->model()->index(Ui::AgendaModel::Past, 0)) > 0);

        // Hits with snippet marks, and a best match with missing words.
        for (const QString &query :
             {QStringLiteral("conferentie"), QStringLiteral("handreiking konijnenhok")}) {
            results->search(query);
            QTRY_VERIFY(!results->session()->isBusy());
            QVERIFY2(results->view()->model()->rowCount() > 0, qPrintable(query));
            failures += lowContrast(results->view(), QStringLiteral("Zoekresultaten"), &texts);
        }
        QVERIFY(texts > 50);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
