// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMenu>

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

// Ga ▸ Geschiedenis (issue 16.2): the items opened most recently, each once, newest first; an
// item an update removed is listed by its last title as "verwijderd". Ends with "Geschiedenis
// wissen…", which asks first.
class HistoryMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryMenu)
public:
    HistoryMenu(Personal::PersonalStore &store, Kb::KnowledgeBase &kb, QWidget *parent = nullptr);

    static constexpr int MaxEntries = 25;

    // What fill() lists: item id and text, most recent first (for tests and the menu).
    QList<std::pair<QString, QString>> entries() const;
    void clearHistory(); // asks; clears when the user agrees

signals:
    void openRequested(const QString &itemId);

private:
    void fill();

    Personal::PersonalStore &m_store;
    Kb::KnowledgeBase &m_kb;
};

} // namespace Flexwonen::Ui
