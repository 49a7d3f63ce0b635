// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMenu>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class ReaderTabs;

// The drop-down on Back (issue 16.2): the pages before the current one in the current tab,
// most recent first; choosing one goes there as Back would, several steps at once.
class BackMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackMenu)
public:
    BackMenu(ReaderTabs &tabs, Kb::KnowledgeBase &kb, QWidget *parent = nullptr);

    static constexpr int MaxEntries = 15;

private:
    void fill();

    ReaderTabs &m_tabs;
    Kb::KnowledgeBase &m_kb;
};

} // namespace Flexwonen::Ui
