// SPDX-License-Identifier: EUPL-1.2
// Issue 14, points 5 and 6: the start page says what this is and offers the three ways in, the
// status bar says which knowledge base in words, the reader keeps lines readable at any width,
// zooms across tabs and restarts, and copies citations, never internal kb: ids.
#include "context/appcontext.h"
#include "kb/citation.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"
#include "ui/docks/itemtreedock.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/startpage.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "ui/reader/readerzoom.h"
#include "ui/search/searchfield.h"
#include "uifixture.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTreeView>

using namespace Flexwonen;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

// The longest and the typical (median) line of the text, in characters, as laid out.
std::pair<int, int> lineLengths(QTextDocument *doc)
{
    QList<int> lengths;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i)
            lengths.append(layout->lineAt(i).textLength());
    }
    std::sort(lengths.begin(), lengths.end());
    return {lengths.isEmpty() ? 0 : lengths.last(),
            lengths.isEmpty() ? 0 : lengths.at(lengths.size() * 9 / 10)};
}

QStringList anchors(QTextDocument *doc)
{
    QStringList hrefs;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !hrefs.contains(href))
                hrefs.append(href);
        }
    }
    return hrefs;
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    std::unique_ptr<AppContext> bundled() { return m_world->freshContext(Test::bundledBase()); }

    // A document of the bundled base with a long body and links to other items.
    static QString longItem(Kb::KnowledgeBase &kb)
    {
        QString best;
        qsizetype longest = 0;
        for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Dossier, {}, {}})) {
            const auto item = kb.item(s.id);
            if (item && !item->links.isEmpty() && item->body.size() > longest) {
                longest = item->body.size();
                best = s.id;
            }
        }
        return best;
    }

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }

    void init() { m_world->resetPreferences(); }

    // 14.5: two sentences on what this is, then the three ways in as links the page follows.
    void startPageOffersTheThreeWaysIn()
    {
        auto context = bundled();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, {1024, 600}));
        auto *tabs = window.findChild<Ui::ReaderTabs *>();
        Ui::StartPage *start = tabs->current()->startPage();
        QVERIFY(start);
        Ui::ReaderView *view = start->textView();
        const QStringList hrefs = anchors(view->document());
        for (const char *way : {"app:regions", "app:search", "app:report"})
            QVERIFY2(hrefs.contains(str(way)), qPrintable(hrefs.join(u' ')));
        const QString text = view->document()->toPlainText();
        QVERIFY2(text.contains(str("Ctrl+K")) && text.contains(str("Ctrl+E")), qPrintable(text));
        // The ways in come before the lists of news and agenda.
        QVERIFY(text.indexOf(str("Ctrl+E")) < text.indexOf(str("Laatste nieuws")));

        QSignalSpy commands(tabs, &Ui::ReaderTabs::commandRequested);
        emit view->anchorClicked(QUrl(str("app:search")));
        QCOMPARE(commands.size(), 1);
        QCOMPARE(window.focusWidget() ? window.focusWidget()->objectName() : QString(),
                 str("SearchField"));
        emit view->anchorClicked(QUrl(str("app:regions")));
        QCOMPARE(commands.size(), 2);

        // Content cannot open a dialog by a link: an item's text does not follow app: links.
        tabs->open(Ui::Location::item(longItem(context->knowledgeBase())));
        emit tabs->current()->itemView()->anchorClicked(QUrl(str("app:report")));
        QCOMPARE(commands.size(), 2);
    }

    // 14.5: which knowledge base, in words: its date and where it came from, no sequence number.
    void statusBarNamesTheKnowledgeBaseInWords()
    {
        auto context = bundled();
        Ui::MainWindow window(*context);
        auto *status = window.findChild<QLabel *>(str("kbStatus"));
        QVERIFY(status);
        const QDate built =
            QDate::fromString(context->knowledgeBase().meta().built.left(10), Qt::ISODate);
        QVERIFY(built.isValid());
        QCOMPARE(status->text(), str("Kennisbank van %1 (meegeleverd)")
                                     .arg(Kb::displayLocale().toString(built, str("d MMMM yyyy"))));
        QVERIFY(!status->text().contains(str("volgnummer")));
        QVERIFY(!status->text().contains(str("ingebouwde")));
    }

    // 14.6: about 80 characters a line however wide the window, and the full width when narrow.
    void linesStayReadableAtAnyWidth_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x600") << QSize(1024, 600);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("2560x1440") << QSize(2560, 1440);
    }

    void linesStayReadableAtAnyWidth()
    {
        QFETCH(QSize, size);
        auto context = bundled();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, size));
        auto *tabs = window.findChild<Ui::ReaderTabs *>();
        tabs->open(Ui::Location::item(longItem(context->knowledgeBase())));
        Ui::ReaderView *view = tabs->current()->itemView();
        QCoreApplication::processEvents();
        view->document()->documentLayout()->documentSize(); // laid out
        const auto [longest, typical] = lineLengths(view->document());
        QVERIFY2(longest <= 92, qPrintable(str("longest line %1 characters").arg(longest)));
        QVERIFY2(typical >= 45, qPrintable(str("typical line %1 characters").arg(typical)));
        // Zoomed in, the line holds as many characters, not more.
        for (int i = 0; i < 4; ++i)
            tabs->zoom()->zoomIn();
        QCoreApplication::processEvents();
        QVERIFY2(lineLengths(view->document()).first <= 92,
                 qPrintable(str("zoomed: %1").arg(lineLengths(view->document()).first)));
    }

    // 14.6: Ctrl+plus/minus/0 from anywhere in the window, for every tab and page, kept.
    void zoomAppliesEverywhereAndIsKept()
    {
        double base = 0;
        {
            auto context = bundled();
            Ui::MainWindow window(*context);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *tabs = window.findChild<Ui::ReaderTabs *>();
            Ui::ReaderView *startView = tabs->current()->startPage()->textView();
            base = startView->document()->defaultFont().pointSizeF();
            // From the search field: the keys reach the window's actions.
            QWidget *search = window.findChild<QWidget *>(str("SearchField"));
            search->setFocus();
            QTest::keyClick(search, Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(search, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(tabs->zoom()->steps(), 2);
            QCOMPARE(startView->document()->defaultFont().pointSizeF(), base * 1.2);
            tabs->open(Ui::Location::item(longItem(context->knowledgeBase())), true);
            Ui::ReaderTab *second = tabs->tab(tabs->count() - 1);
            QCOMPARE(second->itemView()->document()->defaultFont().pointSizeF(), base * 1.2);
            QCOMPARE(tabs->current()->itemView()->document()->defaultFont().pointSizeF(),
                     base * 1.2);
        }
        {
            // A restart: the same size.
            auto context = bundled();
            Ui::MainWindow window(*context);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *tabs = window.findChild<Ui::ReaderTabs *>();
            Ui::ReaderView *view = tabs->current()->startPage()->textView();
            QCOMPARE(view->document()->defaultFont().pointSizeF(), base * 1.2);
            QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(tabs->zoom()->steps(), 1);
            QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(view->document()->defaultFont().pointSizeF(), base);
            QCOMPARE(m_world->preferences().appearance().textSteps, 0);
        }
    }

    // 14.6: the context menu of a link and of the page: open in a new tab, copy a citation;
    // nothing puts an internal kb: id on the clipboard.
    void contextMenuCopiesCitationsNotIds()
    {
        auto context = bundled();
        Kb::KnowledgeBase &kb = context->knowledgeBase();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, {1366, 768}));
        auto *tabs = window.findChild<Ui::ReaderTabs *>();
        const QString id = longItem(kb);
        tabs->open(Ui::Location::item(id));
        Ui::ReaderView *view = tabs->current()->itemView();
        const auto item = kb.item(id);
        const QString linked = item->links.first();
        const QPoint at = Test::linkPosition(view, str("kb:%1").arg(linked));
        QVERIFY(at.x() >= 0);

        std::unique_ptr<QMenu> menu(view->createContextMenu(at));
        QStringList names;
        for (QAction *action : menu->actions())
            names.append(action->objectName());
        for (const char *name : {"openLinkInNewTab", "copyLinkCitation", "copyCitation"})
            QVERIFY2(names.contains(str(name)), qPrintable(names.join(u' ')));
        QVERIFY(!names.contains(str("link-copy")));

        QClipboard *clipboard = QGuiApplication::clipboard();
        const auto trigger = [&](const char *name) {
            clipboard->clear();
            menu->findChild<QAction *>(str(name))->trigger();
            return clipboard->text();
        };
        const QString linkCitation = trigger("copyLinkCitation");
        QVERIFY2(linkCitation.startsWith(kb.item(linked)->title), qPrintable(linkCitation));
        const QString citation = trigger("copyCitation");
        QCOMPARE(citation, Kb::citation(*item, kb.meta()));
        QVERIFY2(citation.contains(item->sources.first().url), qPrintable(citation));
        // Every copy in the menu: no kb: id.
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isEnabled() ||
                action->objectName() == QLatin1String("openLinkInNewTab"))
                continue;
            clipboard->clear();
            action->trigger();
            QVERIFY2(!clipboard->text().contains(str("kb:")), qPrintable(action->text()));
        }
        const int before = tabs->count();
        menu->findChild<QAction *>(str("openLinkInNewTab"))->trigger();
        QCOMPARE(tabs->count(), before + 1);
        QCOMPARE(tabs->tab(tabs->currentIndex() + 1)->location(), Ui::Location::item(linked));
    }

    // 14.6: every list row that stands for an item has a context menu, by mouse and by the
    // Menu key: open, open in a new tab, copy a citation (never a kb: id).
    void listRowsOfferOpenAndCitation()
    {
        auto context = bundled();
        Kb::KnowledgeBase &kb = context->knowledgeBase();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, {1366, 768}));
        auto *tabs = window.findChild<Ui::ReaderTabs *>();
        window.searchField()->setText(str("keurmerk"));
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        QAbstractItemView *results =
            window.findChild<QAbstractItemView *>(str("SearchResultsView"));
        QTRY_VERIFY(results->model()->rowCount() > 1);
        int lists = 0;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            // The user's own lists (empty here) have their own menus: tst_bookmarksnotes.
            if (dock->objectName() == str("bookmarksDock") ||
                dock->objectName() == str("notesDock"))
                continue;
            dock->show();
            dock->raise();
            auto *view = dock->findChild<QAbstractItemView *>();
            // The personal docks list the user's own things, empty here, with menus of their own
            // (tst_savedsearches, tst_basket).
            if (!view || dock->objectName() == str("savedSearchesDock") ||
                dock->objectName() == str("basketDock"))
                continue;
            QTRY_VERIFY2(view->model()->rowCount() > 0, qPrintable(dock->objectName()));
            if (auto *asTree = qobject_cast<QTreeView *>(view))
                asTree->expandAll();
            // The first row that is an item (group rows and municipalities have no menu).
            QModelIndex row;
            auto *tree = qobject_cast<QTreeView *>(view);
            for (QModelIndex at = view->model()->index(0, 0); at.isValid() && !row.isValid();
                 at = tree ? tree->indexBelow(at) : at.siblingAtRow(at.row() + 1)) {
                if (!at.data(Kb::ItemIdRole).toString().isEmpty())
                    row = at;
            }
            QVERIFY2(row.isValid(), qPrintable(dock->objectName()));
            const QString id = row.data(Kb::ItemIdRole).toString();
            QVERIFY2(!id.isEmpty(), qPrintable(dock->objectName()));
            view->setCurrentIndex(row);
            view->scrollTo(row);
            view->setFocus();
            QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(2, 2),
                                    view->mapToGlobal(QPoint(2, 2)));
            QApplication::sendEvent(view, &event);
            QMenu *menu = nullptr;
            QTRY_VERIFY2((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())),
                         qPrintable(dock->objectName()));
            QCOMPARE(menu->objectName(), str("ItemRowMenu"));
            QClipboard *clipboard = QGuiApplication::clipboard();
            clipboard->clear();
            menu->findChild<QAction *>(str("CopyCitationAction"))->trigger();
            QCOMPARE(clipboard->text(), Kb::citation(kb, id));
            QVERIFY2(!clipboard->text().contains(str("kb:")), qPrintable(clipboard->text()));
            const int before = tabs->count();
            menu->actions().at(1)->trigger(); // Openen in nieuw tabblad
            menu->close();
            QCOMPARE(tabs->count(), before + 1);
            bool opened = false;
            for (int i = 0; i < tabs->count(); ++i)
                opened = opened || tabs->tab(i)->location() == Ui::Location::item(id);
            QVERIFY2(opened, qPrintable(id));
            ++lists;
        }
        QVERIFY2(lists >= 6, qPrintable(QString::number(lists))); // five item docks, results
    }

    // 14.6 and 14.8: the zoom is in the Beeld menu; in English the export dialog says the
    // report is Dutch.
    void zoomIsInTheViewMenuAndTheDialogSaysReportsAreDutch()
    {
        auto context = bundled();
        Ui::MainWindow window(*context);
        const QList<QAction *> viewActions = window.viewMenu()->actions();
        for (QAction *zoom : window.readerTabs()->zoomActions())
            QVERIFY2(viewActions.contains(zoom), qPrintable(zoom->text()));
        QVERIFY(!window.readerTabs()->zoomActions().isEmpty());
    }

    // 14.9: a dock behind a tab reads its list when it is first shown, not at start.
    void docksBehindATabLoadWhenShown()
    {
        auto context = bundled();
        Ui::MainWindow window(*context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const auto model = [&window](const char *dock) {
            // The dock's own model: a view may show it through a filter proxy.
            return qobject_cast<Ui::ItemTreeDock *>(window.findChild<QDockWidget *>(str(dock)))
                ->model();
        };
        QVERIFY(model("RegionsDock")->isLoaded());  // shown
        QVERIFY(model("DossiersDock")->isLoaded()); // shown
        QVERIFY(!model("PilotsDock")->isLoaded());  // behind the Dossiers tab
        QVERIFY(!model("AgendaDock")->isLoaded());  // behind the Dossiers tab
        auto *agenda = window.findChild<QDockWidget *>(str("AgendaDock"));
        agenda->raise();
        QTRY_VERIFY(model("AgendaDock")->isLoaded());
        QTreeView *view = agenda->findChild<QTreeView *>();
        QVERIFY(view->model()->rowCount() > 0);
        QTRY_VERIFY(view->isExpanded(view->model()->index(0, 0)));
        // Asked directly, a model not yet shown answers with its rows.
        QVERIFY(model("PilotsDock")->rowCount() > 0);
    }

    // Issue 17.4: every source of every bundled item, and every figure's source, shows in the
    // reader as its title followed by the date it was consulted, in the interface language.
    // The oracle is the knowledge base's own dates, formatted by the language's locale.
    void readerShowsEverySourceWithItsDate_data()
    {
        QTest::addColumn<bool>("english");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("nl") << false << str("geraadpleegd op %1");
        QTest::newRow("en") << true << str("accessed %1");
    }

    void readerShowsEverySourceWithItsDate()
    {
        QFETCH(bool, english);
        QFETCH(QString, phrase);
        const Ui::Language language = english ? Ui::Language::English : Ui::Language::Dutch;
        Ui::switchLanguage(*qApp, language);
        const auto back = qScopeGuard([] { Ui::switchLanguage(*qApp, Ui::Language::Dutch); });
        const QLocale locale(language == Ui::Language::Dutch ? QLocale::Dutch : QLocale::English);
        auto context = bundled();
        Ui::MainWindow window(*context);
        Ui::ReaderTabs *tabs = window.readerTabs();
        Kb::KnowledgeBase &kb = context->knowledgeBase();
        int sources = 0;
        for (const Kb::ItemSummary &s : kb.list({})) {
            const Kb::Item item = kb.item(s.id).value();
            QList<Kb::Source> all = item.sources;
            for (const Kb::Figure &f : item.figures)
                all.append(f.source);
            tabs->open(Ui::Location::item(item.id));
            // A region opens as its page (RegionText), any other item in the item view.
            const QString text = tabs->current()->currentTextView()->document()->toPlainText();
            for (const Kb::Source &source : all) {
                QVERIFY2(source.accessed.isValid(), qPrintable(item.id));
                const QString shown =
                    source.title + str(", ") +
                    phrase.arg(locale.toString(source.accessed, str("d MMMM yyyy")));
                QVERIFY2(text.contains(shown), qPrintable(item.id + str(": ") + shown));
                ++sources;
            }
        }
        QVERIFY(sources > 137); // not vacuous: every item has a source
    }

    // A source title is text, never markup, in the reader (and its date follows it).
    void sourceTitlesArePlainText()
    {
        Kb::Item item = Test::sampleItem(str("a"), Kb::ItemType::Page, str("A"));
        const QString hostile = str("<b>vet</b> *schuin* [link](https://x.nl/) `code` _x_ #");
        item.sources[0].title = hostile;
        item.figures = {{str("Aantal"),
                         3,
                         {},
                         str("personen"),
                         2012,
                         str("Def."),
                         {hostile, str("https://s.nl/"), QDate(2025, 1, 31)},
                         false}};
        const QString path = m_world->path(str("plain-titles.sqlite"));
        QFile::remove(path);
        Test::buildKb(path, {item});
        auto context = m_world->freshContext(path);
        Ui::MainWindow window(*context);
        window.readerTabs()->open(Ui::Location::item(str("a")));
        const QString text = window.readerTabs()->current()->itemView()->document()->toPlainText();
        QVERIFY2(text.contains(hostile + str(", geraadpleegd op 28 november 2026")),
                 qPrintable(text));
        QVERIFY2(text.contains(hostile + str(", geraadpleegd op 31 januari 2025")),
                 qPrintable(text));
    }

    // The citation builder the docks can use too: title, date, source address, which base.
    void citationNamesTitleDateSourceAndBase()
    {
        Kb::Item item = Test::sampleItem(str("doc-x"), Kb::ItemType::Document, str("Convenant X"));
        item.date = QDate(2013, 5, 1);
        item.sources = {
            {str("Rijksoverheid"), str("https://www.rijksoverheid.nl/x"), QDate(2026, 2, 3)}};
        Kb::KbMeta meta;
        meta.seq = 7;
        meta.built = str("2026-11-28");
        QCOMPARE(Kb::citation(item, meta, Kb::Labels::Dutch),
                 str("Convenant X (1 mei 2013). Bron: https://www.rijksoverheid.nl/x "
                     "(geraadpleegd op 3 februari 2026). "
                     "Flexwonen Kennisbank van 28 november 2026 (volgnummer 7)."));
        // A feed item of an older publisher has no date: the source without one.
        item.sources[0].accessed = {};
        QCOMPARE(Kb::citation(item, meta, Kb::Labels::Dutch),
                 str("Convenant X (1 mei 2013). Bron: https://www.rijksoverheid.nl/x. "
                     "Flexwonen Kennisbank van 28 november 2026 (volgnummer 7)."));
        item.date = {};
        item.sources.clear();
        QCOMPARE(Kb::citation(item, meta, Kb::Labels::Dutch),
                 str("Convenant X. Flexwonen Kennisbank van 28 november 2026 (volgnummer 7)."));
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
