// SPDX-License-Identifier: EUPL-1.2
// Search in the window: the session debounces and drops stale answers, the window talks to the
// real SearchService, hits are drawn from their spans with the text escaped, and the search
// field works from the keyboard.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "kb/search/searchservice.h"
#include "testsupport.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/mainwindow.h"
#include "ui/reader/findbar.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchresultmodel.h"
#include "ui/search/searchsession.h"
#include "uifixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Flexwonen;
using Flexwonen::Test::typeText;

namespace {

// Answers only when told to, in whatever order the test wants; ids grow like the service's.
class FakeSearcher final : public Kb::Searcher
{
public:
    struct Request
    {
        quint64 id;
        Kb::SearchRequest request;
    };
    QList<Request> requests;

    quint64 search(const Kb::SearchRequest &request) override
    {
        requests.append({quint64(requests.size() + 1), request});
        return requests.constLast().id;
    }
    void answer(int index)
    {
        const Request &r = requests.at(index);
        Kb::SearchResults results;
        results.query = r.request.text;
        results.filters = r.request.filters;
        results.total = 1;
        results.hits.append({QStringLiteral("doc-convenant"),
                             Kb::ItemType::Document,
                             QStringLiteral("Antwoord op ") + r.request.text,
                             r.request.text,
                             {{0, r.request.text.size()}},
                             1,
                             {}});
        emit resultsReady(r.id, results);
    }
    void fail(int index) { emit failed(requests.at(index).id, QStringLiteral("Zoekindex kapot")); }
};

// Ctrl+K, then text typed into the window's search field until its list of hits shows.
void typeIntoSearchField(Ui::MainWindow &window, const QString &text)
{
    Ui::SearchField *field = window.searchField();
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    typeText(field, text);
    QTRY_VERIFY(field->isPopupVisible());
}

} // namespace

class TestSearchUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    std::unique_ptr<AppContext> context() { return m_world->context(); }

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }

    void sessionDebouncesTyping()
    {
        FakeSearcher searcher;
        Ui::SearchSession session(searcher, 8, 50);
        session.setQuery(QStringLiteral("k"));
        session.setQuery(QStringLiteral("ke"));
        session.setQuery(QStringLiteral("keu"));
        QCOMPARE(searcher.requests.size(), 0);
        QTRY_COMPARE(searcher.requests.size(), 1);
        QCOMPARE(searcher.requests[0].request.text, QStringLiteral("keu"));
        QCOMPARE(searcher.requests[0].request.limit, 8);
        QVERIFY(session.isBusy());
    }

    void sessionDropsStaleAnswers()
    {
        FakeSearcher searcher;
        Ui::SearchSession session(searcher, 8, 0);
        QSignalSpy changed(&session, &Ui::SearchSession::resultsChanged);
        session.search(QStringLiteral("ko"));
        Kb::SearchFilters pilots;
        pilots.type = Kb::ItemType::Pilot;
        session.search(QStringLiteral("konijn"), pilots);
        QCOMPARE(searcher.requests[1].request.filters, pilots);
        searcher.answer(1);
        searcher.answer(0); // late answer to the old query
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.results().query, QStringLiteral("konijn"));
        QCOMPARE(session.results().filters, pilots);
        QVERIFY(!session.isBusy());

        // Another consumer's answers on the same searcher are not ours either.
        Ui::SearchSession other(searcher, 8, 0);
        other.search(QStringLiteral("ander"));
        searcher.answer(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(other.results().query, QStringLiteral("ander"));

        // A failure of our request ends the wait with no hits; another's failure is not ours.
        session.search(QStringLiteral("kapot"));
        other.search(QStringLiteral("ook kapot"));
        searcher.fail(4);
        QVERIFY(session.isBusy());
        searcher.fail(3);
        QVERIFY(!session.isBusy());
        QCOMPARE(changed.size(), 2);
        QVERIFY(session.results().hits.isEmpty());
    }

    void theWindowSearchesThroughTheService()
    {
        // The real service on the bundled content: an inflected word finds its other forms, the
        // filter narrows, and a superseded request never answers.
        Kb::SearchService service(Test::bundledBase(), Kb::KnowledgeBase::Access::ReadOnlyFile);
        Ui::SearchSession session(service, 5, 0);
        QSignalSpy changed(&session, &Ui::SearchSession::resultsChanged);
        session.search(QStringLiteral("verhuurvergunningen"));
        Kb::SearchFilters regions;
        regions.type = Kb::ItemType::Region;
        session.search(QStringLiteral("gemeentes"), regions);
        QVERIFY(changed.wait(10000));
        QTest::qWait(100);
        QCOMPARE(changed.size(), 1);
        const Kb::SearchResults results = session.results();
        QCOMPARE(results.query, QStringLiteral("gemeentes"));
        QVERIFY(results.total >= 1);
        QCOMPARE(results.filters, regions);
        for (const Kb::SearchHit &hit : results.hits)
            QCOMPARE(hit.type, Kb::ItemType::Region);
        const Kb::SearchHit &first = results.hits.first();
        QVERIFY(!first.matches.isEmpty());
        for (const Kb::TextSpan &m : first.matches)
            QVERIFY2(first.snippet.sliced(m.start, m.length)
                         .startsWith(QStringLiteral("gemeente"), Qt::CaseInsensitive),
                     qPrintable(first.snippet));
    }

    // The delegate's HTML: foreign text escaped, exactly the spans highlighted. A snippet's own
    // characters never act as marks (the old adapter read U+0002/U+0003 in content as marks).
    void hitHtmlEscapesTheTextAndWrapsTheSpans()
    {
        const QString snippet =
            QStringLiteral("<h1>Bel</h1> \u0002vijandig\u0003 & <b>woningen</b> woningen");
        const QList<Kb::TextSpan> matches{{42, 8}};
        QCOMPARE(snippet.sliced(42, 8), QStringLiteral("woningen"));
        const QString html = Ui::snippetHtml(snippet, matches);
        const QString open = QStringLiteral(
            "<span style=\"background-color:#fde68a;color:#1f2933;font-weight:600\">");
        QCOMPARE(html, QStringLiteral("&lt;h1&gt;Bel&lt;/h1&gt; \u0002vijandig\u0003 &amp; "
                                      "&lt;b&gt;woningen&lt;/b&gt; ") +
                           open + QStringLiteral("woningen</span>"));
        QTextDocument doc;
        doc.setHtml(html);
        QCOMPARE(doc.toPlainText(), snippet);
        QCOMPARE(Ui::snippetHtml(snippet, matches, true).count(QStringLiteral("<span")), 1);

        // Through the model, as the delegate reads it.
        Ui::SearchResultModel model;
        model.setHits({{QStringLiteral("x"),
                        Kb::ItemType::Page,
                        QStringLiteral("<i>T</i>"),
                        snippet,
                        matches,
                        1,
                        {}}});
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data(Kb::SecondaryTextRole).toString(), snippet);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), snippet);
        QCOMPARE(index.data(Kb::MatchesRole).value<QList<Kb::TextSpan>>(), matches);
    }

    void searchFieldWorksFromTheKeyboard()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchField *field = window.searchField();
        typeIntoSearchField(window, QStringLiteral("coördinatie"));
        QVERIFY(!QTest::currentTestFailed());
        QListView *popup = field->popup();
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data(Kb::ItemIdRole).toString(),
                 QStringLiteral("doc-handreiking"));

        // Esc closes the list; Down opens it again and selects the first hit; Enter opens it.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->isPopupVisible());
        QTest::keyClick(field, Qt::Key_Down);
        QVERIFY(field->isPopupVisible());
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(popup->currentIndex().row(), 0);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!field->isPopupVisible());
        QCOMPARE(window.readerTabs()->current()->location().itemId(),
                 QStringLiteral("doc-handreiking"));

        // Enter with no hit chosen fills Zoekresultaten.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        field->clear();
        typeText(field, QStringLiteral("conferentie"));
        QTRY_VERIFY(field->isPopupVisible());
        QTest::keyClick(field, Qt::Key_Return);
        Ui::SearchResultsDock *dock = window.searchResultsDock();
        QTRY_COMPARE(dock->view()->model()->rowCount(), 2);
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->statusLabel()->text(), QStringLiteral("2 resultaten voor ‘conferentie’."));
        const QModelIndex firstHit = dock->view()->model()->index(0, 0);
        const QString snippet = firstHit.data(Kb::SecondaryTextRole).toString();
        const auto matches = firstHit.data(Kb::MatchesRole).value<QList<Kb::TextSpan>>();
        QVERIFY(!matches.isEmpty());
        QCOMPARE(snippet.sliced(matches[0].start, matches[0].length).toLower(),
                 QStringLiteral("conferentie"));

        // Filter by type: only events match "conferentie"; filtering on regions leaves none.
        dock->typeFilter()->setCurrentIndex(
            dock->typeFilter()->findData(QVariant::fromValue(Kb::ItemType::Region)));
        QVERIFY(dock->typeFilter()->currentIndex() > 0);
        emit dock->typeFilter()->activated(dock->typeFilter()->currentIndex());
        QTRY_COMPARE(dock->view()->model()->rowCount(), 0);
        // Issue 14: the empty result names the filter and what it hides.
        QTRY_COMPARE(dock->statusLabel()->text(),
                     QStringLiteral("Geen resultaten voor ‘conferentie’ met filter %1 — 2 zonder "
                                    "filter.")
                         .arg(dock->typeFilter()->currentText()));

        // The suggestion is offered and can be followed.
        dock->typeFilter()->setCurrentIndex(0);
        dock->search(QStringLiteral("handreikng"));
        QTRY_VERIFY(dock->suggestionLabel()->isVisibleTo(dock));
        QVERIFY(dock->suggestionLabel()->text().contains(QStringLiteral("handreiking")));
        emit dock->suggestionLabel()->linkActivated(QStringLiteral("#suggestie"));
        // Full text: the document titled so comes first, others that mention it follow.
        QTRY_VERIFY(dock->view()->model()->rowCount() >= 1);
        QCOMPARE(dock->view()->model()->index(0, 0).data(Kb::ItemIdRole).toString(),
                 QStringLiteral("doc-handreiking"));

        // Keyboard in the results: Enter opens the current hit.
        dock->view()->setFocus();
        dock->view()->setCurrentIndex(dock->view()->model()->index(0, 0));
        window.openLocation(Ui::Location::start());
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QCOMPARE(window.readerTabs()->current()->location().itemId(),
                 QStringLiteral("doc-handreiking"));
    }

    // Issue 13, point 5: the item opened from a search shows the search's words marked, and
    // Find in page (Ctrl+F in the reader, not the window's search) steps through them.
    // Oracle for the marks: the words themselves, counted in the text the reader shows.
    void readerMarksTheSearchAndFindsInPage()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchField *field = window.searchField();
        typeIntoSearchField(window, QStringLiteral("coördinatie"));
        QVERIFY(!QTest::currentTestFailed());
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Return);
        Ui::ReaderTab *tab = window.readerTabs()->current();
        QCOMPARE(tab->location().itemId(), QStringLiteral("doc-handreiking"));

        Ui::ReaderView *view = tab->currentTextView();
        const QString text = view->positionText();
        // One character per cursor position (the document's last position is after its end).
        QCOMPARE(text.size(), view->document()->characterCount() - 1);
        const auto wordsIn = [&text](const QString &pattern) {
            QList<Kb::TextSpan> spans;
            QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::UseUnicodePropertiesOption);
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                spans.append({m.capturedStart(), m.capturedLength()});
            }
            return spans;
        };
        const QList<Kb::TextSpan> expected = wordsIn(QStringLiteral("\\bcoördinatie\\b"));
        QVERIFY(expected.size() >= 2);
        QCOMPARE(view->searchMarks(), expected);
        QCOMPARE(view->extraSelections().size(), expected.size());

        // Ctrl+F with the focus in the text opens Find in page with the search's words.
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        Ui::FindBar *bar = tab->findBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QVERIFY(!field->hasFocus()); // not the window's search
        QCOMPARE(bar->field()->text(), QStringLiteral("coördinatie"));
        const QString n = QString::number(expected.size());
        const auto at = [&](int i) { return QStringLiteral("%1 van %2").arg(i).arg(n); };
        QCOMPARE(bar->countLabel()->text(), at(1));
        const auto selected = [view] { return view->textCursor().selectedText(); };
        QCOMPARE(selected().toLower(), QStringLiteral("coördinatie"));
        QCOMPARE(view->textCursor().selectionStart(), int(expected[0].start));

        // Enter and F3 step on, Shift+Enter and Shift+F3 back, around the ends.
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(bar->countLabel()->text(), at(2));
        QCOMPARE(view->textCursor().selectionStart(), int(expected[1].start));
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->countLabel()->text(), at(1));
        QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->countLabel()->text(), at(int(expected.size())));
        QTest::keyClick(bar->field(), Qt::Key_F3);
        QCOMPARE(bar->countLabel()->text(), at(1));

        // Typing other words finds those, by their stems and as the start of a word.
        bar->field()->selectAll();
        typeText(bar->field(), QStringLiteral("Huisvest"));
        const QList<Kb::TextSpan> typed = wordsIn(QStringLiteral("\\bhuisvest\\w*"));
        QVERIFY(typed.size() >= 2);
        QCOMPARE(bar->matchCount(), int(typed.size()));
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("1 van %1").arg(typed.size()));
        typeText(bar->field(), QStringLiteral("qqq"));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->countLabel()->text(), QStringLiteral("Geen treffers"));

        // Esc closes the bar and gives the text the focus again; the search's marks stay.
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->extraSelections().size(), expected.size());

        // F3 in the text opens it again; a link followed leaves the search behind.
        QTest::keyClick(view, Qt::Key_F3);
        QVERIFY(bar->isVisible());
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        tab->open(Ui::Location::item(QStringLiteral("doc-convenant")));
        QVERIFY(tab->currentTextView()->searchMarks().isEmpty());
        tab->back();
        QCOMPARE(tab->currentTextView()->searchMarks(), expected);

        // Elsewhere in the window Ctrl+F is still the search field.
        window.searchResultsDock()->view()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
    }

    // The marks stay readable in a dark palette: the pixels of a marked word are the mark's
    // yellow and dark text, not the palette's light text on yellow. Oracle: the rendered pixels.
    // FLEXWONEN_TEST_SHOTS=DIR saves the rendering for a person to look at.
    void marksStayReadableInADarkPalette()
    {
        const QPalette before = QApplication::palette();
        QPalette dark;
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            dark.setColor(role, QColor(0x20, 0x21, 0x24));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&] { QApplication::setPalette(before); });

        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        typeIntoSearchField(window, QStringLiteral("huurwoning arbeidsmigranten"));
        QVERIFY(!QTest::currentTestFailed());
        QTest::keyClick(window.searchField(), Qt::Key_Down);
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        Ui::ReaderView *view = window.readerTabs()->current()->currentTextView();
        QVERIFY(!view->searchMarks().isEmpty());
        const Kb::TextSpan mark = view->searchMarks().constFirst();
        QTextCursor cursor(view->document());
        cursor.setPosition(int(mark.start));
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        const QRect from = view->cursorRect(cursor);
        cursor.setPosition(int(mark.start + mark.length));
        const QRect to = view->cursorRect(cursor);
        QVERIFY(from.top() == to.top()); // the word on one line
        const QImage shot = view->viewport()->grab().toImage();
        if (const QString dir = qEnvironmentVariable("FLEXWONEN_TEST_SHOTS"); !dir.isEmpty())
            shot.save(dir + QStringLiteral("/i13-dark-reader.png"));
        const QRect word = QRect(from.topLeft(), to.bottomLeft()).adjusted(2, 1, -2, -1);
        int yellow = 0;
        int darkest = 255;
        for (int y = word.top(); y <= word.bottom(); ++y) {
            for (int x = word.left(); x <= word.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                if (c.red() > 0xf0 && c.green() > 0xe0 && c.blue() < 0x60)
                    ++yellow;
                darkest = std::min(darkest, qGray(c.rgb()));
            }
        }
        QVERIFY2(yellow > word.width() * word.height() / 3, "het woord staat niet op geel");
        QVERIFY2(darkest < 0x50, "de tekst op het geel is niet donker");
    }

    // The results panel says when not every result has every word (best match).
    void resultsSayWhichWordsAreMissing()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchResultsDock *dock = window.searchResultsDock();
        dock->search(QStringLiteral("handreiking qqqqqqq"));
        QTRY_VERIFY(dock->view()->model()->rowCount() >= 1);
        QVERIFY(dock->bestMatchLabel()->isVisibleTo(dock));
        QCOMPARE(dock->bestMatchLabel()->text(),
                 QStringLiteral("Geen resultaat bevat alle zoekwoorden: ‘qqqqqqq’ ontbreekt."));
        QCOMPARE(dock->bestMatchLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(dock->view()->model()->index(0, 0).data(Ui::SearchResultModel::MissingRole),
                 QVariant(QStringList{QStringLiteral("qqqqqqq")}));
        dock->search(QStringLiteral("handreiking"));
        QTRY_VERIFY(!dock->bestMatchLabel()->isVisibleTo(dock));
    }

    void typingFastNeverShowsStaleResults()
    {
        auto ctx = context();
        FakeSearcher searcher;
        Ui::MainWindow window(*ctx, &searcher);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchField *field = window.searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("ko"));
        QTRY_COMPARE(searcher.requests.size(), 1);
        QTest::keyClicks(field, QStringLiteral("nijn"));
        QTRY_COMPARE(searcher.requests.size(), 2);
        QCOMPARE(searcher.requests[1].request.text, QStringLiteral("konijn"));
        searcher.answer(1);
        searcher.answer(0); // the slow answer to "ko" arrives last
        QVERIFY(field->isPopupVisible());
        QCOMPARE(field->popup()->model()->rowCount(), 1);
        QCOMPARE(field->popup()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Antwoord op konijn"));

        // An answer to a query that is no longer in the field never appears.
        QTest::keyClick(field, Qt::Key_Backspace);
        QTRY_COMPARE(searcher.requests.size(), 3);
        searcher.answer(1);
        QCOMPARE(field->popup()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Antwoord op konijn"));
        QVERIFY(field->session()->isBusy());
        searcher.answer(2);
        QCOMPARE(field->popup()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Antwoord op konij"));
    }
};

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
