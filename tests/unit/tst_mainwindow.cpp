// SPDX-License-Identifier: GPL-3.0-or-later
// The window opens on the bundled knowledge base with three filled docks and a working reader.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QDockWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Flexwonen;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void opensWithThreeFilledDocks()
    {
        AppContext context({m_dir.filePath(QStringLiteral("profiel")), {}, Test::bundledBase()});
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Flexwonen Kennisbank"));

        const QList<std::pair<const char *, QString>> docks = {
            {"RegionsDock", QStringLiteral("Regio's")},
            {"DossiersDock", QStringLiteral("Dossiers")},
            {"PilotsDock", QStringLiteral("Pilots")}};
        for (const auto &[name, title] : docks) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY2(dock, name);
            QCOMPARE(dock->windowTitle(), title);
            QVERIFY(dock->isVisible());
            auto *view = dock->findChild<QTreeView *>();
            QVERIFY(view);
            QVERIFY2(view->model()->rowCount() > 0, name);
        }
        auto *regions = window.findChild<QDockWidget *>(QStringLiteral("RegionsDock"));
        QCOMPARE(regions->findChild<QTreeView *>()->model()->rowCount(), 8);
    }

    void clickingAnItemOpensItInTheReader()
    {
        AppContext context({m_dir.filePath(QStringLiteral("profiel")), {}, Test::bundledBase()});
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view =
            window.findChild<QDockWidget *>(QStringLiteral("PilotsDock"))->findChild<QTreeView *>();
        const QModelIndex first = view->model()->index(0, 0);
        const QString id = first.data(Kb::ItemIdRole).toString();
        const QRect rect = view->visualRect(first);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.reader()->currentItemId(), id);
        QVERIFY(window.reader()->toPlainText().contains(first.data().toString()));
        QVERIFY(window.reader()->toPlainText().contains(QStringLiteral("Bronnen")));

        // Keyboard: move down and press Enter.
        view->setFocus();
        view->setCurrentIndex(first);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window.reader()->currentItemId(),
                 view->model()->index(1, 0).data(Kb::ItemIdRole).toString());
    }

    void contentNeverReachesOut()
    {
        AppContext context({m_dir.filePath(QStringLiteral("profiel")), {}, Test::bundledBase()});
        Ui::MainWindow window(context);
        QVERIFY(!window.reader()
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("file:///etc/hostname")))
                     .isValid());
        QVERIFY(!window.reader()
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("https://example.org/x.png")))
                     .isValid());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
