// SPDX-License-Identifier: EUPL-1.2
#include "sessionkeeper.h"

#include "personal/personalstore.h"
#include "reader/readertab.h"
#include "reader/readertabs.h"

#include <QTabBar>

namespace Flexwonen::Ui {

namespace {

// A tab count no window is opened with: a session file cannot make the app open thousands.
constexpr int MaxRestoredTabs = 50;

Location locationOf(const Personal::SessionTab &tab)
{
    if (tab.itemId.isEmpty())
        return Location::start();
    return tab.municipality.isEmpty() ? Location::item(tab.itemId)
                                      : Location::region(tab.itemId, tab.municipality);
}

} // namespace

SessionKeeper::SessionKeeper(ReaderTabs &tabs, Personal::PersonalStore &store, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_store(store)
{
    connect(&tabs, &ReaderTabs::navigationChanged, this, &SessionKeeper::save);
    connect(tabs.tabBar(), &QTabBar::tabMoved, this, &SessionKeeper::save);
}

void SessionKeeper::restore()
{
    const Personal::Session session = m_store.session();
    const int count = std::min(int(session.tabs.size()), MaxRestoredTabs);
    QList<ReaderTab *> opened;
    for (int i = 0; i < count; ++i)
        opened.append(m_tabs.addReaderTab(locationOf(session.tabs.at(i)), true));
    if (opened.isEmpty()) {
        m_tabs.addReaderTab(Location::start(), true);
        return;
    }
    m_tabs.setCurrentIndex(std::clamp(session.current, 0, count - 1));
    for (int i = 0; i < count; ++i)
        opened.at(i)->restoreTopPosition(session.tabs.at(i).topPosition);
}

void SessionKeeper::save()
{
    Personal::Session session;
    for (int i = 0; i < m_tabs.count(); ++i) {
        const ReaderTab *tab = m_tabs.tab(i);
        if (!tab)
            continue;
        const Location location = tab->location();
        session.tabs.append({location.itemId(), location.municipality(), tab->topPosition()});
    }
    session.current = std::max(0, m_tabs.currentIndex());
    m_store.setSession(session);
}

} // namespace Flexwonen::Ui
