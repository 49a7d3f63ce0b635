// SPDX-License-Identifier: EUPL-1.2
// The report basket (issue 16.4) in the real window: items go in with Ctrl+B (the reader's item
// and a focused list's row) and a row's context menu, are reordered with the keyboard, get a
// cover note, and become the own report through the export dialog; the PDF (pdftotext) has
// every item in the basket's order and the note. A removed item is left out. A restart keeps
// the basket and the note.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "personal/personalstore.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/docks/basketdock.h"
#include "ui/docks/itemrowmenu.h"
#include "ui/docks/itemtreedock.h"
#include "ui/mainwindow.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Flexwonen;
using namespace Qt::StringLiterals;

namespace {

QStringList basketRows(Ui::BasketDock *dock)
{
    QStringList rows;
    for (int i = 0; i < dock->list()->count(); ++i)
        rows.append(dock->list()->item(i)->text());
    return rows;
}

QModelIndex rowOf(QAbstractItemView *view, const QString &id)
{
    const QModelIndexList found = view->model()->match(
        view->model()->index(0, 0), Kb::ItemIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

} // namespace

class TestBasket : public QObject
{
    Q_OBJECT

    Test::UiWorld m_world;

private slots:
    void collectReorderReportAndRestart()
    {
        const QStringList order = {u"Pilot Woonbron"_s, u"Handreiking coördinatie huisvesting"_s,
                                   u"Woonvormen"_s};
        const QString note = u"Voor de raad van maart: <b>geen opmaak</b> & ‘aanhalingen’"_s;
        const QString pdf = m_world.path(u"mand.pdf"_s);
        {
            auto context = m_world.context();
            Ui::MainWindow window(*context);
            QVERIFY(Test::showExposed(window, {1280, 800}));
            window.activateWindow();
            Ui::BasketDock *basket = window.basketDock();
            QVERIFY(basket);
            QCOMPARE(basket->objectName(), u"basketDock"_s);

            // Ctrl+B in the reader: the item it shows.
            window.openItem(u"doc-handreiking"_s);
            QWidget *text = window.readerTabs()->current()->currentTextView();
            text->setFocus();
            QTRY_VERIFY(text->hasFocus());
            QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
            QCOMPARE(basketRows(basket), QStringList{u"Handreiking coördinatie huisvesting"_s});

            // The context menu of a row in the Dossiers panel.
            auto *dossiers = window.findChild<Ui::ItemTreeDock *>(u"DossiersDock"_s);
            QVERIFY(dossiers);
            const QModelIndex woonvormen = rowOf(dossiers->view(), u"woonvormen"_s);
            QVERIFY(woonvormen.isValid());
            auto *rowMenu = dossiers->view()->findChild<Ui::ItemRowMenu *>();
            QVERIFY(rowMenu);
            QMenu *menu = rowMenu->menuAt(dossiers->view()->visualRect(woonvormen).center());
            QVERIFY(menu);
            auto *toBasket = menu->findChild<QAction *>(u"AddToBasketAction"_s);
            QVERIFY(toBasket);
            toBasket->trigger();
            delete menu;

            // Ctrl+B in a list: its current row.
            auto *pilots = window.findChild<Ui::ItemTreeDock *>(u"PilotsDock"_s);
            pilots->show();
            pilots->raise();
            const QModelIndex pilot = rowOf(pilots->view(), u"pilot-woonbron"_s);
            QVERIFY(pilot.isValid());
            pilots->view()->setCurrentIndex(pilot);
            pilots->view()->setFocus();
            QTRY_VERIFY(pilots->view()->hasFocus());
            QTest::keyClick(pilots->view(), Qt::Key_B, Qt::ControlModifier);
            QCOMPARE(basketRows(basket), (QStringList{u"Handreiking coördinatie huisvesting"_s,
                                                      u"Woonvormen"_s, u"Pilot Woonbron"_s}));

            // Keyboard: the pilot up twice puts it first.
            basket->show();
            basket->raise();
            basket->list()->setFocus();
            QTRY_VERIFY(basket->list()->hasFocus());
            basket->list()->setCurrentRow(2);
            QTest::keyClick(basket->list(), Qt::Key_Up, Qt::AltModifier);
            QTest::keyClick(basket->list(), Qt::Key_Up, Qt::AltModifier);
            QCOMPARE(basketRows(basket), order);
            QCOMPARE(basket->list()->currentRow(), 0);

            // An item an update removed stays, marked, and is left out of the report.
            context->personalStore().addToBasket(u"verdwenen-item"_s, u"Oud rapport"_s);
            QCOMPARE(basketRows(basket).constLast(), u"Oud rapport (verwijderd)"_s);
            QVERIFY(basket->removedLabel()->isVisible());

            Test::typeText(basket->noteEdit(), note);
            QCOMPARE(context->personalStore().basketNote(), note);

            if (const QString shots = qEnvironmentVariable("FLEXWONEN_SHOT_DIR");
                !shots.isEmpty()) // for the record, when asked for
                window.grab().save(shots + u"/rapportmand-dock.png"_s);

            // Rapport maken… opens the export dialog on the own report; it writes the PDF.
            bool written = false;
            QString notice;
            auto *poll = new QTimer(&window);
            connect(poll, &QTimer::timeout, this, [&] {
                auto *dialog = qobject_cast<Ui::ExportDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                poll->stop();
                if (auto *label = dialog->findChild<QLabel *>(u"exportNotice"_s))
                    notice = label->text();
                written = dialog->writeTo(pdf).pages >= 1;
                dialog->reject();
            });
            poll->start(50);
            basket->reportButton()->click();
            QVERIFY(written);
            QVERIFY2(notice.contains(u"verwijderd"_s), qPrintable(notice));
        }

        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString all = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        const qsizetype intro = all.indexOf(u"Voor de raad van maart: <b>geen opmaak</b>"_s);
        QVERIFY2(intro >= 0, qPrintable(all.left(3000)));
        qsizetype at = intro;
        for (const QString &title : order) {
            const qsizetype next = all.indexOf(title, at);
            QVERIFY2(next > at, qPrintable(title + u" niet na "_s + all.mid(at, 200)));
            at = next;
        }
        QVERIFY(!all.contains(u"Oud rapport"_s));
        if (const QString shots = qEnvironmentVariable("FLEXWONEN_SHOT_DIR"); !shots.isEmpty())
            QFile::copy(pdf, shots + u"/rapportmand.pdf"_s); // for the record, when asked for

        // A restart: the same basket in the same order, and the note.
        auto context = m_world.context();
        Ui::MainWindow window(*context);
        QCOMPARE(basketRows(window.basketDock()),
                 order + QStringList{u"Oud rapport (verwijderd)"_s});
        QCOMPARE(window.basketDock()->noteEdit()->toPlainText(), note);
    }
};

QTEST_MAIN(TestBasket)
#include "tst_basket.moc"
