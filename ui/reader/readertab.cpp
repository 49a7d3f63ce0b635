// SPDX-License-Identifier: EUPL-1.2
#include "readertab.h"

#include "common/errorreporter.h"
#include "findbar.h"
#include "itemdocument.h"
#include "kb/citation.h"
#include "kb/coreerror.h"
#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"
#include "pages/regionpage.h"
#include "pages/startpage.h"
#include "readerview.h"

#include <QScrollBar>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

ReaderTab::ReaderTab(Kb::KnowledgeBase &kb, const Report::NlMap &map, ErrorReporter &errors,
                     QWidget *parent)
    : QWidget(parent)
    , m_kb(kb)
    , m_map(map)
    , m_errors(errors)
    , m_stack(new QStackedWidget(this))
    , m_itemView(new ReaderView(this))
    , m_findBar(new FindBar(this))
{
    setObjectName(QStringLiteral("ReaderTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack);
    layout->addWidget(m_findBar);
    m_stack->addWidget(m_itemView);
    connect(m_itemView, &ReaderView::itemLinkActivated, this, &ReaderTab::follow);
    connectFind(m_itemView);
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, [this] {
        if (m_index < 0)
            return;
        // New content for the same place: the reader stays where it was (a content preview
        // reloads on every save of the editor).
        const int scroll = currentTextView()->verticalScrollBar()->value();
        display(m_history[m_index].location);
        currentTextView()->verticalScrollBar()->setValue(scroll);
    });
}

template <typename Page> Page *ReaderTab::ensurePage(Page *&page)
{
    // Pages are built on first use: most tabs only ever show items.
    if (!page) {
        if constexpr (std::is_same_v<Page, StartPage>)
            page = new StartPage(m_kb, m_map, this);
        else
            page = new RegionPage(m_kb, m_map, this);
        m_stack->addWidget(page);
        connect(page, &MapPage::linkActivated, this, &ReaderTab::follow);
        connectFind(page->textView());
        page->textView()->setZoom(m_zoom);
        if constexpr (std::is_same_v<Page, StartPage>)
            page->textView()->setCommandLinksAllowed(true);
    }
    return page;
}

void ReaderTab::connectFind(ReaderView *view)
{
    connect(view, &ReaderView::findRequested, m_findBar, &FindBar::open);
    connect(view, &ReaderView::findStepRequested, m_findBar, &FindBar::step);
    connect(view, &ReaderView::commandRequested, this, &ReaderTab::commandRequested);
    view->setCitationSource([this](const QString &id) { return citationOf(id); });
}

QString ReaderTab::citationOf(const QString &id)
{
    QString text;
    m_errors.guard(Task::ShowItem, [&] { text = Kb::citation(m_kb, id); });
    return text;
}

void ReaderTab::setZoom(double factor)
{
    m_zoom = factor;
    m_itemView->setZoom(factor);
    for (MapPage *page : std::initializer_list<MapPage *>{m_startPage, m_regionPage}) {
        if (page)
            page->textView()->setZoom(factor);
    }
}

Location ReaderTab::location() const
{
    return m_index >= 0 ? m_history[m_index].location : Location::start();
}

QList<Location> ReaderTab::history() const
{
    QList<Location> locations;
    for (const Entry &e : m_history)
        locations.append(e.location);
    return locations;
}

QWidget *ReaderTab::currentPage() const
{
    return m_stack->currentWidget();
}

ReaderView *ReaderTab::currentTextView() const
{
    QWidget *page = m_stack->currentWidget();
    if (auto *mapPage = qobject_cast<MapPage *>(page))
        return mapPage->textView();
    return m_itemView;
}

void ReaderTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_index >= 0) {
        ReaderView *view = currentTextView();
        const int scroll = view->verticalScrollBar()->value();
        // The item text behind a start or region page (back and forward show it again).
        const QString hiddenItem =
            m_stack->currentWidget() != m_itemView ? m_itemView->currentItemId() : QString();
        if (!hiddenItem.isEmpty()) {
            m_errors.guard(Task::ShowItem, [&] {
                const ItemDocument document(m_kb);
                const std::optional<Kb::Item> item = document.load(hiddenItem);
                m_itemView->showMarkdown(item ? document.compose(*item)
                                              : document.notFound(hiddenItem));
            });
        }
        display(m_history[m_index].location);
        currentTextView()->verticalScrollBar()->setValue(scroll);
    }
    QWidget::changeEvent(event);
}

void ReaderTab::follow(const QString &itemId, bool newTab)
{
    const Location location = Location::item(itemId);
    if (newTab)
        emit openInNewTabRequested(location);
    else
        open(location);
}

void ReaderTab::rememberScroll()
{
    if (m_index >= 0)
        m_history[m_index].scroll = currentTextView()->verticalScrollBar()->value();
}

void ReaderTab::open(const Location &location, const QString &query, const QStringList &highlight)
{
    if (m_index >= 0 && m_history[m_index].location == location) {
        m_history[m_index].query = query;
        m_history[m_index].highlight = highlight;
        if (display(location)) // re-open: refresh, keep the history as it is
            emit visited(location);
        return;
    }
    rememberScroll();
    m_history.resize(m_index + 1); // a new path drops the forward history
    m_history.append({location, 0, query, highlight});
    m_index = int(m_history.size()) - 1;
    if (display(location))
        emit visited(location);
}

void ReaderTab::goTo(int index)
{
    if (index >= 0 && index < m_history.size() && index != m_index)
        go(index);
}

int ReaderTab::topPosition() const
{
    if (m_pendingTop >= 0)
        return m_pendingTop;
    const ReaderView *view = currentTextView();
    return view->cursorForPosition(QPoint(0, 0)).position();
}

void ReaderTab::restoreTopPosition(int position)
{
    // The text is laid out again when the window gets its size and when the zoom changes, so the
    // position is applied on each new layout until the user scrolls or goes elsewhere.
    delete m_pendingWatch;
    m_pendingTop = position;
    m_pendingWatch = new QObject(this);
    QScrollBar *bar = currentTextView()->verticalScrollBar();
    const auto drop = [this] {
        m_pendingTop = -1;
        if (m_pendingWatch)
            m_pendingWatch->deleteLater();
    };
    connect(bar, &QScrollBar::rangeChanged, m_pendingWatch, [this] { applyPendingTop(); });
    connect(bar, &QScrollBar::actionTriggered, m_pendingWatch, drop);
    connect(this, &ReaderTab::visited, m_pendingWatch, drop);
    applyPendingTop();
}

void ReaderTab::applyPendingTop()
{
    ReaderView *view = currentTextView();
    if (m_pendingTop < 0 || !isVisible())
        return;
    QTextCursor cursor(view->document());
    cursor.setPosition(std::clamp(m_pendingTop, 0, view->document()->characterCount() - 1));
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->value() + view->cursorRect(cursor).top());
}

void ReaderTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingTop >= 0)
        QTimer::singleShot(0, this, &ReaderTab::applyPendingTop);
}

void ReaderTab::back()
{
    if (canGoBack())
        go(m_index - 1);
}

void ReaderTab::forward()
{
    if (canGoForward())
        go(m_index + 1);
}

void ReaderTab::go(int index)
{
    rememberScroll();
    m_index = index;
    const bool shown = display(m_history[index].location);
    currentTextView()->verticalScrollBar()->setValue(m_history[index].scroll);
    if (shown)
        emit visited(m_history[index].location);
}

bool ReaderTab::display(const Location &location)
{
    bool shown = true;
    // Every way here is a slot (a click, a key, a link, contentChanged): the edge where a core
    // failure is caught. The tab says what went wrong; the window's status bar too.
    try {
        shown = present(location);
    } catch (const Flexwonen::Error &e) {
        m_itemView->showMarkdown(
            tr("# Kan niet worden getoond\n\n*%1* kan niet worden getoond:\n\n%2\n")
                .arg(Kb::ItemMarkdown::escape(location.isStart() ? tr("Start") : location.itemId()),
                     Kb::ItemMarkdown::escape(e.message())));
        m_itemView->setCurrentItemId({});
        m_stack->setCurrentWidget(m_itemView);
        m_title = tr("Fout");
        m_errors.report(Task::ShowItem, e.message());
        shown = false;
    }
    ReaderView *view = currentTextView();
    if (m_index >= 0)
        view->setSearchHighlight(m_history[m_index].query, m_history[m_index].highlight);
    m_findBar->attach(view);
    view->verticalScrollBar()->setValue(0);
    emit locationChanged(location);
    return shown;
}

bool ReaderTab::present(const Location &location)
{
    if (location.isStart()) {
        StartPage *page = ensurePage(m_startPage);
        page->refresh();
        m_stack->setCurrentWidget(page);
        m_title = tr("Start");
    } else {
        const ItemDocument document(m_kb);
        const std::optional<Kb::Item> item = document.load(location.itemId());
        if (item && item->type == Kb::ItemType::Region) {
            RegionPage *page = ensurePage(m_regionPage);
            page->textView()->setCurrentItemId(item->id);
            page->showRegion(*item, location.municipality());
            m_stack->setCurrentWidget(page);
        } else {
            m_itemView->setCurrentItemId(item ? item->id : QString());
            m_itemView->showMarkdown(item ? document.compose(*item)
                                          : document.notFound(location.itemId()));
            m_stack->setCurrentWidget(m_itemView);
        }
        m_title = item ? item->title : tr("Niet gevonden");
        return item.has_value();
    }
    return true;
}

} // namespace Flexwonen::Ui
