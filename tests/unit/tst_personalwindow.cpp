// SPDX-License-Identifier: EUPL-1.2
// Issue 16, points 2, 6, 7 in the real window: every opened item goes into the history (Ga ▸
// Geschiedenis, the drop-down on Back), the open tabs and their scroll come back after a
// restart, a removed item shows by its last title, a failed write is reported in Dutch, and
// the personal data moves to another profile through Bestand ▸ Persoonlijke gegevens.
#include "context/appcontext.h"
#include "kb/knowledgebase.h"
#include "kb/profilestores.h"
#include "personal/personaljson.h"
#include "personal/personalstore.h"
#include "testsupport.h"
#include "ui/common/errorreporter.h"
#include "ui/mainwindow.h"
#include "ui/personaldata/backmenu.h"
#include "ui/personaldata/historymenu.h"
#include "ui/personaldata/personaldatamenu.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "uifixture.h"

#include "kb/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>

using namespace Flexwonen;

namespace {

// Answers the next modal message box with button (from the event loop, while it runs).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}

// The text of the line at the top of the view (the first lines, joined, for topLines).
QString topLines(QTextBrowser *view, int lines)
{
    QString text;
    const int lineHeight = view->fontMetrics().height();
    for (int i = 0; i < lines; ++i) {
        QTextCursor c = view->cursorForPosition(QPoint(5, 2 + i * lineHeight));
        c.select(QTextCursor::LineUnderCursor);
        text += c.selectedText() + QLatin1Char('\n');
    }
    return text;
}

QString topLine(QTextBrowser *view)
{
    return topLines(view, 1).trimmed();
}

} // namespace

class TestPersonalWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::UiWorld> m_world;
    QStringList m_ids; // dossiers of the bundled content, in list order

    std::unique_ptr<AppContext> fresh() { return m_world->freshContext(Test::bundledBase()); }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<Test::UiWorld>();
        auto context = fresh();
        Kb::ItemFilter dossiers;
        dossiers.type = Kb::ItemType::Dossier;
        for (const Kb::ItemSummary &s : context->knowledgeBase().list(dossiers))
            m_ids.append(s.id);
        QVERIFY(m_ids.size() >= 4);
    }

    void everyOpenedItemIsInTheHistoryNewestFirst()
    {
        auto context = fresh();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        const QStringList opened{m_ids[0], m_ids[1], m_ids[2], m_ids[0]};
        for (const QString &id : opened)
            window.openItem(id);
        window.openItem(QStringLiteral("bestaat-niet")); // not an item: not a visit

        auto *history = window.findChild<Ui::HistoryMenu *>();
        QVERIFY(history);
        QStringList listed;
        for (const auto &[id, text] : history->entries())
            listed.append(id);
        // Each once, the most recent visit first.
        QCOMPARE(listed, (QStringList{m_ids[0], m_ids[2], m_ids[1]}));
        const auto stamps = context->knowledgeBase().stamps(listed);
        QCOMPARE(history->entries().first().second, stamps.value(m_ids[0]).title);
        QCOMPARE(context->personalStore().history().size(), opened.size());

        // Back's drop-down: the tab's earlier pages, most recent first; choosing one goes there.
        auto *back = window.findChild<Ui::BackMenu *>();
        QVERIFY(back);
        QVERIFY(qobject_cast<QToolButton *>(back->parent()));
        window.openItem(m_ids[3]);
        emit back->aboutToShow();
        QStringList backTexts;
        for (QAction *a : back->actions())
            backTexts.append(a->text());
        const auto entry = [&](const QString &id) {
            return stamps.value(id).title.replace(u'&', QStringLiteral("&&"));
        };
        QCOMPARE(backTexts, (QStringList{QStringLiteral("bestaat-niet (niet gevonden)"),
                                         entry(m_ids[0]), entry(m_ids[2]), entry(m_ids[1]),
                                         entry(m_ids[0]), QStringLiteral("Start")}));
        back->actions().at(3)->trigger(); // several steps back at once
        QCOMPARE(window.readerTabs()->current()->location().itemId(), m_ids[1]);
        QVERIFY(window.readerTabs()->current()->canGoForward());
    }

    void historyIsClearedAfterAskingAndStaysCleared()
    {
        auto context = fresh();
        const QString profile = context->profileDir();
        {
            Ui::MainWindow window(*context);
            window.openItem(m_ids[0]);
            auto *history = window.findChild<Ui::HistoryMenu *>();
            answerNextMessageBox(QMessageBox::Cancel);
            history->clearHistory();
            QCOMPARE(history->entries().size(), 1);
            answerNextMessageBox(QMessageBox::Yes);
            history->clearHistory();
            QVERIFY(history->entries().isEmpty());
        }
        context.reset(); // the store writes what is left
        auto again = std::make_unique<AppContext>(StartOptions{profile, {}, Test::bundledBase()},
                                                  m_world->preferences());
        QVERIFY(again->personalStore().history().isEmpty());
    }

    void openTabsAndTheirPlaceComeBack()
    {
        auto context = fresh();
        const QString profile = context->profileDir();
        QString topText; // the words at the top of the scrolled tab, as the user saw them
        {
            Ui::MainWindow window(*context);
            QVERIFY(Test::showExposed(window, {1024, 600}));
            Ui::ReaderTabs *tabs = window.readerTabs();
            tabs->current()->open(Ui::Location::item(m_ids[0]));
            window.openItem(m_ids[1], true);
            window.openItem(m_ids[2], true);
            QCOMPARE(tabs->count(), 3);
            tabs->setCurrentIndex(1);
            Ui::ReaderView *view = tabs->current()->currentTextView();
            QScrollBar *bar = view->verticalScrollBar();
            QTRY_VERIFY(bar->maximum() > 200);
            bar->setValue(bar->maximum() / 2);
            topText = topLine(view);
            QVERIFY(!topText.isEmpty());
            window.close();
        }
        context.reset();
        auto again = std::make_unique<AppContext>(StartOptions{profile, {}, Test::bundledBase()},
                                                  m_world->preferences());
        Ui::MainWindow window(*again);
        // Another size than before: the place is kept as text, not as pixels.
        QVERIFY(Test::showExposed(window, {1400, 900}));
        Ui::ReaderTabs *tabs = window.readerTabs();
        QCOMPARE(tabs->count(), 3);
        QStringList shown;
        for (int i = 0; i < tabs->count(); ++i)
            shown.append(tabs->tab(i)->location().itemId());
        // The order tabs were placed in: each new one after the current.
        QCOMPARE(shown, (QStringList{m_ids[0], m_ids[2], m_ids[1]}));
        QCOMPARE(tabs->currentIndex(), 1);
        // The line the user had at the top is (within the top lines) at the top again.
        Ui::ReaderView *view = tabs->current()->currentTextView();
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        // At another width the words wrap elsewhere: compare them as running text.
        QTRY_VERIFY2(topLines(view, 3).simplified().contains(topText.left(20).simplified()),
                     qPrintable(topLines(view, 3) + QStringLiteral(" / ") + topText));
        // Restoring is not visiting: the history did not grow.
        QCOMPARE(again->personalStore().history().size(), 3);
    }

    void aRemovedItemShowsByItsLastTitle()
    {
        auto context = fresh();
        context->personalStore().recordVisit(QStringLiteral("weg-item"),
                                             QStringLiteral("Oude pilot & meer"));
        Ui::MainWindow window(*context);
        auto *history = window.findChild<Ui::HistoryMenu *>();
        QCOMPARE(history->entries().first(),
                 std::make_pair(QStringLiteral("weg-item"),
                                QStringLiteral("Oude pilot & meer (verwijderd)")));
        emit history->aboutToShow();
        QCOMPARE(history->actions().first()->text(),
                 QStringLiteral("Oude pilot && meer (verwijderd)"));
    }

    void aFailedWriteIsReportedInDutch()
    {
        auto context = fresh();
        Ui::MainWindow window(*context);
        Personal::PersonalStore &store = context->personalStore();
        store.flush();
        {
            Kb::Connection c(context->profileStores().userPath(), Kb::Connection::Mode::ReadWrite);
            c.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON history BEGIN "
                                  "SELECT RAISE(ABORT, 'schijf vol'); END"));
        }
        QSignalSpy reported(window.errorReporter(), &Ui::ErrorReporter::reported);
        window.openItem(m_ids[0]);
        store.flush();
        QTRY_COMPARE(reported.size(), 1);
        const QString line = reported.first().first().toString();
        QVERIFY2(line.startsWith(QStringLiteral("Uw bladwijzers, notities en geschiedenis konden "
                                                "niet worden opgeslagen")),
                 qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("schijf vol")));
        QCOMPARE(store.history().size(), 1); // kept
    }

    void personalDataMovesToAnotherProfile()
    {
        auto from = fresh();
        Personal::PersonalStore &mine = from->personalStore();
        mine.addBookmark(m_ids[0], QStringLiteral("Eerste"), QStringLiteral("Raad"));
        mine.setNote(m_ids[1], QStringLiteral("Tweede"), QStringLiteral("*Bespreken* € é"));
        mine.recordVisit(m_ids[2], QStringLiteral("Derde"));
        mine.addToBasket(m_ids[3], QStringLiteral("Vierde"));
        const QString file = m_world->path(QStringLiteral("verhuizen.json"));
        {
            Ui::MainWindow window(*from);
            auto *menu = window.findChild<Ui::PersonalDataMenu *>();
            QVERIFY(menu);
            QVERIFY(menu->exportTo(file));
        }
        auto to = fresh();
        to->personalStore().addBookmark(m_ids[3], QStringLiteral("Al daar"));
        Ui::MainWindow window(*to);
        auto *menu = window.findChild<Ui::PersonalDataMenu *>();
        QSignalSpy done(menu, &Ui::PersonalDataMenu::done);
        QVERIFY(menu->importFrom(file));
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toString().startsWith(
            QStringLiteral("Samengevoegd: 1 bladwijzers, 1 notities")));
        Personal::PersonalStore &theirs = to->personalStore();
        QVERIFY(theirs.isBookmarked(m_ids[0]));
        QVERIFY(theirs.isBookmarked(m_ids[3])); // kept
        QCOMPARE(theirs.bookmark(m_ids[0])->folder, QStringLiteral("Raad"));
        QCOMPARE(theirs.note(m_ids[1]), QStringLiteral("*Bespreken* € é"));
        QCOMPARE(theirs.basket().first().itemId, m_ids[3]);

        // A file that is not an export: refused, said in Dutch, nothing changed.
        const QString bad = m_world->path(QStringLiteral("kapot.json"));
        Test::writeFile(bad, QByteArray("{\"format\": \"iets anders\"}"));
        const Personal::PersonalData before = theirs.snapshot();
        QSignalSpy reported(window.errorReporter(), &Ui::ErrorReporter::reported);
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!menu->importFrom(bad));
        QCOMPARE(reported.size(), 1);
        QVERIFY(reported.first().first().toString().contains(
            QStringLiteral("Geen geldig bestand met persoonlijke gegevens")));
        QCOMPARE(theirs.snapshot(), before);
    }
};

QTEST_MAIN(TestPersonalWindow)
#include "tst_personalwindow.moc"
