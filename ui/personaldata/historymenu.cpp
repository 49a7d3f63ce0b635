// SPDX-License-Identifier: EUPL-1.2
#include "historymenu.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "docks/removeditems.h"
#include "kb/coreerror.h"
#include "kb/knowledgebase.h"
#include "personal/personalstore.h"

#include <QSet>

namespace Flexwonen::Ui {

HistoryMenu::HistoryMenu(Personal::PersonalStore &store, Kb::KnowledgeBase &kb, QWidget *parent)
    : QMenu(parent)
    , m_store(store)
    , m_kb(kb)
{
    setObjectName(QStringLiteral("HistoryMenu"));
    connect(this, &QMenu::aboutToShow, this, &HistoryMenu::fill);
    followLanguage(this, [this] {
        setTitle(tr("&Geschiedenis"));
        clear(); // filled again, in the new language, when it opens
    });
}

QList<std::pair<QString, QString>> HistoryMenu::entries() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const Personal::Visit &visit : m_store.history()) {
        if (seen.contains(visit.itemId))
            continue;
        seen.insert(visit.itemId);
        ids.append(visit.itemId);
        if (ids.size() == MaxEntries)
            break;
    }
    QHash<QString, Kb::ItemStamp> stamps;
    try {
        stamps = m_kb.stamps(ids);
    } catch (const Flexwonen::Error &) {
        // Listed by their last titles; opening one reports what fails.
    }
    QList<std::pair<QString, QString>> result;
    for (const QString &id : ids) {
        const QString last = m_store.lastTitle(id);
        result.append({id, stamps.contains(id) ? stamps.value(id).title : removedTitle(last, id)});
    }
    return result;
}

void HistoryMenu::fill()
{
    clear();
    const QList<std::pair<QString, QString>> list = entries();
    for (const auto &[id, text] : list) {
        QAction *action = addAction(actionText(text, 60));
        action->setData(id);
        connect(action, &QAction::triggered, this, [this, id] { emit openRequested(id); });
    }
    if (list.isEmpty())
        addAction(tr("(nog niets bekeken)"))->setEnabled(false);
    addSeparator();
    QAction *clearAction = addAction(tr("Geschiedenis &wissen…"), this, &HistoryMenu::clearHistory);
    clearAction->setObjectName(QStringLiteral("ClearHistoryAction"));
    clearAction->setEnabled(!list.isEmpty());
}

void HistoryMenu::clearHistory()
{
    const auto answer =
        showPlainMessage(parentWidget(), QMessageBox::Question, tr("Geschiedenis wissen"),
                         tr("Alle bekeken pagina's uit de geschiedenis wissen?"),
                         QMessageBox::Yes | QMessageBox::Cancel,
                         tr("Bladwijzers, notities en open tabbladen blijven bewaard."));
    if (answer == QMessageBox::Yes)
        m_store.clearHistory();
}

} // namespace Flexwonen::Ui
