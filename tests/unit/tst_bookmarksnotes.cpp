// SPDX-License-Identifier: EUPL-1.2
// Issue 16.1: bookmarks (the star, Ctrl+D, the Bladwijzers panel with folders) and the user's
// notes (beside the item, saved as typed, searchable on their own), on a real profile folder:
// everything survives a second context on the same profile, and items an update removed stay
// visible as "(verwijderd)".
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "personal/personalstore.h"
#include "ui/docks/bookmarksdock.h"
#include "ui/docks/bookmarksmodel.h"
#include "ui/docks/itemrowmenu.h"
#include "ui/docks/notesdock.h"
#include "ui/mainwindow.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace Flexwonen;
using namespace Qt::StringLiterals;
using Personal::PersonalStore;

namespace {

// A second window on the same profile: what a restart shows.
struct Run
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<Ui::MainWindow> window;
    explicit Run(const Test::UiWorld &world)
        : context(world.context())
        , window(std::make_unique<Ui::MainWindow>(*context))
    {}
    ~Run()
    {
        window.reset();
        context.reset(); // the store's destructor waits for its writes
    }
    PersonalStore &store() { return context->personalStore(); }
    Ui::BookmarksDock *bookmarks() { return window->findChild<Ui::BookmarksDock *>(); }
    Ui::NotesDock *notes() { return window->findChild<Ui::NotesDock *>(); }
    QAction *star() { return window->findChild<QAction *>(u"BookmarkAction"_s); }
};

QStringList rowIds(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(parent); ++row)
        ids.append(model->index(row, 0, parent).data(Kb::ItemIdRole).toString());
    return ids;
}

// The active popup menu's action with this text (mnemonics removed).
QAction *popupAction(const QString &text)
{
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestBookmarksNotes : public QObject
{
    Q_OBJECT

private slots:
    // Ctrl+D on an opened item bookmarks it (the star ticked, a row in the panel); again
    // removes it; on the start page the star is off.
    void ctrlDTogglesTheBookmarkOfTheCurrentItem()
    {
        Test::UiWorld world;
        Run run(world);
        QVERIFY(Test::showExposed(*run.window, {1024, 600}));
        QVERIFY(run.star());
        QVERIFY(!run.star()->isEnabled()); // the start page
        QVERIFY(!run.window->viewMenu()->actions().isEmpty());
        QVERIFY(run.window->viewMenu()->actions().contains(run.bookmarks()->toggleViewAction()));
        QVERIFY(run.window->viewMenu()->actions().contains(run.notes()->toggleViewAction()));

        run.window->openItem(u"doc-convenant"_s);
        QVERIFY(run.star()->isEnabled());
        QVERIFY(!run.star()->isChecked());
        run.window->readerTabs()->current()->currentTextView()->setFocus();
        QTest::keyClick(run.window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(run.store().isBookmarked(u"doc-convenant"_s));
        QCOMPARE(run.store().bookmark(u"doc-convenant"_s)->title, u"Convenant Rotterdam 2013"_s);
        QVERIFY(run.star()->isChecked());
        const QModelIndex row = run.bookmarks()->model()->bookmarkIndex(u"doc-convenant"_s);
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), u"Convenant Rotterdam 2013"_s);

        // From a text field too (the window owns Ctrl+D).
        run.notes()->searchField()->setFocus();
        QTest::keyClick(run.notes()->searchField(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!run.store().isBookmarked(u"doc-convenant"_s));
        QVERIFY(!run.star()->isChecked());
        QVERIFY(!run.bookmarks()->model()->bookmarkIndex(u"doc-convenant"_s).isValid());

        run.window->openLocation(Ui::Location::start());
        QVERIFY(!run.star()->isEnabled());
        QTest::keyClick(run.window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(run.store().bookmarks().isEmpty());
    }

    // The context menu of an item row in any list adds and removes the bookmark.
    void itemRowMenusToggleTheBookmark()
    {
        Test::UiWorld world;
        Run run(world);
        QVERIFY(Test::showExposed(*run.window, {1024, 600}));
        auto *tree = run.window->findChild<QTreeView *>(u"RegionsDockView"_s);
        QVERIFY(tree);
        auto *rowMenu = tree->findChild<Ui::ItemRowMenu *>();
        QVERIFY(rowMenu);
        QModelIndex first;
        for (int row = 0; row < tree->model()->rowCount() && !first.isValid(); ++row) {
            if (!tree->model()->index(row, 0).data(Kb::ItemIdRole).toString().isEmpty())
                first = tree->model()->index(row, 0);
        }
        QVERIFY(first.isValid());
        const QString id = first.data(Kb::ItemIdRole).toString();
        const QPoint at = tree->visualRect(first).center();
        for (const bool marked : {false, true}) {
            std::unique_ptr<QMenu> menu(rowMenu->menuAt(at));
            QVERIFY(menu);
            auto *toggle = menu->findChild<QAction *>(u"ToggleBookmarkAction"_s);
            QVERIFY(toggle);
            QCOMPARE(toggle->text().remove(u'&'),
                     marked ? u"Bladwijzer verwijderen"_s : u"Bladwijzer toevoegen"_s);
            toggle->trigger();
            QCOMPARE(run.store().isBookmarked(id), !marked);
        }
    }

    // Folders with the keyboard: Ctrl+Shift+N makes one and opens its name; Menu ▸
    // Verplaatsen naar moves a bookmark; F2 renames; Enter and Ctrl+Enter open; Delete on a
    // folder moves its bookmarks to the top. A second context shows the same tree.
    void foldersWithTheKeyboardSurviveARestart()
    {
        Test::UiWorld world;
        {
            Run run(world);
            QVERIFY(Test::showExposed(*run.window, {1024, 600}));
            run.store().addBookmark(u"doc-handreiking"_s, u"Handreiking coördinatie huisvesting"_s);
            run.store().addBookmark(u"pilot-woonbron"_s, u"Pilot Woonbron"_s);
            Ui::BookmarksDock *dock = run.bookmarks();
            QTreeView *view = dock->view();
            dock->show();
            dock->raise();
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());

            // New folder: Ctrl+Shift+N, type its name, Enter.
            QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE(run.store().folders(), QStringList{u"Nieuwe map"_s});
            QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(qobject_cast<QLineEdit *>(editor));
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            Test::typeText(editor, u"Rotterdam"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(run.store().folders(), QStringList{u"Rotterdam"_s});

            // Move: select the bookmark, Menu key, Verplaatsen naar ▸ Rotterdam.
            view->setFocus();
            view->setCurrentIndex(dock->model()->bookmarkIndex(u"pilot-woonbron"_s));
            // What the platform sends for the Menu key (QTest's key click does not).
            QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(2, 2),
                                      view->mapToGlobal(QPoint(2, 2)));
            QApplication::sendEvent(view, &menuKey);
            QTRY_VERIFY(popupAction(u"Verplaatsen naar"_s));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            menu->setActiveAction(popupAction(u"Verplaatsen naar"_s));
            QTest::keyClick(menu, Qt::Key_Right);
            QTRY_VERIFY(popupAction(u"Rotterdam"_s));
            auto *sub = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            sub->setActiveAction(popupAction(u"Rotterdam"_s));
            QTest::keyClick(sub, Qt::Key_Return);
            QTRY_COMPARE(run.store().bookmark(u"pilot-woonbron"_s)->folder, u"Rotterdam"_s);
            const QModelIndex folder = dock->model()->folderIndex(u"Rotterdam"_s);
            QCOMPARE(rowIds(dock->model(), folder), QStringList{u"pilot-woonbron"_s});

            // Drag and drop: the view's drop lands in the model, which moves the bookmark.
            std::unique_ptr<QMimeData> dragged(
                dock->model()->mimeData({dock->model()->bookmarkIndex(u"doc-handreiking"_s)}));
            QVERIFY(dock->model()->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, folder));
            dock->model()->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, folder);
            QTRY_COMPARE(run.store().bookmark(u"doc-handreiking"_s)->folder, u"Rotterdam"_s);

            // F2 renames the folder.
            // The offscreen platform leaves no window active after a popup.
            run.window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(run.window.get()));
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            view->setCurrentIndex(dock->model()->folderIndex(u"Rotterdam"_s));
            QTest::keyClick(view, Qt::Key_F2);
            QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
            editor = QApplication::focusWidget();
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            Test::typeText(editor, u"Regio Rijnmond"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_COMPARE(run.store().folders(), QStringList{u"Regio Rijnmond"_s});
            QCOMPARE(run.store().bookmark(u"pilot-woonbron"_s)->folder, u"Regio Rijnmond"_s);

            // Enter opens, Ctrl+Enter in a new tab.
            view->setFocus();
            view->setCurrentIndex(dock->model()->bookmarkIndex(u"pilot-woonbron"_s));
            QTest::keyClick(view, Qt::Key_Return);
            QCOMPARE(run.window->readerTabs()->current()->location().itemId(), u"pilot-woonbron"_s);
            const int tabs = run.window->readerTabs()->count();
            view->setFocus();
            view->setCurrentIndex(dock->model()->bookmarkIndex(u"doc-handreiking"_s));
            QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(run.window->readerTabs()->count(), tabs + 1);
            QStringList shown;
            for (int i = 0; i < run.window->readerTabs()->count(); ++i) {
                auto *tab = qobject_cast<Ui::ReaderTab *>(run.window->readerTabs()->widget(i));
                shown.append(tab ? tab->location().itemId() : QString());
            }
            QVERIFY2(shown.contains(u"doc-handreiking"_s), qPrintable(shown.join(u' ')));

            // A second folder, its bookmark removed with Delete; the folder removed with Delete
            // leaves its bookmark at the top.
            run.store().addFolder(u"Weg"_s);
            run.store().addBookmark(u"sre"_s, u"SRE"_s, u"Weg"_s);
            view->setFocus();
            view->setCurrentIndex(dock->model()->bookmarkIndex(u"sre"_s));
            QTest::keyClick(view, Qt::Key_Delete);
            QVERIFY(!run.store().isBookmarked(u"sre"_s));
            run.store().addBookmark(u"sre"_s, u"SRE"_s, u"Weg"_s);
            view->setCurrentIndex(dock->model()->folderIndex(u"Weg"_s));
            QTest::keyClick(view, Qt::Key_Delete);
            QCOMPARE(run.store().folders(), QStringList{u"Regio Rijnmond"_s});
            QCOMPARE(run.store().bookmark(u"sre"_s)->folder, QString());
            QVERIFY(rowIds(dock->model()).contains(u"sre"_s));
        }
        Run again(world);
        QCOMPARE(again.store().folders(), QStringList{u"Regio Rijnmond"_s});
        QCOMPARE(again.store().bookmark(u"pilot-woonbron"_s)->folder, u"Regio Rijnmond"_s);
        QCOMPARE(again.store().bookmark(u"doc-handreiking"_s)->folder, u"Regio Rijnmond"_s);
        QCOMPARE(again.store().bookmark(u"doc-handreiking"_s)->title,
                 u"Handreiking coördinatie huisvesting"_s);
        QCOMPARE(again.store().bookmark(u"sre"_s)->folder, QString());
        const Ui::BookmarksModel *model = again.bookmarks()->model();
        const QModelIndex folder = model->folderIndex(u"Regio Rijnmond"_s);
        QVERIFY(folder.isValid());
        QStringList inFolder = rowIds(model, folder);
        inFolder.sort();
        QCOMPARE(inFolder, (QStringList{u"doc-handreiking"_s, u"pilot-woonbron"_s}));
        QVERIFY(rowIds(model).contains(u"sre"_s));
    }

    // A note typed in the panel is saved as typed; a second context shows it byte for byte.
    void aTypedNoteSurvivesARestart()
    {
        Test::UiWorld world;
        const QString text = u"# Afspraken\n\nBel **Woonbron** over de coördinatie; € 12,50 p.p."_s;
        {
            Run run(world);
            QVERIFY(Test::showExposed(*run.window, {1024, 600}));
            run.window->openItem(u"pilot-woonbron"_s);
            Ui::NotesDock *notes = run.notes();
            QCOMPARE(notes->itemId(), u"pilot-woonbron"_s);
            QVERIFY(notes->isEditing()); // no note yet: ready for writing
            notes->editor()->setFocus();
            const QStringList lines = text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    QTest::keyClick(notes->editor(), Qt::Key_Return);
                Test::typeText(notes->editor(), lines[i]);
            }
            QCOMPARE(notes->editor()->toPlainText(), text);
            QCOMPARE(run.store().note(u"pilot-woonbron"_s), text); // saved while typing
            // Another item: its own (empty) note; back: the note again, rendered.
            run.window->openItem(u"sre"_s);
            QCOMPARE(notes->editor()->toPlainText(), QString());
            run.window->readerTabs()->current()->back();
            QCOMPARE(notes->itemId(), u"pilot-woonbron"_s);
            QVERIFY(!notes->isEditing());
            QVERIFY(notes->noteView()->toPlainText().contains(u"Bel Woonbron over"_s));
        }
        Run again(world);
        QCOMPARE(again.store().note(u"pilot-woonbron"_s).toUtf8(), text.toUtf8());
        again.window->openItem(u"pilot-woonbron"_s);
        QCOMPARE(again.notes()->editor()->toPlainText().toUtf8(), text.toUtf8());
    }

    // The notes search, with an oracle written by hand from the notes below: which notes hold
    // every query word, folded (case, accents) and stemmed as Dutch (woningen = woning;
    // wonen is another word), the last word also as the start of longer words.
    void notesSearchFoldsLikeTheIndex_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const auto ids = [](std::initializer_list<QString> list) {
            QStringList sorted(list);
            sorted.sort();
            return sorted;
        };
        QTest::newRow("meervoud") << u"woningen"_s
                                  << ids({u"doc-convenant"_s, u"pilot-woonbron"_s, u"weg-item"_s});
        QTest::newRow("hoofdletters")
            << u"WONING"_s << ids({u"doc-convenant"_s, u"pilot-woonbron"_s, u"weg-item"_s});
        QTest::newRow("zonder accent")
            << u"categorie"_s << ids({u"doc-handreiking"_s, u"pilot-woonbron"_s});
        QTest::newRow("met accent")
            << u"CATÉGORIE"_s << ids({u"doc-handreiking"_s, u"pilot-woonbron"_s});
        QTest::newRow("enkelvoud") << u"gemeente"_s << ids({u"sre"_s});
        QTest::newRow("alle woorden") << u"huisvesting werkgever"_s << ids({u"doc-handreiking"_s});
        QTest::newRow("een woord") << u"huisvesting"_s << ids({u"doc-handreiking"_s, u"sre"_s});
        QTest::newRow("arbeidsmigrant") << u"arbeidsmigrant"_s << ids({u"pilot-woonbron"_s});
        QTest::newRow("begin van een woord") << u"schied"_s << ids({u"doc-convenant"_s});
        QTest::newRow("geen") << u"sloop"_s << QStringList();
        QTest::newRow("leeg") << QString()
                              << ids({u"doc-convenant"_s, u"doc-handreiking"_s, u"pilot-woonbron"_s,
                                      u"sre"_s, u"news-verklaring"_s, u"weg-item"_s});
    }
    void notesSearchFoldsLikeTheIndex()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        Test::UiWorld world;
        Run run(world);
        PersonalStore &store = run.store();
        store.setNote(u"doc-convenant"_s, u"Convenant"_s, u"Bellen over de woning in Schiedam."_s);
        store.setNote(u"doc-handreiking"_s, u"Handreiking"_s,
                      u"Catégorie B: huisvesting bij de werkgever."_s);
        store.setNote(u"pilot-woonbron"_s, u"Pilot"_s,
                      u"Woningen voor arbeidsmigranten; CATEGORIE onbekend."_s);
        store.setNote(u"sre"_s, u"SRE"_s, u"Gemeenten overleggen over de huisvesting."_s);
        store.setNote(u"news-verklaring"_s, u"Nieuws"_s, u"Niets over wonen hier."_s);
        store.setNote(u"weg-item"_s, u"Gesloopt complex"_s, u"Woning gesloopt in 2014."_s);
        QVERIFY(Test::showExposed(*run.window, {1024, 600}));
        Ui::NotesDock *notes = run.notes();
        notes->searchField()->setFocus();
        Test::typeText(notes->searchField(), query);
        QStringList found = rowIds(notes->results());
        found.sort();
        QCOMPARE(found, expected);
        // The removed item's note is listed under its last title, marked.
        for (int row = 0; row < notes->results()->rowCount(); ++row) {
            const QModelIndex index = notes->results()->index(row, 0);
            if (index.data(Kb::ItemIdRole).toString() == u"weg-item"_s)
                QCOMPARE(index.data().toString(), u"Gesloopt complex (verwijderd)"_s);
        }
    }

    // Enter on a result opens the item with its note beside it; a removed item's note is
    // shown with a line in the status bar instead of a failure.
    void aResultOpensTheItemWithItsNote()
    {
        Test::UiWorld world;
        Run run(world);
        run.store().setNote(u"doc-convenant"_s, u"Convenant"_s, u"Over de woning."_s);
        run.store().setNote(u"weg-item"_s, u"Gesloopt complex"_s, u"Woning gesloopt."_s);
        QVERIFY(Test::showExposed(*run.window, {1024, 600}));
        Ui::NotesDock *notes = run.notes();
        notes->searchField()->setFocus();
        Test::typeText(notes->searchField(), u"woning"_s);
        QCOMPARE(notes->results()->rowCount(), 2);
        QListView *list = notes->resultsView();
        list->setFocus();
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = notes->results()->index(row, 0);
            list->setCurrentIndex(index);
            QTest::keyClick(list, Qt::Key_Return);
            if (index.data(Kb::ItemIdRole).toString() == u"doc-convenant"_s) {
                QCOMPARE(run.window->readerTabs()->current()->location().itemId(),
                         u"doc-convenant"_s);
                QCOMPARE(notes->editor()->toPlainText(), u"Over de woning."_s);
            } else {
                QVERIFY(run.window->statusBar()->currentMessage().contains(u"Gesloopt complex"_s));
                QCOMPARE(notes->itemId(), u"weg-item"_s);
                QCOMPARE(notes->editor()->toPlainText(), u"Woning gesloopt."_s);
            }
        }
    }

    // A bookmark of an item the content lacks: "<last title> (verwijderd)", greyed; opening it
    // says so in the status bar and opens nothing.
    void aBookmarkOfARemovedItemShowsItsLastTitle()
    {
        Test::UiWorld world;
        {
            Run run(world);
            run.store().addBookmark(u"weg-item"_s, u"Gesloopt complex"_s);
        }
        Run run(world);
        QVERIFY(Test::showExposed(*run.window, {1024, 600}));
        Ui::BookmarksDock *dock = run.bookmarks();
        const QModelIndex row = dock->model()->bookmarkIndex(u"weg-item"_s);
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), u"Gesloopt complex (verwijderd)"_s);
        QVERIFY(row.data(Ui::BookmarksModel::RemovedRole).toBool());
        QCOMPARE(row.data(Qt::ForegroundRole).value<QBrush>().color(),
                 QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        const int tabs = run.window->readerTabs()->count();
        dock->view()->setFocus();
        dock->view()->setCurrentIndex(row);
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QCOMPARE(run.window->readerTabs()->count(), tabs);
        QVERIFY(run.window->readerTabs()->current()->location().isStart());
        QVERIFY2(run.window->statusBar()->currentMessage().contains(u"Gesloopt complex"_s),
                 qPrintable(run.window->statusBar()->currentMessage()));
        // An existing item's bookmark is not marked.
        run.store().addBookmark(u"sre"_s, u"SRE"_s);
        QCOMPARE(dock->model()->bookmarkIndex(u"sre"_s).data().toString(), u"SRE"_s);
    }

    // A note is the user's Markdown, shown through the reader's view: an image or raw HTML in
    // it never makes the app read a file. The oracle: a real image file the note names; the
    // document's resource for it is the app's drawn placeholder, not that image.
    void aRenderedNoteReadsNoFile()
    {
        Test::UiWorld world;
        const QString png = world.path(u"geheim.png"_s);
        QImage secret(37, 23, QImage::Format_RGB32);
        secret.fill(Qt::red);
        QVERIFY(secret.save(png));
        const QUrl pngUrl = QUrl::fromLocalFile(png);
        const QString note =
            u"Zie ![x](file:///etc/passwd) en ![y](%1)\n\n<img src=\"%1\">\n"_s.arg(
                pngUrl.toString());
        Run run(world);
        run.store().setNote(u"sre"_s, u"SRE"_s, note);
        QVERIFY(Test::showExposed(*run.window, {1024, 600}));
        run.window->openItem(u"sre"_s);
        Ui::NotesDock *notes = run.notes();
        QVERIFY(!notes->isEditing());
        QTextDocument *doc = notes->noteView()->document();
        // Raw HTML is text, not an element.
        QVERIFY(doc->toPlainText().contains(u"<img src="_s));
        QStringList images;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isImageFormat())
                    images.append(it.fragment().charFormat().toImageFormat().name());
            }
        }
        QCOMPARE(images.size(), 2);
        notes->noteView()->viewport()->repaint(); // layout and paint ask for the resources
        const QImage placeholder = Ui::ReaderView::missingImage();
        for (const QString &name : images) {
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(name));
            const QImage image = resource.value<QImage>();
            QVERIFY2(image == placeholder, qPrintable(name));
        }
        QVERIFY(doc->resource(QTextDocument::ImageResource, pngUrl).value<QImage>() != secret);
        QCOMPARE(
            doc->resource(QTextDocument::HtmlResource, QUrl(u"file:///etc/passwd"_s)).toByteArray(),
            QByteArray());
    }
};

QTEST_MAIN(TestBookmarksNotes)
#include "tst_bookmarksnotes.moc"
