// SPDX-License-Identifier: GPL-3.0-or-later
// Search in the window: the session debounces and drops stale answers, the stand-in provider
// matches without regard to case and accents, and the search field works from the keyboard.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "kb/search/searchservice.h"
#include "testsupport.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/mainwindow.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchsession.h"
#include "ui/search/servicesearchprovider.h"
#include "ui/search/titlesearchprovider.h"
#include "uifixture.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;

namespace {

// Answers only when told to, in whatever order the test wants.
class FakeProvider final : public Ui::SearchProvider
{
public:
    struct Request
    {
        quint64 id;
        QString query;
        Ui::SearchFilters filters;
        int limit;
    };
    QList<Request> requests;

    void requestSearch(quint64 id, const QString &query, const Ui::SearchFilters &filters,
                       int limit) override
    {
        requests.append({id, query, filters, limit});
    }
    void answer(int index)
    {
        const Request &r = requests.at(index);
        Ui::SearchResults results{r.query, r.filters, {}, 1, {}};
        results.hits.append({QStringLiteral("doc-convenant"), QStringLiteral("document"),
                             QStringLiteral("Antwoord op ") + r.query, r.query, 1});
        emit resultsReady(r.id, results);
    }
};

void typeText(QWidget *widget, const QString &text)
{
    // keyClicks asserts on non-ASCII characters; send those as text.
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
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
        FakeProvider provider;
        Ui::SearchSession session(provider, 8, 50);
        session.setQuery(QStringLiteral("k"));
        session.setQuery(QStringLiteral("ke"));
        session.setQuery(QStringLiteral("keu"));
        QCOMPARE(provider.requests.size(), 0);
        QTRY_COMPARE(provider.requests.size(), 1);
        QCOMPARE(provider.requests[0].query, QStringLiteral("keu"));
        QCOMPARE(provider.requests[0].limit, 8);
        QVERIFY(session.isBusy());
    }

    void sessionDropsStaleAnswers()
    {
        FakeProvider provider;
        Ui::SearchSession session(provider, 8, 0);
        QSignalSpy changed(&session, &Ui::SearchSession::resultsChanged);
        session.search(QStringLiteral("ko"));
        session.search(QStringLiteral("konijn"));
        provider.answer(1);
        provider.answer(0); // late answer to the old query
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.results().query, QStringLiteral("konijn"));
        QVERIFY(!session.isBusy());

        // Another consumer's answers on the same provider are not ours either.
        Ui::SearchSession other(provider, 8, 0);
        other.search(QStringLiteral("ander"));
        provider.answer(2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(other.results().query, QStringLiteral("ander"));
    }

    void serviceProviderUsesTheFullTextSearch()
    {
        QCOMPARE(Ui::ServiceSearchProvider::markedSnippet(
                     QStringLiteral("a &lt;b&gt; &amp; <b>woningen</b> &quot;x&quot;")),
                 QStringLiteral("a <b> & ") + Ui::SearchProvider::MarkStart +
                     QStringLiteral("woningen") + Ui::SearchProvider::MarkEnd +
                     QStringLiteral(" \"x\""));

        // The real service on the bundled content: an inflected word finds its other forms.
        Kb::SearchService service(Test::bundledBase(), Kb::KnowledgeBase::Access::ReadOnlyFile);
        Ui::ServiceSearchProvider provider(service);
        QSignalSpy spy(&provider, &Ui::SearchProvider::resultsReady);
        provider.requestSearch(41, QStringLiteral("verhuurvergunningen"), {}, 5);
        provider.requestSearch(42, QStringLiteral("gemeentes"), {QStringLiteral("region"), {}, {}},
                               5);
        QVERIFY(spy.wait(10000));
        QTRY_COMPARE(spy.size(), 1); // the superseded request never answers
        QCOMPARE(spy.at(0).at(0).toULongLong(), 42ULL);
        const auto results = spy.at(0).at(1).value<Ui::SearchResults>();
        QVERIFY(results.total >= 1);
        QCOMPARE(results.filters.type, QStringLiteral("region"));
        for (const Ui::SearchHit &hit : results.hits)
            QCOMPARE(hit.type, QStringLiteral("region"));
        QVERIFY(results.hits.first().snippet.contains(Ui::SearchProvider::MarkStart));
    }

    void titleProviderIgnoresCaseAndAccents()
    {
        Kb::KnowledgeBase kb(m_world->kb(), Kb::KnowledgeBase::Access::ReadOnlyFile);
        Ui::TitleSearchProvider provider(kb);
        Ui::SearchResults r = provider.search(QStringLiteral("COORDINATIE"), {}, 10);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits[0].id, QStringLiteral("doc-handreiking"));

        r = provider.search(QStringLiteral("keurmerk"), {}, 10);
        QCOMPARE(r.hits.size(), 1);
        QVERIFY(r.hits[0].snippet.contains(Ui::SearchProvider::MarkStart +
                                           QStringLiteral("keurmerk") +
                                           Ui::SearchProvider::MarkEnd));

        r = provider.search(QStringLiteral("keurmerk"), {QStringLiteral("region"), {}, {}}, 10);
        QCOMPARE(r.hits.size(), 0);
        r = provider.search(QStringLiteral("handreikng"), {}, 10);
        QCOMPARE(r.hits.size(), 0);
        QCOMPARE(r.suggestion, QStringLiteral("handreiking"));

        // Every word must match; the total counts beyond the limit.
        r = provider.search(QStringLiteral("conferentie"), {}, 1);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.total, 2);
    }

    void searchFieldWorksFromTheKeyboard()
    {
        auto ctx = context();
        Ui::MainWindow window(*ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchField *field = window.searchField();

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        typeText(field, QStringLiteral("coördinatie"));
        QTRY_VERIFY(field->isPopupVisible());
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
        QCOMPARE(window.readerTabs()->current()->location(), QStringLiteral("doc-handreiking"));

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
        QVERIFY(dock->view()
                    ->model()
                    ->index(0, 0)
                    .data(Kb::SecondaryTextRole)
                    .toString()
                    .contains(Ui::SearchProvider::MarkStart));

        // Filter by type: only events match "conferentie"; filtering on regions leaves none.
        dock->typeFilter()->setCurrentIndex(dock->typeFilter()->findData(QStringLiteral("region")));
        emit dock->typeFilter()->activated(dock->typeFilter()->currentIndex());
        QTRY_COMPARE(dock->view()->model()->rowCount(), 0);
        QCOMPARE(dock->statusLabel()->text(),
                 QStringLiteral("Geen resultaten voor ‘conferentie’."));

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
        window.openLocation(Ui::ReaderTab::startLocation());
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QCOMPARE(window.readerTabs()->current()->location(), QStringLiteral("doc-handreiking"));
    }

    void typingFastNeverShowsStaleResults()
    {
        auto ctx = context();
        FakeProvider provider;
        Ui::MainWindow window(*ctx, &provider);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::SearchField *field = window.searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("ko"));
        QTRY_COMPARE(provider.requests.size(), 1);
        QTest::keyClicks(field, QStringLiteral("nijn"));
        QTRY_COMPARE(provider.requests.size(), 2);
        QCOMPARE(provider.requests[1].query, QStringLiteral("konijn"));
        provider.answer(1);
        provider.answer(0); // the slow answer to "ko" arrives last
        QVERIFY(field->isPopupVisible());
        QCOMPARE(field->popup()->model()->rowCount(), 1);
        QCOMPARE(field->popup()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Antwoord op konijn"));

        // An answer to a query that is no longer in the field never appears.
        QTest::keyClick(field, Qt::Key_Backspace);
        QTRY_COMPARE(provider.requests.size(), 3);
        provider.answer(1);
        QCOMPARE(field->popup()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Antwoord op konijn"));
        QVERIFY(field->session()->isBusy());
        provider.answer(2);
        QCOMPARE(field->popup()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Antwoord op konij"));
    }
};

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
