// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "language.h"
#include "reader/location.h"
#include "report/nlmap.h"
#include "windowlayout.h"

#include <QMainWindow>

#include <memory>

class QProgressBar;

namespace Flexwonen {
class AppContext;
class ContentPreview;
} // namespace Flexwonen

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Kb {
class Searcher;
struct SearchResults;
} // namespace Flexwonen::Kb

namespace Flexwonen::Ui {

class AgendaActions;
class AgendaDock;
class BasketDock;
class BookmarksDock;
class BookmarkToggle;
class BrowseDock;
class ContentProblemsBar;
class DossiersDock;
class ErrorReporter;
class NotesDock;
class PilotsDock;
class ReaderTabs;
class RegionsDock;
class SavedSearches;
class SavedSearchesDock;
class SearchField;
class SearchResultsDock;
class SessionKeeper;
class WindowKeys;

// The frame: docks around the reader tabs, menus, tool bar with the search field, status bar.
// Panels do their own work; the window wires them together and keeps the layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // search: the engine behind the search field and Zoekresultaten; null uses the context's
    // SearchService (tests pass a searcher that answers when they say).
    explicit MainWindow(AppContext &context, Kb::Searcher *search = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    ReaderTabs *readerTabs() const { return m_tabs; }
    // Where core failures in the window's slots are reported (shown in the status bar).
    ErrorReporter *errorReporter() const { return m_errors; }
    SearchField *searchField() const { return m_searchField; }
    SearchResultsDock *searchResultsDock() const { return m_searchResults; }
    SavedSearchesDock *savedSearchesDock() const { return m_savedSearchesDock; }
    SavedSearches *savedSearches() const { return m_savedSearches; }
    BasketDock *basketDock() const { return m_basket; }
    QMenu *viewMenu() const { return m_viewMenu; }
    WindowKeys *keys() const { return m_keys; }
    AgendaActions *agendaActions() const { return m_agendaActions; }
    // flexwonen --content: the bar with the content folder's problems; null otherwise.
    ContentProblemsBar *contentProblemsBar() const { return m_problemsBar; }
    void resetLayout();
    // No saved layout and a small screen: show maximised.
    bool startMaximized() const { return m_startMaximized; }
    // The user gave Qt's -qwindowgeometry or -geometry, which Qt applies when the window is
    // first shown: the saved size and position, a saved maximised state and the small screen's
    // maximised start stand aside (the docks keep their saved places). Call before show().
    void leavePlacementToQt();
    void openLocation(const Location &location, bool newTab = false);
    void openItem(const QString &id, bool newTab = false);
    // Switches the interface language now (switchLanguage); the choice is not saved here.
    void setLanguage(Language language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks(Kb::Searcher &search);
    // The profile's personal store; when user.sqlite cannot be opened (a full disk), one in
    // memory for this run, and the failure reported: reading must still work.
    Personal::PersonalStore &personalStore();
    void createActions();
    void createMenus();
    void createStatusBar();
    void showPreview(ContentPreview &preview);  // --content: title and problems bar
    void createLanguageMenu(QMenu *parentMenu); // "Taal": Nederlands / English
    void chooseLanguage(Language language);
    void showSettings();
    void placeDocksByDefault();
    QSize defaultSize() const;             // 1280×800, or less on a smaller screen
    QList<QDockWidget *> allDocks() const; // in the View menu's order
    void addBrowseActions(QMenu *go);      // Ga ▸ Vragen, Partners, Nieuws, Marktplaats …
    void updateNavigation();
    void focusSearch();
    void submitSearch(const QString &query);
    void openFromSearch(const QString &id, bool newTab, const Kb::SearchResults &results);
    void setBusy(QObject *source, bool busy);
    static QString busyMessage();
    void showAbout();
    void showReports(int action);  // ExportDialog::Action
    QString itemForBasket() const; // Ctrl+B: the focused list's row, else the reader's item

    AppContext &m_context;
    ErrorReporter *m_errors;
    Report::NlMap m_map;
    WindowLayout m_layout;
    Kb::Searcher *m_search = nullptr;
    ReaderTabs *m_tabs = nullptr;
    RegionsDock *m_regions = nullptr;
    DossiersDock *m_dossiers = nullptr;
    PilotsDock *m_pilots = nullptr;
    AgendaDock *m_agenda = nullptr;
    BrowseDock *m_browse = nullptr;
    SearchResultsDock *m_searchResults = nullptr;
    SavedSearchesDock *m_savedSearchesDock = nullptr;
    SavedSearches *m_savedSearches = nullptr;
    BasketDock *m_basket = nullptr;
    BookmarksDock *m_bookmarks = nullptr;
    NotesDock *m_notes = nullptr;
    BookmarkToggle *m_bookmarkToggle = nullptr;
    std::unique_ptr<Personal::PersonalStore> m_sessionStore;
    SearchField *m_searchField = nullptr;
    QMenu *m_viewMenu = nullptr;
    WindowKeys *m_keys = nullptr;
    QMenu *m_fileMenu = nullptr;
    AgendaActions *m_agendaActions = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_find = nullptr;
    QAction *m_resetLayout = nullptr;
    QAction *m_settingsAction = nullptr;
    SessionKeeper *m_session = nullptr;
    QProgressBar *m_busy = nullptr;
    ContentProblemsBar *m_problemsBar = nullptr;
    QList<QObject *> m_busySources;
    bool m_layoutRestored = false;
    bool m_startMaximized = false;
};

} // namespace Flexwonen::Ui
