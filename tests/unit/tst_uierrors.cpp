// SPDX-License-Identifier: EUPL-1.2
// Issue 10, point 6: a core failure inside a slot never unwinds through the event loop. Real
// failures are injected into a running window: an item row damaged in the database (its stored
// JSON, or a table gone) while the user clicks it in a dock; a sync that hands over a file that
// is no knowledge base; a content switch after which the lists cannot be read. The window stays
// up, keeps what it had and says in the status bar what happened.
#include "context/appcontext.h"
#include "kb/database.h"
#include "kb/itemroles.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "sync/syncservice.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/pages/startpage.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "ui/updates/syncui.h"
#include "uifixture.h"

#include <QDockWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Flexwonen;

namespace {

using Test::str;

// Shows the window and hands over its update widgets, whose service a test plays; null when
// the window was not shown or has no service.
Ui::SyncUi *showWithSync(Ui::MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    auto *sync = window.findChild<Ui::SyncUi *>();
    return sync && sync->service() ? sync : nullptr;
}

QTreeView *dockView(Ui::MainWindow &window, const QString &name)
{
    auto *dock = window.findChild<QDockWidget *>(name);
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    return dock->findChild<QTreeView *>();
}

// The row of item id in a dock's tree.
QModelIndex findRow(QTreeView *view, const QString &id)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex parent = model->index(row, 0);
        if (parent.data(Kb::ItemIdRole).toString() == id)
            return parent;
        for (int child = 0; child < model->rowCount(parent); ++child) {
            const QModelIndex index = model->index(child, 0, parent);
            if (index.data(Kb::ItemIdRole).toString() == id)
                return index;
        }
    }
    return {};
}

// Writes to the window's content database behind its back (another connection, as the sync
// would, or a damaged disk).
void damage(const QString &path, const QString &sql)
{
    Kb::Connection c(path, Kb::Connection::Mode::ReadWrite);
    c.exec(sql);
}

} // namespace

class TestUiErrors : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    std::unique_ptr<AppContext> profileContext() { return m_world->freshContext(m_world->kb()); }

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }

    void init()
    {
        m_world->resetPreferences();
        m_world->preferences().setUpdates(
            {m_world->path(str("geen-feed")), {}, Settings::CheckInterval::Off, {}});
    }

    void failingItemReadKeepsTheWindowUp_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("othersReadable"); // an item that does not touch the damage
        QTest::newRow("stored-json-corrupt")
            << str("UPDATE item SET extra = '{\"municipality\": kapot' WHERE id = 'doc-convenant'")
            << true;
        QTest::newRow("table-gone") << str("DROP TABLE item_source") << false;
    }

    void failingItemReadKeepsTheWindowUp()
    {
        QFETCH(QString, sql);
        QFETCH(bool, othersReadable);
        auto context = profileContext();
        Ui::MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The user unfolds the dossier (the dock reads its rows once on screen and a dossier's
        // documents once unfolded), the stored item goes bad, then the user clicks it.
        QTreeView *view = dockView(window, str("DossiersDock"));
        QTRY_VERIFY(view->isVisible() && view->model()->rowCount() > 0);
        view->expandAll();
        QModelIndex row;
        QTRY_VERIFY((row = findRow(view, str("doc-convenant"))).isValid());
        damage(context->knowledgeBase().path(), sql);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());

        QVERIFY(window.isVisible());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(str("kan niet worden getoond")), qPrintable(message));
        Ui::ReaderTab *tab = window.readerTabs()->current();
        QCOMPARE(tab->location().itemId(), str("doc-convenant"));
        QVERIFY2(tab->itemView()->toPlainText().contains(str("kan niet worden getoond")),
                 qPrintable(tab->itemView()->toPlainText()));

        // The window goes on: back to the start page, and other items where they can be read.
        window.openLocation(Ui::Location::start());
        QVERIFY(tab->startPage()->isVisible());
        window.openItem(str("pilot-woonbron"));
        QCOMPARE(tab->itemView()->toPlainText().contains(str("Pilot Woonbron")), othersReadable);
    }

    // The sync hands over a content file that cannot be opened: the window keeps the old one.
    void failingReopenKeepsTheOldContent()
    {
        auto context = profileContext();
        Ui::MainWindow window(*context);
        Ui::SyncUi *sync = showWithSync(window);
        QVERIFY(sync);
        Kb::KnowledgeBase &kb = context->knowledgeBase();
        const QString before = kb.path();
        const QString broken = QFileInfo(before).absolutePath() + str("/kb-1-1-kapot.sqlite");
        Test::writeFile(broken, QByteArray(64 * 1024, 'x'));

        emit sync->service()->contentUpdated(broken);

        QVERIFY(window.isVisible());
        QCOMPARE(kb.path(), before);
        QCOMPARE(kb.meta().seq, 1);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(str("kan niet worden geopend")), qPrintable(message));
        QCOMPARE(dockView(window, str("RegionsDock"))->model()->rowCount(), 2);
        window.openItem(str("doc-handreiking"));
        QVERIFY(window.readerTabs()->current()->itemView()->toPlainText().contains(
            str("Handreiking coördinatie huisvesting")));
    }

    // The switch succeeds, but the new content cannot be listed: the lists keep their rows.
    void failingReloadKeepsTheLists()
    {
        auto context = profileContext();
        Ui::MainWindow window(*context);
        Ui::SyncUi *sync = showWithSync(window);
        QVERIFY(sync);
        const QString path = context->knowledgeBase().path();
        QAbstractItemModel *regions = dockView(window, str("RegionsDock"))->model();
        QList<int> municipalities;
        for (int row = 0; row < regions->rowCount(); ++row)
            municipalities.append(regions->rowCount(regions->index(row, 0)));
        QCOMPARE(municipalities, (QList<int>{1, 2}));
        damage(path, str("DROP TABLE municipality"));

        emit sync->service()->contentUpdated(path); // as after an incremental update

        QVERIFY(window.isVisible());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(str("kunnen niet worden bijgewerkt")), qPrintable(message));
        QCOMPARE(regions->rowCount(), 2);
        for (int row = 0; row < regions->rowCount(); ++row) // the municipalities it had
            QCOMPARE(regions->rowCount(regions->index(row, 0)), municipalities[row]);
    }
};

QTEST_MAIN(TestUiErrors)
#include "tst_uierrors.moc"
