// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QTabWidget>

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Report {
class NlMap;
}

namespace Flexwonen::Ui {

class ErrorReporter;
class ReaderTab;

// The reader in the middle of the window: tabs of ReaderTabs, each with its own history.
// The last tab cannot be closed; it returns to the start page instead.
class ReaderTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderTabs)
public:
    ReaderTabs(Kb::KnowledgeBase &kb, const Report::NlMap &map, ErrorReporter &errors,
               QWidget *parent = nullptr);

    ReaderTab *current() const;
    ReaderTab *tab(int index) const;
    // Opens in the current tab, or in a new one placed after it.
    // query and highlight: the search it was opened from, marked in the text (ReaderTab::open).
    void open(const Location &location, bool newTab = false, const QString &query = {},
              const QStringList &highlight = {});
    ReaderTab *addReaderTab(const Location &location, bool activate, const QString &query = {},
                            const QStringList &highlight = {});
    void closeReaderTab(int index);
    void back();
    void forward();

signals:
    // The current tab, or what it shows, changed: update back/forward and the title.
    void navigationChanged();

private:
    void updateTabText(ReaderTab *tab);

    Kb::KnowledgeBase &m_kb;
    const Report::NlMap &m_map;
    ErrorReporter &m_errors;
};

} // namespace Flexwonen::Ui
