// SPDX-License-Identifier: EUPL-1.2
// Issue 14, points 1 and 7 and the help menu: every window shortcut from every focus (search
// field, a dock list, the reader), F6 through the panes, Alt+n to the docks, the reader as one
// Tab stop, the suggestion list that stays shut after Enter, a visible search filter, the
// focus frame of the map, the own-report chooser by keyboard, and the help menu's shortcut list
// read from the real actions.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/help/manualdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/keys/windowkeys.h"
#include "ui/mainwindow.h"
#include "ui/map/mapwidget.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "ui/search/searchfield.h"
#include "uifixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Flexwonen;
using Flexwonen::Test::typeText;

namespace {

// Answers only when told to (see tst_searchui).
class FakeSearcher final : public Kb::Searcher
{
public:
    QList<std::pair<quint64, Kb::SearchRequest>> requests;

    quint64 search(const Kb::SearchRequest &request) override
    {
        requests.append({quint64(requests.size() + 1), request});
        return requests.constLast().first;
    }
    void answer(int index)
    {
        const auto &[id, request] = requests.at(index);
        Kb::SearchResults results;
        results.query = request.text;
        results.filters = request.filters;
        results.total = 1;
        results.hits.append({QStringLiteral("doc-convenant"),
                             Kb::ItemType::Document,
                             QStringLiteral("Antwoord op ") + request.text,
                             request.text,
                             {{0, request.text.size()}},
                             1,
                             {}});
        emit resultsReady(id, results);
    }
};

// The class of the modal dialog that the key press opens (closed again), or empty.
QString modalFrom(QWidget *focus, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QString opened;
    QTimer::singleShot(0, qApp, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    QTest::keyClick(focus, key, modifiers);
    QTest::qWait(20);
    return opened;
}

// Presses the first key combination of a sequence (as the platform binds a standard key).
void press(QWidget *widget, const QKeySequence &sequence)
{
    const QKeyCombination combination = sequence[0];
    QTest::keyClick(widget, combination.key(), combination.keyboardModifiers());
}

QTreeView *dockView(Ui::MainWindow &window, const QString &name)
{
    auto *dock = window.findChild<QDockWidget *>(name);
    return dock ? dock->findChild<QTreeView *>() : nullptr;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    // The three places a user's focus sits: the search field with typed text, a dock's list,
    // the reader's text.
    static QList<std::pair<const char *, QWidget *>> focusPlaces(Ui::MainWindow &window)
    {
        return {{"zoekveld", window.searchField()},
                {"dock", dockView(window, QStringLiteral("RegionsDock"))},
                {"lezer", window.readerTabs()->current()->currentTextView()}};
    }

    static void focusOn(Ui::MainWindow &window, QWidget *widget)
    {
        // A closed dialog may leave the window inactive (no window manager offscreen).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The reader on the start page: its map page, not the hidden text.
        if (!widget->isVisible())
            widget = Ui::WindowKeys::focusTarget(window.readerTabs()->current());
        QVERIFY(widget);
        widget->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), widget);
        if (widget == window.searchField()) {
            window.searchField()->setText(QStringLiteral("keurmerk"));
            window.searchField()->setCursorPosition(3);
        }
    }

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }
    void init() { m_world->resetPreferences(); }

    // Point 1: Ctrl+E was "end of line" in the search field, Ctrl+K "delete to end of line".
    void windowShortcutsWorkFromEveryFocus()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        window.openItem(QStringLiteral("doc-convenant"));
        for (const auto &[where, widget] : focusPlaces(window)) {
            const QByteArray place(where);
            focusOn(window, widget);
            QCOMPARE(modalFrom(widget, Qt::Key_E, Qt::ControlModifier),
                     QStringLiteral("Flexwonen::Ui::ExportDialog"));
            focusOn(window, widget);
            QCOMPARE(modalFrom(widget, Qt::Key_P, Qt::ControlModifier),
                     QStringLiteral("Flexwonen::Ui::ExportDialog"));
            focusOn(window, widget);
            QCOMPARE(modalFrom(widget, Qt::Key_F1, Qt::NoModifier),
                     QStringLiteral("Flexwonen::Ui::ManualDialog"));

            // Ctrl+T opens a tab, Ctrl+W closes it again.
            focusOn(window, widget);
            const int tabs = window.readerTabs()->count();
            press(widget, QKeySequence::AddTab);
            QVERIFY2(window.readerTabs()->count() == tabs + 1, place);
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QWidget *now = QApplication::focusWidget();
            press(now ? now : static_cast<QWidget *>(&window), QKeySequence::Close);
            QVERIFY2(window.readerTabs()->count() == tabs, place);

            // Alt+Home shows the start page, Alt+Left goes back to the document.
            focusOn(window, widget);
            QTest::keyClick(widget, Qt::Key_Home, Qt::AltModifier);
            QVERIFY2(window.readerTabs()->current()->location().isStart(), place);
            focusOn(window, widget);
            press(QApplication::focusWidget(), QKeySequence::Back);
            QVERIFY2(window.readerTabs()->current()->location().itemId() ==
                         QStringLiteral("doc-convenant"),
                     place);

            // Ctrl+K: to the search field, its text selected to be typed over.
            focusOn(window, widget);
            QTest::keyClick(widget, Qt::Key_K, Qt::ControlModifier);
            QVERIFY2(window.searchField()->hasFocus(), place);
            QVERIFY2(window.searchField()->hasSelectedText() &&
                         window.searchField()->selectedText() == window.searchField()->text(),
                     place);
        }
        // The field keeps the editing keys it needs.
        focusOn(window, window.searchField());
        QTest::keyClick(window.searchField(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(window.searchField()->selectedText(), QStringLiteral("keurmerk"));
        QTest::keyClick(window.searchField(), Qt::Key_End);
        QCOMPARE(window.searchField()->cursorPosition(), 8);
    }

    // Point 1, whatever the platform's key bindings: a key that a line edit claims for itself
    // here (on X11 Ctrl+E and Ctrl+K; everywhere Ctrl+Home, Ctrl+End), given to a window
    // action, reaches the action from the search field.
    void claimedKeysStillReachTheWindow()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit probe; // not in the window: asks the plain line edit what it claims
        QList<QKeySequence> claimed;
        for (const QKeySequence &s :
             {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_K),
              QKeySequence(Qt::CTRL | Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_End)}) {
            QKeyEvent override(QEvent::ShortcutOverride, s[0].key(), s[0].keyboardModifiers());
            override.ignore();
            QApplication::sendEvent(&probe, &override);
            if (override.isAccepted())
                claimed.append(s);
        }
        QVERIFY(!claimed.isEmpty());
        Ui::SearchField *field = window.searchField();
        for (const QKeySequence &s : std::as_const(claimed)) {
            QAction *action = nullptr;
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->shortcuts().contains(s))
                    action = a;
            }
            if (!action) { // not a window shortcut yet: make it one
                action = new QAction(QStringLiteral("proef"), &window);
                action->setShortcut(s);
                window.addAction(action);
            }
            QSignalSpy triggered(action, &QAction::triggered);
            QTimer::singleShot(0, qApp, [] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            field->setFocus();
            field->setText(QStringLiteral("keurmerk"));
            field->setCursorPosition(3);
            press(field, s);
            QVERIFY2(triggered.size() == 1, qPrintable(s.toString()));
        }
    }

    // Point 7: F6 / Shift+F6 through search field, the visible docks and the reader.
    void f6CyclesThePanes()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        window.searchField()->setFocus();
        QTRY_VERIFY(window.searchField()->hasFocus());
        QWidget *reader = window.readerTabs()->current()->currentTextView();
        QList<QWidget *> order{window.searchField()};
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QWidget *focus = QApplication::focusWidget();
            if (focus == window.searchField())
                break;
            QVERIFY2(!order.contains(focus), "een paneel komt twee keer voor de rest");
            order.append(focus);
        }
        QCOMPARE(QApplication::focusWidget(), window.searchField());
        // Each pane but the field (a line edit draws its own) got the focus frame around it.
        for (QWidget *pane : std::as_const(order)) {
            if (pane == window.searchField())
                continue;
            pane->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(pane->hasFocus());
            auto *frame = window.findChild<QWidget *>(QStringLiteral("PaneFocusFrame"));
            QVERIFY(frame && frame->isVisible());
            QCOMPARE(frame->mapTo(&window, QPoint()), pane->mapTo(&window, QPoint()));
            QCOMPARE(frame->size(), pane->size());
        }
        window.searchField()->setFocus();
        QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("PaneFocusFrame"))->isVisible());
        // The visible docks (Regio's above, Dossiers below), then the reader.
        QVERIFY(order.contains(dockView(window, QStringLiteral("RegionsDock"))));
        QVERIFY(order.contains(dockView(window, QStringLiteral("DossiersDock"))));
        QCOMPARE(order.constLast(), reader);
        QVERIFY(order.indexOf(dockView(window, QStringLiteral("RegionsDock"))) <
                order.indexOf(dockView(window, QStringLiteral("DossiersDock"))));
        // Shift+F6 walks back the same way.
        QList<QWidget *> back{window.searchField()};
        for (int i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
            back.append(QApplication::focusWidget());
        }
        std::reverse(back.begin() + 1, back.end());
        QCOMPARE(back, order);
    }

    // Point 7: Alt+1…Alt+n show, raise and focus each dock, and the Beeld menu lists them.
    void altNumberJumpsToTheDocks()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        const QList<QDockWidget *> docks =
            window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
        QVERIFY(docks.size() >= 5);
        auto *panes = window.viewMenu()->findChild<QMenu *>(QStringLiteral("PanesMenu"));
        QVERIFY(panes);
        // The first nine docks have their Alt+n in the menu, under their titles; each number once.
        QSet<QDockWidget *> reached;
        QSet<int> numbers;
        for (QAction *action : panes->actions()) {
            const QKeySequence keys = action->shortcut();
            if (keys.isEmpty() || keys[0].keyboardModifiers() != Qt::AltModifier)
                continue;
            const int n = keys[0].key() - Qt::Key_0;
            QVERIFY(n >= 1 && n <= 9 && !numbers.contains(n));
            numbers.insert(n);
            QDockWidget *dock = nullptr;
            for (QDockWidget *d : docks) {
                if (action->text().replace(QStringLiteral("&&"), QStringLiteral("&")) ==
                    d->windowTitle())
                    dock = d;
            }
            QVERIFY2(dock, qPrintable(action->text()));
            dock->hide();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.searchField()->setFocus();
            QTRY_VERIFY(window.searchField()->hasFocus());
            QTest::keyClick(window.searchField(), Qt::Key(Qt::Key_0 + n), Qt::AltModifier);
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
            QVERIFY2(dock->isAncestorOf(QApplication::focusWidget()),
                     qPrintable(dock->objectName()));
            reached.insert(dock);
        }
        QCOMPARE(reached.size(), std::min<qsizetype>(docks.size(), 9));
        // Docks past the ninth (issue 16 added five) are in Beeld ▸ Panelen too, one entry each,
        // reached from there with the keyboard.
        qsizetype listed = 0;
        for (QAction *action : panes->actions())
            listed += action->objectName().startsWith(QStringLiteral("GoToDock_")) ? 1 : 0;
        QCOMPARE(listed, docks.size());
    }

    // Point 7: Tab leaves the reader in one step; Alt+Down/Up walk its links, Enter opens one.
    void readerIsOneTabStop()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        window.openItem(QStringLiteral("doc-convenant"));
        QTextBrowser *reader = window.readerTabs()->current()->currentTextView();
        reader->setFocus();
        QTRY_VERIFY(reader->hasFocus());
        QTest::keyClick(reader, Qt::Key_Tab);
        QVERIFY2(!reader->hasFocus(), "Tab blijft in de tekst (loopt langs de links)");
        reader->setFocus();
        QTRY_VERIFY(reader->hasFocus());
        QTest::keyClick(reader, Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(!reader->hasFocus());

        reader->setFocus();
        QTRY_VERIFY(reader->hasFocus());
        QTextCursor start(reader->document());
        reader->setTextCursor(start);
        QTest::keyClick(reader, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(reader->hasFocus());
        QVERIFY(reader->textCursor().hasSelection());
        const QString href = reader->textCursor().charFormat().anchorHref();
        QVERIFY2(href.startsWith(QStringLiteral("kb:")), qPrintable(href));
        QTest::keyClick(reader, Qt::Key_Return);
        QTRY_COMPARE(window.readerTabs()->current()->location().itemId(), href.mid(3));
    }

    // Point 1: a late answer to earlier typing does not reopen the list after Enter.
    void suggestionsStayClosedAfterEnter()
    {
        auto ctx = m_world->context();
        FakeSearcher searcher;
        Ui::MainWindow window(*ctx, &searcher);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        Ui::SearchField *field = window.searchField();
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        typeText(field, QStringLiteral("keur"));
        QTRY_COMPARE(searcher.requests.size(), 1); // debounced as-you-type request
        searcher.answer(0);
        QVERIFY(field->isPopupVisible());
        typeText(field, QStringLiteral("merk"));
        QTest::keyClick(field, Qt::Key_Return); // before the answer to "keurmerk" came
        QVERIFY(!field->isPopupVisible());
        // Zoekresultaten's request, and the typing's own if its timer still ran out.
        QTest::qWait(Ui::SearchField::DebounceMs + 100);
        QVERIFY(searcher.requests.size() >= 2);
        for (int i = 1; i < searcher.requests.size(); ++i)
            searcher.answer(i);
        QVERIFY2(!field->isPopupVisible(), "de lijst gaat na Enter weer open");
        // Typing again brings the list back.
        typeText(field, QStringLiteral("s"));
        const int next = int(searcher.requests.size());
        QTRY_COMPARE(searcher.requests.size(), next + 1);
        searcher.answer(next);
        QVERIFY(field->isPopupVisible());
    }

    // Point 1: a set filter is in sight; an empty result under it says how many it hides and
    // offers to clear it.
    void searchFilterIsVisibleAndClearable()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        Ui::SearchResultsDock *dock = window.searchResultsDock();
        dock->show();
        dock->raise();
        QVERIFY(!dock->filterNotice()->isVisibleTo(dock));
        QComboBox *type = dock->typeFilter();
        type->setCurrentIndex(type->findData(QVariant::fromValue(Kb::ItemType::Pilot)));
        QVERIFY(dock->filterNotice()->isVisibleTo(dock));
        QVERIFY(dock->filterLabel()->text().contains(type->currentText()));
        dock->search(QStringLiteral("keurmerk"));
        QTRY_COMPARE(dock->statusLabel()->text(),
                     QStringLiteral("Geen resultaten voor ‘keurmerk’ met filter %1 — 1 zonder "
                                    "filter.")
                         .arg(type->currentText()));
        QCOMPARE(dock->view()->model()->rowCount(), 0);
        QTest::mouseClick(dock->clearFiltersButton(), Qt::LeftButton);
        QCOMPARE(type->currentIndex(), 0);
        QVERIFY(!dock->filterNotice()->isVisibleTo(dock));
        QTRY_COMPARE(dock->view()->model()->rowCount(), 1);
        QCOMPARE(dock->statusLabel()->text(), QStringLiteral("1 resultaat voor ‘keurmerk’."));
    }

    // Point 7: the map shows that it has the keyboard.
    void mapShowsItsFocus()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        auto *map = window.findChild<Ui::MapWidget *>();
        QVERIFY(map && map->isVisible());
        const QColor highlight = map->palette().color(QPalette::Highlight);
        const auto framePixels = [&] {
            const QImage shot = map->grab().toImage();
            int count = 0;
            for (int x = 8; x < shot.width() - 8; ++x)
                count += shot.pixelColor(x, 1) == highlight ? 1 : 0;
            return count;
        };
        map->clearFocus();
        QTRY_VERIFY(!map->hasFocus());
        QCOMPARE(framePixels(), 0);
        map->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(map->hasFocus());
        QVERIFY(framePixels() > (map->width() - 16) * 9 / 10);
    }

    // Point 7: the own-report chooser by keyboard alone: type to filter, Down into the list,
    // Space to choose, Tab to the chosen list, Alt+Up/Alt+Down to reorder, Delete to take out.
    void reportChooserFiltersAndReordersByKeyboard()
    {
        auto ctx = m_world->context();
        Ui::ExportDialog dialog(ctx->preferences(), ctx->knowledgeBase(),
                                Ui::ExportDialog::Action::Export, {}, {});
        dialog.findChild<QComboBox *>(QStringLiteral("kind"))->setCurrentIndex(4);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("CustomItemFilter"));
        auto *choices = dialog.findChild<QAbstractItemView *>(QStringLiteral("CustomChoices"));
        auto *chosen = dialog.findChild<QListWidget *>(QStringLiteral("CustomItems"));
        QVERIFY(filter && choices && chosen);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        typeText(filter, QStringLiteral("conferentie"));
        QAbstractItemModel *model = choices->model();
        QStringList shown;
        for (int i = 0; i < model->rowCount(); ++i)
            shown.append(model->index(i, 0).data().toString());
        int expected = 0;
        for (const Kb::ItemSummary &s : ctx->knowledgeBase().list({}))
            expected += s.title.contains(QStringLiteral("conferentie"), Qt::CaseInsensitive);
        QCOMPARE(shown.size(), expected);
        QVERIFY(shown.size() >= 2);
        // Down goes from the filter into the list; Space chooses the first, Down and Space
        // the second.
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(choices->hasFocus());
        QCOMPARE(choices->currentIndex().row(), 0);
        QTest::keyClick(choices, Qt::Key_Space);
        QTest::keyClick(choices, Qt::Key_Down);
        QTest::keyClick(choices, Qt::Key_Space);
        const auto texts = [chosen] {
            QStringList t;
            for (int i = 0; i < chosen->count(); ++i)
                t.append(chosen->item(i)->text());
            return t;
        };
        QCOMPARE(texts(), (QStringList{shown[0], shown[1]}));
        // Tab reaches the chosen list; Alt+Up puts the second first, Alt+Down back.
        for (int i = 0; i < 10 && !chosen->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(chosen->hasFocus());
        chosen->setCurrentRow(1);
        QTest::keyClick(chosen, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(texts(), (QStringList{shown[1], shown[0]}));
        QCOMPARE(chosen->currentItem()->text(), shown[1]);
        QTest::keyClick(chosen, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(texts(), (QStringList{shown[0], shown[1]}));
        // Delete takes the current one out, and its mark on the left goes.
        QTest::keyClick(chosen, Qt::Key_Delete);
        QCOMPARE(texts(), QStringList{shown[0]});
        QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    // Help: the shortcut list is the window's actions (nothing missing, nothing invented), and
    // F6, Alt+n and Ctrl+F in the page are in it; the manual is there.
    void helpListsEveryShortcut()
    {
        auto ctx = m_world->context();
        Ui::MainWindow window(*ctx);
        const QList<Ui::ShortcutsDialog::Row> rows = Ui::ShortcutsDialog::rows(&window);
        QStringList keys;
        for (const auto &row : rows)
            keys.append(row.keys);
        const QString all = keys.join(u'\n');
        int withShortcut = 0;
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &s : action->shortcuts()) {
                ++withShortcut;
                QVERIFY2(all.contains(s.toString(QKeySequence::NativeText)),
                         qPrintable(action->text()));
            }
        }
        QVERIFY(withShortcut >= 15);
        for (const QKeySequence &s :
             {QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6),
              QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(QKeySequence::Find),
              QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(QKeySequence::HelpContents)})
            QVERIFY2(all.contains(s.toString(QKeySequence::NativeText)), qPrintable(s.toString()));
        Ui::ShortcutsDialog dialog(&window);
        QCOMPARE(dialog.table()->rowCount(), rows.size());
        QVERIFY(!Ui::ManualDialog::html().isEmpty());
        Ui::ManualDialog manual;
        const QString text = manual.view()->toPlainText();
        for (const QString &part : {QStringLiteral("regio"), QStringLiteral("Ctrl+K"),
                                    QStringLiteral("Ctrl+E"), QStringLiteral("Updates")})
            QVERIFY2(text.contains(part), qPrintable(part));
        auto *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("HelpMenu"));
        QVERIFY(help);
        QStringList titles;
        for (const QAction *a : help->actions())
            titles.append(a->text());
        QVERIFY(titles.contains(QStringLiteral("&Handleiding")));
        QVERIFY(titles.contains(QStringLiteral("&Sneltoetsen")));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
