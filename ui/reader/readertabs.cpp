// SPDX-License-Identifier: EUPL-1.2
#include "readertabs.h"

#include "readerview.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "readertab.h"
#include "readerzoom.h"

#include <QAction>
#include <QTabBar>

namespace Flexwonen::Ui {

namespace {
constexpr int TabTitleLength = 28;
}

ReaderTabs::ReaderTabs(Kb::KnowledgeBase &kb, const Report::NlMap &map, ErrorReporter &errors,
                       Settings::Preferences &preferences, QWidget *parent)
    : QTabWidget(parent)
    , m_kb(kb)
    , m_map(map)
    , m_errors(errors)
    , m_zoom(new ReaderZoom(preferences, this))
{
    setObjectName(QStringLiteral("ReaderTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    tabBar()->setExpanding(false);
    tabBar()->setElideMode(Qt::ElideRight);
    connect(this, &QTabWidget::tabCloseRequested, this, &ReaderTabs::closeReaderTab);
    connect(this, &QTabWidget::currentChanged, this, &ReaderTabs::navigationChanged);

    const auto addZoom = [this](const QString &name, const QList<QKeySequence> &keys,
                                void (ReaderZoom::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut); // from the search field and docks too
        connect(action, &QAction::triggered, m_zoom, slot);
        addAction(action);
        m_zoomActions.append(action);
    };
    // Ctrl+= too: on most keyboards the plus needs Shift.
    addZoom(QStringLiteral("zoomInAction"),
            {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &ReaderZoom::zoomIn);
    addZoom(QStringLiteral("zoomOutAction"), {QKeySequence::ZoomOut}, &ReaderZoom::zoomOut);
    addZoom(QStringLiteral("zoomResetAction"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
            &ReaderZoom::reset);
    followLanguage(this, [this] {
        tabBar()->setAccessibleName(tr("Geopende pagina's"));
        setAccessibleName(tr("Lezer")); // focusable (it hands the focus to its tab bar)
        m_zoomActions[0]->setText(tr("Tekst &groter"));
        m_zoomActions[1]->setText(tr("Tekst &kleiner"));
        m_zoomActions[2]->setText(tr("&Normale tekstgrootte"));
    });
    connect(m_zoom, &ReaderZoom::changed, this, [this](double factor) {
        for (int i = 0; i < count(); ++i) {
            if (ReaderTab *t = tab(i))
                t->setZoom(factor);
        }
    });
}

ReaderTab *ReaderTabs::current() const
{
    return qobject_cast<ReaderTab *>(currentWidget());
}

ReaderTab *ReaderTabs::tab(int index) const
{
    return qobject_cast<ReaderTab *>(widget(index));
}

void ReaderTabs::open(const Location &location, bool newTab, const QString &query,
                      const QStringList &highlight)
{
    if (newTab || !current()) {
        // Ctrl+click keeps the reader where it is, like a browser; the new tab waits beside it.
        addReaderTab(location, !current(), query, highlight);
        return;
    }
    current()->open(location, query, highlight);
}

ReaderTab *ReaderTabs::addReaderTab(const Location &location, bool activate, const QString &query,
                                    const QStringList &highlight)
{
    auto *tab = new ReaderTab(m_kb, m_map, m_errors, this);
    tab->setZoom(m_zoom->factor());
    connect(tab, &ReaderTab::commandRequested, this, &ReaderTabs::commandRequested);
    connect(tab, &ReaderTab::locationChanged, this, [this, tab] {
        updateTabText(tab);
        if (tab == current())
            emit navigationChanged();
    });
    connect(tab, &ReaderTab::visited, this, [this, tab](const Location &visitedLocation) {
        if (!visitedLocation.isStart())
            emit itemVisited(visitedLocation.itemId(), tab->title());
    });
    connect(tab, &ReaderTab::openInNewTabRequested, this,
            [this](const Location &target) { addReaderTab(target, false); });
    const int index = insertTab(currentIndex() + 1, tab, QString());
    tab->open(location, query, highlight);
    if (activate)
        setCurrentIndex(index);
    return tab;
}

void ReaderTabs::closeReaderTab(int index)
{
    if (count() <= 1) {
        if (ReaderTab *only = current())
            only->open(Location::start());
        return;
    }
    QWidget *page = widget(index);
    removeTab(index);
    page->deleteLater();
}

void ReaderTabs::back()
{
    if (ReaderTab *tab = current())
        tab->back();
}

void ReaderTabs::forward()
{
    if (ReaderTab *tab = current())
        tab->forward();
}

void ReaderTabs::updateTabText(ReaderTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    setTabText(index, actionText(title, TabTitleLength));
    setTabToolTip(index, toolTipHtml(title)); // the title is content
    // A screen reader names the page text by its title (issue 15.6).
    for (ReaderView *view : tab->findChildren<ReaderView *>())
        view->setAccessibleName(title);
}

} // namespace Flexwonen::Ui
