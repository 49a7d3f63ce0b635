// SPDX-License-Identifier: EUPL-1.2
// The window: filled docks with stable names, the View menu, the agenda order, reader tabs with
// back/forward and Ctrl+click, the start and region pages with the map, layout save/restore/reset.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "testsupport.h"
#include "ui/docks/itemtreedock.h"
#include "ui/mainwindow.h"
#include "ui/map/mapwidget.h"
#include "ui/pages/barchartwidget.h"
#include "ui/pages/regionpage.h"
#include "ui/pages/startpage.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "uifixture.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Flexwonen;

namespace {

const QStringList DockNames = {QStringLiteral("RegionsDock"), QStringLiteral("DossiersDock"),
                               QStringLiteral("PilotsDock"), QStringLiteral("AgendaDock"),
                               QStringLiteral("SearchResultsDock")};

QTreeView *dockView(Ui::MainWindow &window, const QString &name)
{
    auto *dock = window.findChild<QDockWidget *>(name);
    return dock ? dock->findChild<QTreeView *>() : nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    std::unique_ptr<AppContext> context() { return m_world->context(); }

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }

    void init() { m_world->resetPreferences(); }

    void bundledBaseOpensWithFilledDocks()
    {
        AppContext context({m_world->path(QStringLiteral("gebundeld")), {}, Test::bundledBase()},
                           m_world->preferences());
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Flexwonen Kennisbank"));
        for (const QString &name : {QStringLiteral("RegionsDock"), QStringLiteral("DossiersDock"),
                                    QStringLiteral("PilotsDock"), QStringLiteral("AgendaDock")}) {
            QTreeView *view = dockView(window, name);
            QVERIFY2(view, qPrintable(name));
            QVERIFY2(view->model()->rowCount() > 0, qPrintable(name));
        }
        QCOMPARE(dockView(window, QStringLiteral("RegionsDock"))->model()->rowCount(), 8);
        // The start page shows and its map knows every region of the base.
        Ui::ReaderTab *tab = window.readerTabs()->current();
        QVERIFY(tab->location().isStart());
        QVERIFY(tab->startPage()->isVisible());
    }

    void docksHaveStableNamesTitlesAndAViewMenu()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList titles = {QStringLiteral("Regio's"), QStringLiteral("Dossiers"),
                                    QStringLiteral("Pilots"), QStringLiteral("Agenda"),
                                    QStringLiteral("Zoekresultaten")};
        const QList<QAction *> menu = window.viewMenu()->actions();
        for (int i = 0; i < DockNames.size(); ++i) {
            auto *dock = window.findChild<QDockWidget *>(DockNames[i]);
            QVERIFY2(dock, qPrintable(DockNames[i]));
            QCOMPARE(dock->windowTitle(), titles[i]);
            QVERIFY(menu.contains(dock->toggleViewAction()));
            QVERIFY(dock->toggleViewAction()->isChecked());
        }
        auto *reset = window.findChild<QAction *>(QStringLiteral("ResetLayoutAction"));
        QVERIFY(reset && menu.contains(reset));
        QCOMPARE(reset->text().remove(QLatin1Char('&')),
                 QStringLiteral("Standaardindeling herstellen"));
        QCOMPARE(dockView(window, QStringLiteral("RegionsDock"))->model()->rowCount(), 2);
        QTreeView *pilots = dockView(window, QStringLiteral("PilotsDock"));
        QCOMPARE(pilots->model()->index(0, 0).data(Kb::SecondaryTextRole).toString(),
                 QStringLiteral("Rotterdam · Woonbron"));
    }

    void agendaListsUpcomingFirstThenPast()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        QAbstractItemModel *agenda = dockView(window, QStringLiteral("AgendaDock"))->model();
        QCOMPARE(agenda->rowCount(), 2);
        const QModelIndex upcoming = agenda->index(0, 0);
        const QModelIndex past = agenda->index(1, 0);
        QVERIFY(upcoming.data().toString().startsWith(QStringLiteral("Komend")));
        QVERIFY(past.data().toString().startsWith(QStringLiteral("Voorbij")));
        const auto ids = [&](const QModelIndex &group) {
            QStringList list;
            for (int row = 0; row < agenda->rowCount(group); ++row)
                list.append(agenda->index(row, 0, group).data(Kb::ItemIdRole).toString());
            return list;
        };
        QCOMPARE(ids(upcoming),
                 (QStringList{QStringLiteral("evt-vandaag"), QStringLiteral("evt-binnenkort"),
                              QStringLiteral("evt-later")}));
        QCOMPARE(ids(past),
                 (QStringList{QStringLiteral("evt-verleden"), QStringLiteral("evt-ouder")}));
    }

    void clickingADockItemOpensItInTheReader()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("DossiersDock"));
        dock->raise();
        QTreeView *view = dockView(window, QStringLiteral("DossiersDock"));
        view->expandAll();
        QTRY_VERIFY(view->isVisible());
        const QModelIndex dossier = view->model()->index(0, 0);
        const QModelIndex document = view->model()->index(0, 0, dossier);
        QVERIFY(document.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(document).center());
        Ui::ReaderTab *tab = window.readerTabs()->current();
        QCOMPARE(tab->location().itemId(), document.data(Kb::ItemIdRole).toString());
        QVERIFY(tab->itemView()->toPlainText().contains(document.data().toString()));
        QVERIFY(tab->itemView()->toPlainText().contains(QStringLiteral("Bronnen")));

        // Keyboard: up to the dossier and Enter.
        view->setFocus();
        view->setCurrentIndex(document);
        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(tab->location().itemId(), dossier.data(Kb::ItemIdRole).toString());
    }

    void readerGoesBackAndForwardPerTab()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ReaderTabs *tabs = window.readerTabs();
        Ui::ReaderTab *tab = tabs->current();
        window.openItem(QStringLiteral("doc-convenant"));
        window.openItem(QStringLiteral("doc-handreiking"));
        QStringList history;
        for (const Ui::Location &l : tab->history())
            history.append(l.isStart() ? QStringLiteral("(start)") : l.itemId());
        QCOMPARE(history, (QStringList{QStringLiteral("(start)"), QStringLiteral("doc-convenant"),
                                       QStringLiteral("doc-handreiking")}));
        QCOMPARE(window.windowTitle(), QStringLiteral("Handreiking coördinatie huisvesting"));
        // Related items: the convenant refers to the handreiking without being in its links.
        QVERIFY(tab->itemView()->toPlainText().contains(QStringLiteral("Gerelateerd")));
        QVERIFY(tab->itemView()->toPlainText().contains(QStringLiteral("Convenant Rotterdam")));

        QTest::keySequence(&window, QKeySequence::Back);
        QCOMPARE(tab->location().itemId(), QStringLiteral("doc-convenant"));
        QTest::keySequence(&window, QKeySequence::Back);
        QVERIFY(tab->location().isStart());
        QVERIFY(!tab->canGoBack());
        QTest::keySequence(&window, QKeySequence::Forward);
        QCOMPARE(tab->location().itemId(), QStringLiteral("doc-convenant"));
        QVERIFY(tab->canGoForward());

        // Following a link from the middle of the history drops the forward part.
        const QPoint link = Test::linkPosition(tab->itemView(), QStringLiteral("kb:woonvormen"));
        QVERIFY(link.x() >= 0);
        QTest::mouseClick(tab->itemView()->viewport(), Qt::LeftButton, {}, link);
        QCOMPARE(tab->location().itemId(), QStringLiteral("woonvormen"));
        QVERIFY(!tab->canGoForward());
        QCOMPARE(tabs->count(), 1);

        // An item is never a page of the window, whatever its id spells (the start page was
        // the reserved id ":start" before it had a type).
        window.openItem(QStringLiteral(":start"));
        QVERIFY(!tab->location().isStart());
        QCOMPARE(tab->location().itemId(), QStringLiteral(":start"));
        QCOMPARE(tab->title(), QStringLiteral("Niet gevonden"));
        QCOMPARE(tab->currentPage(), tab->itemView());
    }

    void ctrlClickOpensALinkInANewTab()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ReaderTabs *tabs = window.readerTabs();
        window.openItem(QStringLiteral("doc-convenant"));
        Ui::ReaderTab *first = tabs->current();
        const QPoint link =
            Test::linkPosition(first->itemView(), QStringLiteral("kb:doc-handreiking"));
        QVERIFY(link.x() >= 0);
        QTest::mouseClick(first->itemView()->viewport(), Qt::LeftButton, Qt::ControlModifier, link);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->current(), first); // the reader stays where it was
        QCOMPARE(first->location().itemId(), QStringLiteral("doc-convenant"));
        QCOMPARE(tabs->tab(1)->location().itemId(), QStringLiteral("doc-handreiking"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Handreiking coördinatie hui…"));

        // A plain click follows the link in the same tab.
        QTest::mouseClick(
            first->itemView()->viewport(), Qt::LeftButton, {},
            Test::linkPosition(first->itemView(), QStringLiteral("kb:doc-handreiking")));
        QCOMPARE(first->location().itemId(), QStringLiteral("doc-handreiking"));
        QCOMPARE(tabs->count(), 2);

        // Closing the last tab is refused: it returns to the start page.
        tabs->closeReaderTab(1);
        QCOMPARE(tabs->count(), 1);
        tabs->closeReaderTab(0);
        QCOMPARE(tabs->count(), 1);
        QVERIFY(tabs->current()->location().isStart());
    }

    void regionPageShowsMapFiguresAndWhatApplies()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openItem(QStringLiteral("stadsregio-rotterdam"));
        Ui::ReaderTab *tab = window.readerTabs()->current();
        Ui::RegionPage *page = tab->regionPage();
        QVERIFY(page);
        QCOMPARE(tab->currentPage(), page);
        QCOMPARE(page->mapWidget()->highlight(), QStringLiteral("stadsregio-rotterdam"));
        // Two figures in two units: nothing to compare, so no chart (issue 14, point 4).
        QVERIFY(!page->chart()->isVisible());
        const QString text = page->textView()->toPlainText();
        // The convenant is listed once, under Afspraken, not again under its dossier.
        for (const QString &expected :
             {QStringLiteral("Gemeenten"), QStringLiteral("Schiedam"),
              QStringLiteral("Kerncijfers"), QStringLiteral("Afspraken"),
              QStringLiteral("Convenant Rotterdam 2013"), QStringLiteral("Pilots in deze regio"),
              QStringLiteral("Pilot Woonbron"), QStringLiteral("Agenda van de regio"),
              QStringLiteral("Ondertekening")})
            QVERIFY2(text.contains(expected), qPrintable(expected));

        // The map on the region page opens other regions too.
        Ui::MapWidget *map = page->mapWidget();
        QTest::mouseClick(map, Qt::LeftButton, {},
                          map->markerPosition(QStringLiteral("sre")).toPoint());
        QCOMPARE(tab->location().itemId(), QStringLiteral("sre"));
        QCOMPARE(page->mapWidget()->highlight(), QStringLiteral("sre"));
        QVERIFY(!page->chart()->isVisible()); // SRE has no figures here
    }

    void startPageMapOpensARegion()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ReaderTab *tab = window.readerTabs()->current();
        Ui::StartPage *start = tab->startPage();
        QVERIFY(start && start->isVisible());
        const QString text = start->textView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Nationale verklaring getekend"))); // news
        QVERIFY(text.contains(QStringLiteral("Conferentie binnenkort")));        // upcoming
        QVERIFY(text.indexOf(QStringLiteral("Conferentie binnenkort")) <
                text.indexOf(QStringLiteral("Conferentie later")));

        Ui::MapWidget *map = start->mapWidget();
        const QPoint rotterdam =
            map->markerPosition(QStringLiteral("stadsregio-rotterdam")).toPoint();
        QCOMPARE(map->regionAt(rotterdam), QStringLiteral("stadsregio-rotterdam"));
        QTest::mouseClick(map, Qt::LeftButton, {}, rotterdam);
        QCOMPARE(tab->location().itemId(), QStringLiteral("stadsregio-rotterdam"));
        QCOMPARE(tab->currentPage(), tab->regionPage());

        // Keyboard on the map: focus, arrow, Enter.
        QTest::keySequence(&window, QKeySequence::Back);
        QCOMPARE(tab->currentPage(), start);
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Right);
        QTest::keyClick(map, Qt::Key_Return);
        QVERIFY(!tab->location().isStart());
    }

    void layoutIsSavedRestoredAndReset()
    {
        {
            auto ctx = context();
            Ui::MainWindow window(*ctx);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *pilots = window.findChild<QDockWidget *>(QStringLiteral("PilotsDock"));
            auto *agenda = window.findChild<QDockWidget *>(QStringLiteral("AgendaDock"));
            pilots->toggleViewAction()->trigger();
            QVERIFY(pilots->isHidden());
            window.addDockWidget(Qt::RightDockWidgetArea, agenda);
            QCOMPARE(window.dockWidgetArea(agenda), Qt::RightDockWidgetArea);
            window.close();
        }
        {
            auto ctx = context();
            Ui::MainWindow window(*ctx);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *pilots = window.findChild<QDockWidget *>(QStringLiteral("PilotsDock"));
            auto *agenda = window.findChild<QDockWidget *>(QStringLiteral("AgendaDock"));
            QVERIFY(pilots->isHidden());
            QVERIFY(!pilots->toggleViewAction()->isChecked());
            QCOMPARE(window.dockWidgetArea(agenda), Qt::RightDockWidgetArea);

            window.findChild<QAction *>(QStringLiteral("ResetLayoutAction"))->trigger();
            QVERIFY(!pilots->isHidden());
            QCOMPARE(window.dockWidgetArea(agenda), Qt::LeftDockWidgetArea);
            for (const QString &name : DockNames)
                QVERIFY2(!window.findChild<QDockWidget *>(name)->isHidden(), qPrintable(name));
        }
        // A layout stored by another layout version is ignored.
        Settings::WindowState older = m_world->preferences().windowState();
        older.version = 0;
        m_world->preferences().setWindowState(older);
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("AgendaDock"))->isHidden());
        QCOMPARE(
            window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("AgendaDock"))),
            Qt::LeftDockWidgetArea);
    }

    void contentNeverReachesOut()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        Ui::ReaderView *reader = window.readerTabs()->current()->itemView();
        // The reader's own placeholder: a null QVariant would let QTextDocument read file: URLs
        // itself, an empty image would let Qt's image handler load the name as a path.
        for (const char *url :
             {"file:///etc/hostname", "https://example.org/x.png", "/etc/x.png", "relative.png"}) {
            const QUrl name(QString::fromLatin1(url));
            const QVariant answer = reader->loadResource(QTextDocument::ImageResource, name);
            QVERIFY2(answer.value<QImage>() == Ui::ReaderView::missingImage(), url);
            const QVariant resource =
                reader->document()->resource(QTextDocument::ImageResource, name);
            QVERIFY2(resource.value<QImage>() == Ui::ReaderView::missingImage(), url);
        }
        // Raw HTML in content stays text.
        reader->showMarkdown(QStringLiteral("<img src=\"https://example.org/x.png\"> <b>vet</b>"));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("<b>vet</b>")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
