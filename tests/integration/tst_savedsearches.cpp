// SPDX-License-Identifier: EUPL-1.2
// Saved searches that alert (issue 16.3), end to end: a search saved in the real window on a
// profile; the real publisher signs an update (stock minisign) that adds a matching item; the
// window's sync applies it; Bewaarde zoekopdrachten says "1 nieuw" and Wat is er nieuw lists the
// search. A later update that changes a seen result counts too; running the search sets the
// count back to 0, and that survives a restart.
#include "feedworld.h"
#include "testsupport.h"

#include "context/appcontext.h"
#include "personal/personalstore.h"
#include "settings/preferences.h"
#include "sync/syncservice.h"
#include "ui/docks/savedsearchesdock.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/mainwindow.h"
#include "ui/search/savedsearches.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchsession.h"
#include "ui/updates/whatsnewdialog.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Flexwonen;
using Test::str;

namespace {

const QString Query = str("Kwartiermaker");

// The real window on a profile whose updates come from the test's feed.
struct Window
{
    Settings::Preferences preferences;
    AppContext context;
    Ui::MainWindow window;

    Window(const QString &profile, const QString &base, const QString &settingsFile)
        : preferences({settingsFile, {}})
        , context({profile, {}, base}, preferences)
        , window(context)
    {}

    QListView *searches() const { return window.savedSearchesDock()->view(); }
    QString row() const { return searches()->model()->index(0, 0).data().toString(); }
    bool sync()
    {
        QSignalSpy finished(context.syncService(), &Sync::SyncService::finished);
        context.syncService()->checkNow();
        return finished.wait(60000) &&
               context.syncService()->state() == Sync::SyncService::State::Updated;
    }
    // Enter on the saved search: its results in Zoekresultaten, and seen.
    void run()
    {
        searches()->setCurrentIndex(searches()->model()->index(0, 0));
        searches()->setFocus();
        QTest::keyClick(searches(), Qt::Key_Return);
    }
};

} // namespace

class TestSavedSearches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Test::FeedWorld> m_world;

    QString settingsFile() const { return m_dir.filePath(str("cfg/flexwonen.conf")); }
    QString profile() const { return m_world->profile(str("alerts")); }
    std::unique_ptr<Window> open() const
    {
        auto w = std::make_unique<Window>(profile(), m_world->base, settingsFile());
        w->window.resize(1200, 800);
        w->window.show();
        return w;
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<Test::FeedWorld>(m_dir.filePath(str("world")));
        QCOMPARE(m_world->publish().exitCode, 0); // seq 1: the bundled base
        Settings::Preferences preferences({settingsFile(), {}});
        preferences.setUpdates(
            {m_world->feed, m_world->publicKey, Settings::CheckInterval::Off, {}});
    }

    void newAndChangedResultsAlert()
    {
        Kb::Item item = m_world->makeItem(21, Query);
        {
            auto w = open();
            QCOMPARE(w->window.savedSearchesDock()->objectName(), str("savedSearchesDock"));
            QVERIFY(w->window.viewMenu()->actions().contains(
                w->window.savedSearchesDock()->toggleViewAction()));
            // Saved from Zoekresultaten, under the query's name (the dialog's default).
            Ui::SearchResultsDock *results = w->window.searchResultsDock();
            results->search(Query);
            QTRY_VERIFY(results->saveButton()->isEnabled());
            QCOMPARE(results->session()->results().total, 0);
            auto *poll = new QTimer(&w->window);
            connect(poll, &QTimer::timeout, this, [poll] {
                if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                    poll->stop();
                    d->accept();
                }
            });
            poll->start(50);
            results->saveButton()->click();
            QTRY_COMPARE(w->context.personalStore().savedSearches().size(), 1);
            QCOMPARE(w->context.personalStore().savedSearches().first().name, Query);
            QCOMPARE(w->row(), Query);

            // An update adds an item that matches.
            m_world->writeItem(item);
            QCOMPARE(m_world->publish().exitCode, 0);
            QVERIFY(w->sync());
            QTRY_COMPARE(w->row(), str("Kwartiermaker — 1 nieuw"));
            QCOMPARE(w->searches()->model()->index(0, 0).data(Qt::AccessibleTextRole).toString(),
                     str("Kwartiermaker, 1 nieuw"));
            // Wat is er nieuw names it.
            auto *whatsNew = w->window.findChild<QAction *>(str("WhatsNewAction"));
            QVERIFY(whatsNew && whatsNew->isEnabled());
            whatsNew->trigger();
            auto *dialog = w->window.findChild<Ui::WhatsNewDialog *>();
            QVERIFY(dialog);
            auto *list = dialog->findChild<QListWidget *>(str("savedSearches"));
            QVERIFY(list && list->isVisible());
            QCOMPARE(list->count(), 1);
            QCOMPARE(list->item(0)->text(), str("Kwartiermaker — 1 nieuw"));
            if (const QString shots = qEnvironmentVariable("FLEXWONEN_SHOT_DIR");
                !shots.isEmpty()) { // pictures for the record, when asked for
                w->window.savedSearchesDock()->raise();
                QTest::qWait(200);
                w->window.grab().save(shots + str("/docks-1-nieuw.png"));
                dialog->grab().save(shots + str("/wat-is-er-nieuw.png"));
            }
            dialog->close();

            // Running it shows its results and makes them seen.
            w->run();
            QCOMPARE(w->window.searchField()->text(), Query);
            QTRY_COMPARE(results->session()->results().total, 1);
            QTRY_COMPARE(w->row(), Query);
            QCOMPARE(w->context.personalStore().savedSearches().first().unseen, 0);

            // An update that changes the seen result (rev + 1), and one unrelated item.
            item.body += str("Bijgewerkt na overleg met de gemeente.");
            m_world->writeItem(item);
            m_world->editItems(2, 1, str("Ander onderwerp"));
            QCOMPARE(m_world->publish().exitCode, 0);
            QVERIFY(w->sync());
            QTRY_COMPARE(w->row(), str("Kwartiermaker — 1 nieuw"));
        }
        {
            // The count survives a restart; running the search sets it back to 0.
            auto w = open();
            QCOMPARE(w->row(), str("Kwartiermaker — 1 nieuw"));
            w->run();
            QTRY_COMPARE(w->row(), Query);
        }
        {
            auto w = open();
            QCOMPARE(w->row(), Query);
            QCOMPARE(w->context.personalStore().savedSearches().first().unseen, 0);
        }
    }
};

QTEST_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
