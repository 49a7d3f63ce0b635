// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "location.h"
#include "readerview.h"

#include <QTabWidget>

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Report {
class NlMap;
}
namespace Flexwonen::Settings {
class Preferences;
}

namespace Flexwonen::Ui {

class ErrorReporter;
class ReaderTab;
class ReaderZoom;

// The reader in the middle of the window: tabs of ReaderTabs, each with its own history.
// The last tab cannot be closed; it returns to the start page instead.
class ReaderTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderTabs)
public:
    ReaderTabs(Kb::KnowledgeBase &kb, const Report::NlMap &map, ErrorReporter &errors,
               Settings::Preferences &preferences, QWidget *parent = nullptr);

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

    // Ctrl+plus, Ctrl+minus, Ctrl+0: the text size of every tab, kept across restarts. The
    // actions work from anywhere in the window; a View menu may list them.
    ReaderZoom *zoom() const { return m_zoom; }
    QList<QAction *> zoomActions() const { return m_zoomActions; }

signals:
    // The current tab, or what it shows, changed: update back/forward and the title.
    void navigationChanged();
    // The user went to an item in any tab and it was shown (ReaderTab::visited): the history.
    void itemVisited(const QString &itemId, const QString &title);
    // A way in the start page offers (ReaderView::Command): the window carries it out.
    void commandRequested(Flexwonen::Ui::ReaderView::Command command);

private:
    void updateTabText(ReaderTab *tab);

    Kb::KnowledgeBase &m_kb;
    const Report::NlMap &m_map;
    ErrorReporter &m_errors;
    ReaderZoom *m_zoom;
    QList<QAction *> m_zoomActions;
};

} // namespace Flexwonen::Ui
