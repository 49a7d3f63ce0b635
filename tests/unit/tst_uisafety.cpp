// SPDX-License-Identifier: EUPL-1.2
// Issue 10, point 1 in the window: no label, message box, progress dialog or tooltip interprets
// text the app did not compose. Content carries markup in every field (titles, summaries, figure
// labels, municipality names, places, link titles), sync/state.json a hostile refusal message and
// the user types markup into the search field. Every QLabel reachable must be PlainText, or
// RichText the app built with the foreign part escaped; Qt's tooltip label (which decides with
// Qt::mightBeRichText) may only get plain text without markup or such escaped HTML. The local
// file the markup names is never read: its access time stays where the test put it.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "sync/applier.h"
#include "sync/syncservice.h"
#include "testsupport.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/mainwindow.h"
#include "ui/map/mapwidget.h"
#include "ui/pages/mappage.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchsession.h"
#include "ui/updates/syncui.h"
#include "ui/updates/whatsnewdialog.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHelpEvent>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>

#include <functional>

using namespace Flexwonen;

namespace {

using Test::str;

// Markup that, interpreted, shows a fake heading and loads a local file.
QString hostile(const QString &probe)
{
    return QStringLiteral("<h1>Bel 0900-1234</h1><img src='file://%1'>").arg(probe);
}

// These appear only where foreign markup was left unescaped.
bool hasRawMarkup(const QString &text)
{
    return text.contains(str("<h1>Bel")) || text.contains(str("<img src='file:")) ||
           text.contains(str("<img src=file:"));
}

QString describe(const QWidget *w, const QString &text)
{
    const QWidget *top = w->window();
    return QStringLiteral("%1 '%2' in %3 '%4': %5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             QString::fromLatin1(top->metaObject()->className()), top->objectName(),
             text.left(100));
}

QLabel *visibleToolTip()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("qtooltip_label") && w->isVisible())
            return qobject_cast<QLabel *>(w);
    }
    return nullptr;
}

// Every problem with the labels that exist now, shown or not.
QStringList labelProblems(const QString &step)
{
    QStringList problems;
    for (QWidget *w : QApplication::allWidgets()) {
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || label->text().isEmpty())
            continue;
        const QString text = label->text();
        if (label->objectName() == QLatin1String("qtooltip_label")) {
            // Qt's own tooltip label is AutoText: what the app hands it decides.
            if (label->isVisible() && Qt::mightBeRichText(text) && hasRawMarkup(text))
                problems.append(step + str(": tooltip interprets foreign markup: ") +
                                describe(label, text));
            continue;
        }
        if (label->textFormat() == Qt::AutoText)
            problems.append(step + str(": AutoText label: ") + describe(label, text));
        else if (label->textFormat() != Qt::PlainText && hasRawMarkup(text))
            problems.append(step + str(": rich label with unescaped foreign markup: ") +
                            describe(label, text));
    }
    return problems;
}

QDateTime accessTime(const QString &path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileAccessTime);
}

// An access time in the past, before the file's modification time: a read moves it (relatime).
void resetAccessTime(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC),
                             QFileDevice::FileAccessTime));
}

// A knowledge base in which every text field a list, page, label or tooltip can show carries
// markup; links carry markup in their titles (Markdown link titles become tooltips).
void buildHostileKb(const QString &path, const QString &probe)
{
    const QString h = hostile(probe);
    const Kb::Source source{h, str("https://flexwonen.nl/"), QDate(2026, 11, 28)};
    const QString body =
        QStringLiteral(
            "%1\n\nZie [het document](kb:doc-h \"%1\") en [de site](https://example.org/ "
            "\"%1\").\n\n![afbeelding](file://%2 \"%1\")\n")
            .arg(h, probe);
    const auto item = [&](const char *id, Kb::ItemType type) {
        Kb::Item i = Test::sampleItem(str(id), type, h + str(" ") + str(id));
        i.summary = h;
        i.body = body;
        i.sources = {source};
        return i;
    };
    Kb::Item rotterdam = item("stadsregio-rotterdam", Kb::ItemType::Region);
    rotterdam.municipalities = {{h, str("GM0599"), 2012}, {h + str(" 2"), str("GM0606"), 2012}};
    rotterdam.figures = {{h, 31000, {}, str("personen"), 2013, h, source, true}};
    rotterdam.links = {str("doc-h")};
    Kb::Item sre = item("sre", Kb::ItemType::Region);
    sre.municipalities = {{h, str("GM0772"), 2012}};
    Kb::Item dossier = item("dossier-h", Kb::ItemType::Dossier);
    Kb::Item document = item("doc-h", Kb::ItemType::Document);
    document.kind = str("convenant");
    document.dossier = str("dossier-h");
    document.region = str("stadsregio-rotterdam");
    document.date = QDate(2013, 5, 1);
    Kb::Item pilot = item("pilot-h", Kb::ItemType::Pilot);
    pilot.region = str("stadsregio-rotterdam");
    pilot.municipality = h;
    pilot.initiator = h;
    pilot.place = h;
    Kb::Item soon = item("evt-h", Kb::ItemType::Event);
    soon.date = QDate::currentDate().addDays(10);
    soon.place = h;
    soon.region = str("stadsregio-rotterdam");
    Kb::Item past = item("evt-oud", Kb::ItemType::Event);
    past.date = QDate(2012, 3, 28);
    past.place = h;
    Kb::Item news = item("news-h", Kb::ItemType::News);
    news.date = QDate(2012, 3, 28);
    Kb::Item faq = item("faq-h", Kb::ItemType::Faq);
    Kb::Item organisation = item("org-h", Kb::ItemType::Organisation);
    organisation.contacts = {{h, h, str("https://example.org/")}};
    Kb::Item about = item("over-de-kennisbank", Kb::ItemType::Page);
    Test::buildKb(path, {rotterdam, sre, dossier, document, pilot, soon, past, news, faq,
                         organisation, about});
}

QAction *actionByText(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestUiSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;
    QString m_probe; // a PNG the markup names
    bool m_atimeWorks = false;
    QStringList m_problems;
    QSet<QString> m_seen;
    int m_toolTips = 0; // tooltips actually shown (the walk is not vacuous)
    int m_modals = 0;   // modal dialogs inspected

    void check(const QString &step)
    {
        for (const QString &problem : labelProblems(step)) {
            // One report per label and kind of problem, with the first step that showed it.
            const QString what = problem.mid(problem.indexOf(QLatin1String(": ")));
            if (!m_seen.contains(what)) {
                m_seen.insert(what);
                m_problems.append(problem);
            }
        }
    }

    void verifyNoProblems()
    {
        for (const QString &problem : std::as_const(m_problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (see above)").arg(m_problems.size())));
    }

    bool probeRead() const { return m_atimeWorks && accessTime(m_probe).date().year() != 2001; }

    // Shows the tooltip a widget would show at pos and checks it.
    void hover(QWidget *target, const QPoint &pos, const QString &step)
    {
        QToolTip::hideText();
        QHelpEvent event(QEvent::ToolTip, pos, target->mapToGlobal(pos));
        QApplication::sendEvent(target, &event);
        if (visibleToolTip())
            ++m_toolTips;
        check(step);
        QToolTip::hideText();
    }

    void hoverRows(QAbstractItemView *view, const QString &step)
    {
        QAbstractItemModel *model = view->model();
        std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                view->scrollTo(index);
                hover(view->viewport(), view->visualRect(index).center(),
                      step + QStringLiteral(" row %1").arg(row));
                visit(index);
            }
        };
        visit({});
    }

    // Tooltips of the text: Markdown link and image titles become char-format tooltips.
    void hoverText(Ui::ReaderView *view, const QString &step);

    void hoverMap(Ui::MapWidget *map, const QString &step)
    {
        for (const QString &id : {str("stadsregio-rotterdam"), str("sre")})
            hover(map, map->markerPosition(id).toPoint(), step + str(" map ") + id);
    }

    void hoverTabs(Ui::MainWindow &window, const QString &step)
    {
        QTabBar *bar = window.readerTabs()->tabBar();
        for (int i = 0; i < bar->count(); ++i)
            hover(bar, bar->tabRect(i).center(), step + QStringLiteral(" tab %1").arg(i));
    }

    // Runs trigger; each modal dialog that opens meanwhile is checked, then closed. keepOpen may
    // act on a dialog first (and keep it open until a nested one has been seen).
    void withModals(const std::function<void()> &trigger, const QString &step,
                    const std::function<bool(QWidget *, bool first)> &keepOpen = {})
    {
        QList<QPointer<QWidget>> seen;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            const bool first = !seen.contains(modal);
            if (first) {
                seen.append(modal);
                ++m_modals;
                check(step + str(" ") + QString::fromLatin1(modal->metaObject()->className()));
            }
            if (keepOpen && keepOpen(modal, first))
                return;
            modal->close();
        });
        poll.start();
        trigger();
        poll.stop();
    }

    void writeState(const QString &profile, const QString &message)
    {
        QDir().mkpath(profile + str("/sync"));
        const QJsonObject state{{str("last_failure_category"), str("KEYS")},
                                {str("last_failure_message"), message},
                                {str("last_failure_utc"), str("2026-11-01T10:00:00Z")}};
        Test::writeFile(profile + str("/sync/state.json"), QJsonDocument(state).toJson());
    }

    void configureSync(const QString &feed)
    {
        m_world->preferences().setUpdates({feed, {}, Settings::CheckInterval::Off, {}});
    }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<Test::UiWorld>();
        m_probe = m_world->path(str("probe.png"));
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_probe));
        // The oracle: does a read move the access time on this file system?
        const QString control = m_world->path(str("control.png"));
        QVERIFY(image.save(control));
        resetAccessTime(control);
        Test::readFile(control);
        m_atimeWorks = accessTime(control).date().year() != 2001;
        if (!m_atimeWorks)
            qWarning("access times are not updated here; 'no file is read' is not checked");
    }

    void init()
    {
        m_problems.clear();
        m_seen.clear();
        m_world->resetPreferences();
        resetAccessTime(m_probe);
    }

    // The refusal message in sync/state.json is a foreign text: the banner shows it as text on
    // every start; nothing it names is loaded (with /dev/zero the old window read until abort).
    void hostileRefusalInTheBannerIsText_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("img-dev-zero") << str("<img src='file:///dev/zero'>");
        QTest::newRow("fake-heading") << str("<h1>Bel 0900-1234 voor hulp</h1>");
        QTest::newRow("img-local-png") << QStringLiteral("<img src=file://%1>").arg(m_probe);
    }

    void hostileRefusalInTheBannerIsText()
    {
        QFETCH(QString, message);
        configureSync(m_world->path(str("geen-feed")));
        const QString profile = m_world->path(str("banner-") + str(QTest::currentDataTag()));
        writeState(profile, message);
        AppContext context({profile, {}, m_world->kb()}, m_world->preferences());
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QToolBar *>(str("syncBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        auto *label = banner->findChild<QLabel *>();
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        window.grab(); // laid out and painted
        QVERIFY(!probeRead());
        check(str("banner"));
        verifyNoProblems();
    }

    // The whole window on hostile content: docks, every item, region and start pages, tabs,
    // search, the sync, What's new and the dialogs.
    void noLabelInterpretsForeignText()
    {
        m_toolTips = 0;
        m_modals = 0;
        const QString base = m_world->path(str("vijandig.sqlite"));
        buildHostileKb(base, m_probe);
        const QString h = hostile(m_probe);
        const QString feed = m_world->path(str("vijandige-feed"));
        QDir().mkpath(feed);
        Test::writeFile(feed + str("/head.json"), h.toUtf8()); // refused: not a signed head
        configureSync(feed);
        const QString profile = m_world->path(str("vijandig-profiel"));
        writeState(profile, h);
        AppContext context({profile, {}, base}, m_world->preferences());
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        check(str("start"));
        hoverTabs(window, str("start"));

        // Docks: every row's tooltip, and every row opened.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            auto *view = dock->findChild<QTreeView *>();
            if (!view)
                continue;
            view->expandAll();
            QTRY_VERIFY(view->isVisible());
            hoverRows(view, dock->objectName());
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                  view->visualRect(index).center());
                check(dock->objectName() + str(" opened"));
            }
        }

        // Every item, in the reader, on the region page, with its tab and map tooltips.
        for (const QString &id :
             {str("stadsregio-rotterdam"), str("sre"), str("dossier-h"), str("doc-h"),
              str("pilot-h"), str("evt-h"), str("evt-oud"), str("news-h"), str("faq-h"),
              str("org-h"), str("over-de-kennisbank"), str("bestaat-niet")}) {
            window.openItem(id);
            Ui::ReaderTab *tab = window.readerTabs()->current();
            QCOMPARE(tab->location().itemId(), id);
            check(id);
            hoverText(tab->currentTextView(), id);
            hoverTabs(window, id);
            if (auto *page = qobject_cast<Ui::MapPage *>(tab->currentPage()))
                hoverMap(page->mapWidget(), id);
        }
        window.openLocation(Ui::Location::start());
        {
            auto *page = qobject_cast<Ui::MapPage *>(window.readerTabs()->current()->currentPage());
            QVERIFY(page);
            hoverText(page->textView(), str("start page"));
            hoverMap(page->mapWidget(), str("start page"));
        }

        // The user's own typing is not markup either: the list below the field, the results.
        Ui::SearchField *field = window.searchField();
        field->setFocus(Qt::ShortcutFocusReason);
        QTest::keyClicks(field, str("<h1>Bel 0900</h1>"));
        QTRY_VERIFY(!field->session()->isBusy());
        check(str("search popup"));
        if (field->popup())
            hoverRows(field->popup(), str("search popup"));
        QTest::keyClick(field, Qt::Key_Return);
        Ui::SearchResultsDock *results = window.searchResultsDock();
        check(str("search submitted"));
        QTRY_VERIFY(!results->session()->isBusy());
        check(str("search results"));
        QVERIFY2(results->statusLabel()->text().contains(str("<h1>Bel 0900</h1>")),
                 qPrintable(results->statusLabel()->text()));
        hoverRows(results->view(), str("search results"));
        field->clear();
        QTest::keyClicks(field, h);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!results->session()->isBusy());
        check(str("search for the content's markup"));
        hoverRows(results->view(), str("search results 2"));

        // The sync: Bijwerken with its progress dialog, then the refusal in the banner.
        auto *update = window.findChild<QAction *>(str("syncUpdateAction"));
        QVERIFY(update);
        auto *sync = window.findChild<Ui::SyncUi *>();
        QVERIFY(sync && sync->service());
        QSignalSpy finished(sync->service(), &Sync::SyncService::finished);
        update->trigger();
        check(str("sync running"));
        QVERIFY(finished.wait(30000));
        check(str("sync refused"));
        QVERIFY(window.findChild<QToolBar *>(str("syncBanner"))->isVisible());

        // Wat is er nieuw with foreign titles.
        {
            Ui::WhatsNewDialog dialog(
                {{str("doc-h"), Sync::Change::Kind::New, str("document"), h, 2},
                 {str("faq-h"), Sync::Change::Kind::Changed, str("faq"), h, 2}},
                1, 2, &window);
            dialog.show();
            check(str("what's new"));
        }

        // Dialogs: reports (and its error box), about, the language notice, an external link.
        QAction *reports = actionByText(&window, str("&Exporteren als PDF of ODT…"));
        QVERIFY(reports);
        bool errorAsked = false;
        withModals([&] { reports->trigger(); }, str("reports"),
                   [&](QWidget *modal, bool first) {
                       if (modal->objectName() != QLatin1String("ExportDialog"))
                           return false;
                       if (first) {
                           // Zoekresultaten without a search text: the dialog says so in a box.
                           modal->findChild<QComboBox *>(str("kind"))->setCurrentIndex(3);
                           for (QLineEdit *edit : modal->findChildren<QLineEdit *>())
                               edit->clear();
                           QPushButton *exportButton = nullptr;
                           for (QPushButton *b : modal->findChildren<QPushButton *>()) {
                               if (b->text().startsWith(str("Exporteren")))
                                   exportButton = b;
                           }
                           QTimer::singleShot(0, exportButton, [exportButton, &errorAsked] {
                               errorAsked = true;
                               exportButton->click();
                           });
                           return true;
                       }
                       return !errorAsked;
                   });
        QVERIFY(errorAsked);
        QAction *about = actionByText(&window, str("&Over Flexwonen Kennisbank"));
        QVERIFY(about);
        withModals([&] { about->trigger(); }, str("about"));
        // The language switches live (issue 15.3): every text is set again, around the content
        // with markup too, and must stay as safe as it was.
        auto *english = window.findChild<QAction *>(str("Language_en"));
        auto *dutch = window.findChild<QAction *>(str("Language_nl"));
        QVERIFY(english && dutch);
        english->trigger();
        QCoreApplication::sendPostedEvents();
        check(str("in English"));
        dutch->trigger();
        QCoreApplication::sendPostedEvents();
        check(str("back in Dutch"));
        window.openItem(str("doc-h"));
        Ui::ReaderView *text = window.readerTabs()->current()->currentTextView();
        withModals([&] { emit text->anchorClicked(QUrl(str("https://example.org/"))); },
                   str("external link"));
        QCOMPARE(m_modals, 4); // reports, its error, about, external link

        verifyNoProblems();
        QVERIFY(m_toolTips > 10);
        QVERIFY(!probeRead());
    }
};

void TestUiSafety::hoverText(Ui::ReaderView *view, const QString &step)
{
    QTextDocument *doc = view->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().toolTip().isEmpty())
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            const QPoint at = view->cursorRect(cursor).center();
            hover(view->viewport(), at, step + str(" text tooltip"));
        }
    }
}

QTEST_MAIN(TestUiSafety)
#include "tst_uisafety.moc"
