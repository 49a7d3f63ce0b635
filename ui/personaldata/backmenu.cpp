// SPDX-License-Identifier: EUPL-1.2
#include "backmenu.h"

#include "common/plaintext.h"
#include "kb/coreerror.h"
#include "kb/knowledgebase.h"
#include "reader/readertab.h"
#include "reader/readertabs.h"

namespace Flexwonen::Ui {

BackMenu::BackMenu(ReaderTabs &tabs, Kb::KnowledgeBase &kb, QWidget *parent)
    : QMenu(parent)
    , m_tabs(tabs)
    , m_kb(kb)
{
    setObjectName(QStringLiteral("BackMenu"));
    connect(this, &QMenu::aboutToShow, this, &BackMenu::fill);
}

void BackMenu::fill()
{
    clear();
    ReaderTab *tab = m_tabs.current();
    if (!tab || !tab->canGoBack())
        return;
    const QList<Location> history = tab->history();
    const int first = std::max(0, tab->historyIndex() - MaxEntries);
    QStringList ids;
    for (int i = first; i < tab->historyIndex(); ++i)
        ids.append(history.at(i).itemId());
    QHash<QString, Kb::ItemStamp> stamps;
    try {
        stamps = m_kb.stamps(ids);
    } catch (const Flexwonen::Error &) {
        // Without titles the entries show their ids; going there reports what fails.
    }
    for (int i = tab->historyIndex() - 1; i >= first; --i) {
        const Location &location = history.at(i);
        QString title = tr("Start");
        if (!location.isStart()) {
            title = stamps.contains(location.itemId())
                        ? stamps.value(location.itemId()).title
                        : tr("%1 (niet gevonden)").arg(location.itemId());
        }
        QAction *action = addAction(actionText(title, 60));
        connect(action, &QAction::triggered, this, [this, tab, i] {
            if (m_tabs.current() == tab)
                tab->goTo(i);
        });
    }
}

} // namespace Flexwonen::Ui
