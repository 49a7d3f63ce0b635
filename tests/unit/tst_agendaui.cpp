// SPDX-License-Identifier: EUPL-1.2
// Issue 16 point 5 in the window: an event or a region's agenda to an .ics file, from the
// Bestand menu for what the reader shows and from the row menus of the Agenda and Regio's
// panels (with the keyboard's menu key), and Aanmelden with the mail the core builds.
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "report/icalendar.h"
#include "report/registrationmail.h"
#include "testsupport.h"
#include "ui/common/errorreporter.h"
#include "ui/dialogs/agendaactions.h"
#include "ui/docks/itemtreedock.h"
#include "ui/mainwindow.h"
#include "ui/reader/readertabs.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Flexwonen;
using Test::str;

namespace {

int eventsIn(const QByteArray &ics)
{
    return int(ics.count("BEGIN:VEVENT\r\n"));
}

// The row menu a view shows for the row of itemId when the menu key is pressed on it.
QMenu *rowMenu(QTreeView *view, const QString &itemId)
{
    view->expandAll();
    for (QModelIndex at = view->model()->index(0, 0); at.isValid(); at = view->indexBelow(at)) {
        if (at.data(Kb::ItemIdRole).toString() != itemId)
            continue;
        view->setCurrentIndex(at);
        view->scrollTo(at);
        view->setFocus();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(2, 2),
                                view->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(view, &event);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }
    return nullptr;
}

} // namespace

class TestAgendaUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kbPath;

private slots:
    void initTestCase()
    {
        Kb::Item region = Test::sampleItem(str("regio-a"), Kb::ItemType::Region, str("Regio A"));
        Kb::Item quiet = Test::sampleItem(str("regio-b"), Kb::ItemType::Region, str("Regio B"));
        Kb::Item open = Test::sampleItem(str("evt-open"), Kb::ItemType::Event, str("Open dag"));
        open.date = QDate(2026, 9, 1);
        open.region = region.id;
        open.place = str("Venlo");
        open.contacts = {{str("Organisator"), str(""), str("mailto:aanmelden@voorbeeld.nl")}};
        Kb::Item hostile =
            Test::sampleItem(str("evt-vals"), Kb::ItemType::Event, str("Vals adres"));
        hostile.date = QDate(2026, 9, 2);
        hostile.region = region.id;
        hostile.contacts = {
            {str("Organisator"), str(""), str("mailto:a@voorbeeld.nl?bcc=b@voorbeeld.nl")}};
        m_kbPath = m_dir.filePath(str("kb.sqlite"));
        Test::buildKb(m_kbPath, {region, quiet, open, hostile});
    }

    void actionsFitWhatTheReaderShows()
    {
        Kb::KnowledgeBase kb(m_kbPath, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QWidget window;
        Ui::ErrorReporter errors;
        Ui::AgendaActions actions(kb, errors, &window);
        const auto enabled = [&] {
            return QList<bool>{actions.exportEventAction()->isEnabled(),
                               actions.exportRegionAction()->isEnabled(),
                               actions.registerAction()->isEnabled()};
        };
        QCOMPARE(enabled(), (QList<bool>{false, false, false})); // the start page
        actions.setCurrentItem(str("evt-open"));
        QCOMPARE(enabled(), (QList<bool>{true, false, true}));
        actions.setCurrentItem(str("evt-vals")); // no plain address: no Aanmelden
        QCOMPARE(enabled(), (QList<bool>{true, false, false}));
        actions.setCurrentItem(str("regio-a"));
        QCOMPARE(enabled(), (QList<bool>{false, true, false}));
        actions.setCurrentItem(str("regio-b")); // no events
        QCOMPARE(enabled(), (QList<bool>{false, false, false}));
        // Every action is reachable by its mnemonic.
        for (QAction *action : actions.actions())
            QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
    }

    void exportWritesTheCalendarTheCoreMakes()
    {
        Kb::KnowledgeBase kb(m_kbPath, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QWidget window;
        Ui::ErrorReporter errors;
        QSignalSpy reported(&errors, &Ui::ErrorReporter::reported);
        Ui::AgendaActions actions(kb, errors, &window);
        QString suggested;
        QString answer = m_dir.filePath(str("open-dag")); // no suffix: .ics is added
        actions.setAskPath([&](const QString &s) {
            suggested = s;
            return answer;
        });
        actions.setCurrentItem(str("evt-open"));
        actions.exportEventAction()->trigger();
        QCOMPARE(QFileInfo(suggested).fileName(), str("evt-open.ics"));
        QByteArray ics = Test::readFile(answer + str(".ics"));
        QCOMPARE(eventsIn(ics), 1);
        QVERIFY(ics.contains("UID:" + Report::ICalendar::uid(str("evt-open")).toUtf8()));

        answer = m_dir.filePath(str("regio.ics"));
        actions.setCurrentItem(str("regio-a"));
        actions.exportRegionAction()->trigger();
        QCOMPARE(QFileInfo(suggested).fileName(), str("regio-a.ics"));
        ics = Test::readFile(answer);
        QCOMPARE(eventsIn(ics), 2);
        QCOMPARE(reported.count(), 0);

        // Cancelled: nothing written, nothing reported.
        answer.clear();
        actions.exportRegion(str("regio-a"));
        QCOMPARE(reported.count(), 0);

        // A folder that does not exist: one Dutch line in the window's error report.
        answer = m_dir.filePath(str("geen-map/x.ics"));
        actions.exportEvent(str("evt-open"));
        QCOMPARE(reported.count(), 1);
        const QString line = reported.at(0).at(0).toString();
        QVERIFY2(line.contains(str("agenda")) && line.contains(str("bestaat niet")),
                 qPrintable(line));
        // A region without events says so before a file is asked for.
        suggested.clear();
        actions.exportRegion(str("regio-b"));
        QCOMPARE(reported.count(), 2);
        QVERIFY(suggested.isEmpty());
        QVERIFY2(reported.at(1).at(0).toString().contains(str("geen activiteiten")),
                 qPrintable(reported.at(1).at(0).toString()));
    }

    void registerOpensTheMailTheCoreBuilds()
    {
        Kb::KnowledgeBase kb(m_kbPath, Kb::KnowledgeBase::Access::ReadOnlyFile);
        QWidget window;
        Ui::ErrorReporter errors;
        QSignalSpy reported(&errors, &Ui::ErrorReporter::reported);
        Ui::AgendaActions actions(kb, errors, &window);
        QList<QUrl> opened;
        bool mailProgram = true;
        actions.setOpenUrl([&](const QUrl &url) {
            opened.append(url);
            return mailProgram;
        });
        actions.setCurrentItem(str("evt-open"));
        actions.registerAction()->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first(), *Report::RegistrationMail::mailto(*kb.item(str("evt-open"))));
        QCOMPARE(opened.first().path(), str("aanmelden@voorbeeld.nl"));
        QCOMPARE(reported.count(), 0);
        // A hostile address never reaches the mail program.
        actions.registerFor(str("evt-vals"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(reported.count(), 1);
        mailProgram = false;
        actions.registerFor(str("evt-open"));
        QCOMPARE(reported.count(), 2);
        QVERIFY2(reported.at(1).at(0).toString().contains(str("e-mailprogramma")),
                 qPrintable(reported.at(1).at(0).toString()));
    }

    // In the window: the Bestand menu holds the actions, and the Agenda and Regio's panels
    // offer them in a row's menu, opened with the keyboard.
    void windowMenusOfferTheExports()
    {
        Test::UiWorld world;
        const auto context = world.context();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, QSize(1200, 800)));
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(window.agendaActions()->exportEventAction()));
        QVERIFY(file->actions().contains(window.agendaActions()->exportRegionAction()));
        QVERIFY(file->actions().contains(window.agendaActions()->registerAction()));
        window.openItem(str("evt-verleden"));
        QTRY_VERIFY(window.agendaActions()->exportEventAction()->isEnabled());
        QVERIFY(!window.agendaActions()->exportRegionAction()->isEnabled());
        window.openItem(str("stadsregio-rotterdam"));
        QTRY_VERIFY(window.agendaActions()->exportRegionAction()->isEnabled());
        QVERIFY(!window.agendaActions()->exportEventAction()->isEnabled());

        const struct
        {
            const char *dock;
            const char *item;
            const char *action;
        } rows[] = {{"AgendaDock", "evt-verleden", "ExportEventIcsAction"},
                    {"RegionsDock", "stadsregio-rotterdam", "ExportRegionIcsAction"}};
        for (const auto &row : rows) {
            auto *dock = window.findChild<Ui::ItemTreeDock *>(str(row.dock));
            QVERIFY(dock);
            dock->show();
            dock->raise();
            QTRY_VERIFY(dock->view()->model()->rowCount() > 0);
            QMenu *menu = rowMenu(dock->view(), str(row.item));
            QVERIFY2(menu, row.dock);
            QAction *action = menu->findChild<QAction *>(str(row.action));
            QVERIFY2(action && menu->actions().contains(action), row.dock);
            QString asked;
            window.agendaActions()->setAskPath([&](const QString &s) {
                asked = s;
                return world.path(str("%1.ics").arg(str(row.item)));
            });
            action->trigger();
            menu->close();
            QCOMPARE(QFileInfo(asked).fileName(), str("%1.ics").arg(str(row.item)));
            QVERIFY(Test::readFile(world.path(str("%1.ics").arg(str(row.item))))
                        .startsWith("BEGIN:VCALENDAR\r\n"));
        }
    }
};

QTEST_MAIN(TestAgendaUi)
#include "tst_agendaui.moc"
