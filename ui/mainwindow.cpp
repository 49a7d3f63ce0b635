// SPDX-License-Identifier: EUPL-1.2
#include "mainwindow.h"
#include "common/accessiblenames.h"
#include "preferences/settingsdialog.h"

#include "about/aboutdialog.h"
#include "common/errorreporter.h"
#include "common/languagechange.h"
#include "common/plaintext.h"
#include "context/appcontext.h"
#include "context/contentpreview.h"
#include "dialogs/agendaactions.h"
#include "dialogs/exportdialog.h"
#include "docks/agendadock.h"
#include "docks/basketdock.h"
#include "docks/bookmarksdock.h"
#include "docks/bookmarktoggle.h"
#include "docks/browsedocks.h"
#include "docks/dossiersdock.h"
#include "docks/itemrowmenu.h"
#include "docks/notesdock.h"
#include "docks/pilotsdock.h"
#include "docks/regionsdock.h"
#include "docks/savedsearchesdock.h"
#include "docks/searchresultsdock.h"
#include "help/manualdialog.h"
#include "help/shortcutsdialog.h"
#include "kb/citation.h"
#include "kb/coreerror.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "kb/search/searchservice.h"
#include "keys/windowkeys.h"
#include "language.h"
#include "map/mapwidget.h"
#include "pages/startpage.h"
#include "personal/personalstore.h"
#include "personaldata/backmenu.h"
#include "personaldata/historymenu.h"
#include "personaldata/historyrecorder.h"
#include "personaldata/personaldatamenu.h"
#include "personaldata/sessionkeeper.h"
#include "preview/contentproblemsbar.h"
#include "reader/findbar.h"
#include "reader/readertab.h"
#include "reader/readertabs.h"
#include "reader/readerview.h"
#include "search/savedsearches.h"
#include "search/searchfield.h"
#include "search/searchsession.h"
#include "settings/preferences.h"
#include "updates/syncui.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <utility>

namespace Flexwonen::Ui {

MainWindow::MainWindow(AppContext &context, Kb::Searcher *search, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_errors(new ErrorReporter(this))
    , m_layout(*this, context.preferences())
    , m_search(search)
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    resize(defaultSize());

    Kb::KnowledgeBase &kb = context.knowledgeBase();
    // The map draws each region from the municipalities the knowledge base lists for it.
    const auto loadMapRegions = [this, &kb] {
        m_errors->guard(Task::UpdateLists,
                        [&] { m_map.setRegionMunicipalities(kb.municipalitiesByRegion()); });
        for (MapWidget *map : findChildren<MapWidget *>())
            map->update();
    };
    loadMapRegions();
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, loadMapRegions);
    if (!m_search)
        m_search = &context.searchService();
    connect(m_search, &Kb::Searcher::failed, m_errors,
            [this](quint64, const QString &message) { m_errors->report(Task::Search, message); });
    m_tabs = new ReaderTabs(kb, m_map, *m_errors, context.preferences(), this);
    setCentralWidget(m_tabs);
    connect(m_tabs, &ReaderTabs::navigationChanged, this, &MainWindow::updateNavigation);
    // The three ways in the start page offers (issue 14.5).
    connect(m_tabs, &ReaderTabs::commandRequested, this, [this](ReaderView::Command command) {
        switch (command) {
        case ReaderView::Command::BrowseRegions:
            m_regions->show();
            m_regions->raise();
            m_regions->view()->setFocus(Qt::OtherFocusReason);
            break;
        case ReaderView::Command::Search:
            focusSearch();
            break;
        case ReaderView::Command::Report:
            showReports(int(ExportDialog::Action::Export));
            break;
        }
    });

    createDocks(*m_search);
    createActions();
    createMenus();
    createStatusBar();
    placeDocksByDefault();
    m_layout.captureDefault();
    m_layoutRestored = m_layout.restore();
    // After the saved layout: the bar shows whether the folder has problems now, not as a
    // preview closed earlier left it.
    if (ContentPreview *preview = context.contentPreview())
        showPreview(*preview);
    if (!m_layoutRestored && screen() && screen()->availableSize().width() < 1500) {
        // A laptop screen: use all of it.
        setGeometry(screen()->availableGeometry());
        m_startMaximized = true;
    }

    // The personal layer (issue 16): the last session's tabs, then every visit recorded.
    Personal::PersonalStore &personal = personalStore();
    m_session = new SessionKeeper(*m_tabs, personal, this);
    m_session->restore();
    new HistoryRecorder(*m_tabs, personal, this);
    connect(&personal, &Personal::PersonalStore::writeFailed, m_errors,
            [this](const QString &message) { m_errors->report(Task::SavePersonal, message); });
    followLanguage(this, [this] { updateNavigation(); }); // the title
    renameQtControlsOnLanguageChange(this);
    // However the language preference changes (View ▸ Language, the settings dialog), the
    // interface follows at once.
    connect(&context.preferences(), &Settings::Preferences::languageChanged, this, [this] {
        if (const auto language = languageFromCode(m_context.preferences().language()))
            setLanguage(*language);
    });
}

MainWindow::~MainWindow()
{
    // Before the tabs go: closing them one by one would save a shrinking session.
    delete std::exchange(m_session, nullptr);
}

QSize MainWindow::defaultSize() const
{
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    return QSize(1280, 800).boundedTo(available);
}

void MainWindow::leavePlacementToQt()
{
    setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    // A size the option leaves out is the default one, not all of a small screen.
    if (std::exchange(m_startMaximized, false))
        resize(defaultSize());
}

void MainWindow::createDocks(Kb::Searcher &search)
{
    Kb::KnowledgeBase &kb = m_context.knowledgeBase();
    m_regions = new RegionsDock(kb, this);
    m_dossiers = new DossiersDock(kb, this);
    m_pilots = new PilotsDock(kb, this);
    m_agenda = new AgendaDock(kb, this);
    m_browse = new BrowseDock(kb, this);
    m_searchResults = new SearchResultsDock(search, kb, *m_errors, this);
    m_agendaActions = new AgendaActions(kb, *m_errors, this);
    connect(m_agendaActions, &AgendaActions::written, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Agenda opgeslagen: %1").arg(QDir::toNativeSeparators(path)),
                                 8000);
    });
    // Issue 16.1: bookmarks and notes; the star and the note follow the current tab's item.
    Personal::PersonalStore &store = personalStore();
    m_bookmarks = new BookmarksDock(store, kb, *m_errors, this);
    m_notes = new NotesDock(store, kb, *m_errors, this);
    m_bookmarkToggle = new BookmarkToggle(store, this);
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text); };
    connect(m_bookmarks, &BookmarksDock::itemActivated, this, &MainWindow::openItem);
    connect(m_bookmarks, &BookmarksDock::message, this, showMessage);
    connect(m_notes, &NotesDock::itemActivated, this, &MainWindow::openItem);
    connect(m_notes, &NotesDock::message, this, showMessage);
    connect(m_tabs, &ReaderTabs::navigationChanged, this, [this] {
        const ReaderTab *tab = m_tabs->current();
        const QString id = tab ? tab->location().itemId() : QString();
        m_bookmarkToggle->setItem(id, id.isEmpty() ? QString() : tab->title());
        m_notes->setItem(id, id.isEmpty() ? QString() : tab->title());
    });
    for (ItemTreeDock *dock : std::initializer_list<ItemTreeDock *>{m_regions, m_dossiers, m_pilots,
                                                                    m_agenda, m_browse}) {
        connect(dock, &ItemTreeDock::itemActivated, this, &MainWindow::openItem);
        // The models reload themselves on contentChanged and report, not throw, a failure.
        connect(dock->model(), &Kb::ItemTreeModel::reloadFailed, m_errors,
                [this](const QString &message) { m_errors->report(Task::UpdateLists, message); });
    }
    connect(m_regions, &RegionsDock::municipalityActivated, this,
            [this](const QString &regionId, const QString &municipality, bool newTab) {
                openLocation(Location::region(regionId, municipality), newTab);
            });
    // The region open in the reader is the one selected in the Regio's panel.
    connect(m_tabs, &ReaderTabs::navigationChanged, this, [this] {
        const ReaderTab *tab = m_tabs->current();
        const Location location = tab ? tab->location() : Location::start();
        m_regions->showCurrent(location.itemId(), location.municipality());
        m_agendaActions->setCurrentItem(location.itemId());
    });
    connect(m_searchResults, &SearchResultsDock::itemActivated, this,
            [this](const QString &id, bool newTab) {
                openFromSearch(id, newTab, m_searchResults->session()->results());
            });
    connect(m_searchResults, &SearchResultsDock::busyChanged, this,
            [this](bool busy) { setBusy(m_searchResults, busy); });

    // Every row that stands for an item: open, open in a new tab, copy a citation (issue 14).
    const auto citationOf = [this, &kb](const QString &id) {
        QString text;
        m_errors->guard(Task::UpdateLists, [&] { text = Kb::citation(kb, id); });
        return text;
    };
    QList<QAbstractItemView *> views{m_searchResults->view()};
    for (ItemTreeDock *dock :
         std::initializer_list<ItemTreeDock *>{m_regions, m_dossiers, m_pilots, m_agenda, m_browse})
        views.append(dock->view());
    // Saved searches that alert, the report basket (issue 16.3, 16.4).
    m_savedSearchesDock = new SavedSearchesDock(store, this);
    m_basket = new BasketDock(store, kb, m_context.preferences(), *m_errors, this);
    connect(m_basket, &BasketDock::itemActivated, this, &MainWindow::openItem);
    for (QAbstractItemView *view : views) {
        auto *menu = new ItemRowMenu(view, citationOf);
        connect(menu, &ItemRowMenu::openRequested, this, &MainWindow::openItem);
        connect(menu, &ItemRowMenu::basketRequested, m_basket, &BasketDock::add);
        // An event or a region to a calendar, Aanmelden (issue 16).
        if (view == m_agenda->view() || view == m_regions->view())
            menu->setExtraActions([this](QMenu *rowMenu, const QString &id) {
                m_agendaActions->addRowActions(rowMenu, id);
            });
        menu->setBookmarks(&store);
    }
}

Personal::PersonalStore &MainWindow::personalStore()
{
    if (m_sessionStore)
        return *m_sessionStore;
    try {
        return m_context.personalStore();
    } catch (const Flexwonen::Error &e) {
        // user.sqlite cannot be opened (a full disk): the window works, personal data is kept
        // in memory for this run.
        m_errors->report(Task::UpdateLists, e.message());
        m_sessionStore = std::make_unique<Personal::PersonalStore>(QStringLiteral(":memory:"));
        return *m_sessionStore;
    }
}

void MainWindow::placeDocksByDefault()
{
    // Left: regions above, the other lists below as tabs; search results share the regions'
    // place and come forward when a search is submitted. The reader keeps most of the width.
    addDockWidget(Qt::LeftDockWidgetArea, m_regions);
    addDockWidget(Qt::LeftDockWidgetArea, m_dossiers);
    splitDockWidget(m_regions, m_dossiers, Qt::Vertical);
    tabifyDockWidget(m_dossiers, m_pilots);
    tabifyDockWidget(m_pilots, m_agenda);
    tabifyDockWidget(m_agenda, m_browse);
    tabifyDockWidget(m_regions, m_searchResults);
    tabifyDockWidget(m_searchResults, m_savedSearchesDock);
    tabifyDockWidget(m_browse, m_bookmarks);
    tabifyDockWidget(m_bookmarks, m_basket);
    addDockWidget(Qt::RightDockWidgetArea, m_notes);
    for (QDockWidget *dock : allDocks())
        dock->show();
    m_regions->raise();
    m_dossiers->raise();
    resizeDocks({m_regions, m_notes},
                {qBound(260, width() / 4, 340), qBound(220, width() / 5, 320)}, Qt::Horizontal);
}

QList<QDockWidget *> MainWindow::allDocks() const
{
    return {m_regions,       m_dossiers,          m_pilots,    m_agenda, m_browse,
            m_searchResults, m_savedSearchesDock, m_bookmarks, m_basket, m_notes};
}

void MainWindow::addBrowseActions(QMenu *go)
{
    // Everything browsable from a menu too, as on the centre's site (issue 14, point 2).
    using Group = Kb::BrowseModel::Group;
    go->addSeparator();
    QList<QAction *> actions;
    const auto add = [go, &actions](const QString &name, auto slot) {
        QAction *action = go->addAction(QString());
        action->setObjectName(name);
        connect(action, &QAction::triggered, go, slot);
        actions.append(action);
    };
    add(QStringLiteral("GoRegionsAction"), [this] {
        m_regions->show();
        m_regions->raise();
        m_regions->filterEdit()->setFocus();
    });
    add(QStringLiteral("GoFaqAction"), [this] { m_browse->showGroup(Group::Faq); });
    add(QStringLiteral("GoPartnersAction"), [this] { m_browse->showGroup(Group::Organisations); });
    add(QStringLiteral("GoNewsAction"), [this] { m_browse->showGroup(Group::News); });
    add(QStringLiteral("GoMarketAction"), [this] {
        const QString id = StartPage::marketPageId(m_context.knowledgeBase());
        m_browse->showGroup(Group::Market);
        if (!id.isEmpty())
            openItem(id);
    });
    add(QStringLiteral("GoPagesAction"), [this] { m_browse->showGroup(Group::Pages); });
    add(QStringLiteral("GoContactAction"), [this] {
        const QString id = StartPage::contactItemId(m_context.knowledgeBase());
        m_browse->showGroup(id.isEmpty() ? Group::Organisations : Group::Contact);
        if (!id.isEmpty())
            openItem(id);
    });
    followLanguage(this, [actions] {
        const QStringList texts = {tr("&Regio's en gemeenten"),
                                   tr("Vragen en &antwoorden"),
                                   tr("Partners en &organisaties"),
                                   tr("&Nieuwsarchief"),
                                   tr("&Marktplaats"),
                                   tr("Pa&gina's"),
                                   tr("&Contact")};
        for (qsizetype i = 0; i < actions.size(); ++i)
            actions[i]->setText(texts.value(i));
    });
}

void MainWindow::resetLayout()
{
    m_layout.resetToDefault();
    placeDocksByDefault();
}

void MainWindow::createActions()
{
    // Text, no theme icons: looking up the icon theme cost a few milliseconds of every start.
    m_back = new QAction(this);
    m_back->setShortcuts(QKeySequence::Back);
    connect(m_back, &QAction::triggered, m_tabs, &ReaderTabs::back);
    m_forward = new QAction(this);
    m_forward->setShortcuts(QKeySequence::Forward);
    connect(m_forward, &QAction::triggered, m_tabs, &ReaderTabs::forward);
    m_home = new QAction(this);
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_home, &QAction::triggered, this, [this] { openLocation(Location::start(), false); });
    m_newTab = new QAction(this);
    m_newTab->setShortcut(QKeySequence::AddTab);
    connect(m_newTab, &QAction::triggered, this,
            [this] { m_tabs->addReaderTab(Location::start(), true); });
    m_closeTab = new QAction(this);
    m_closeTab->setShortcut(QKeySequence::Close);
    connect(m_closeTab, &QAction::triggered, this,
            [this] { m_tabs->closeReaderTab(m_tabs->currentIndex()); });
    m_find = new QAction(this);
    m_find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(m_find, &QAction::triggered, this, &MainWindow::focusSearch);
    m_resetLayout = new QAction(this);
    m_resetLayout->setObjectName(QStringLiteral("ResetLayoutAction"));
    connect(m_resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    addActions(
        {m_back, m_forward, m_home, m_newTab, m_closeTab, m_find, m_bookmarkToggle->action()});

    auto *toolBar = addToolBar(QString());
    followLanguage(this, [this, toolBar] {
        m_back->setText(tr("← &Terug"));
        m_back->setToolTip(tr("Terug (Alt+Links)"));
        m_forward->setText(tr("&Vooruit →"));
        m_forward->setToolTip(tr("Vooruit (Alt+Rechts)"));
        m_home->setText(tr("&Startpagina"));
        m_newTab->setText(tr("Nieuw &tabblad"));
        m_closeTab->setText(tr("Tabblad &sluiten"));
        m_find->setText(tr("&Zoeken"));
        m_bookmarkToggle->action()->setText(tr("&Bladwijzer"));
        m_bookmarkToggle->action()->setToolTip(tr("Bladwijzer aan of uit (Ctrl+D)"));
        m_resetLayout->setText(tr("Standaardindeling &herstellen"));
        toolBar->setWindowTitle(tr("Navigatie"));
    });
    toolBar->setObjectName(QStringLiteral("NavigationToolBar"));
    toolBar->setMovable(false);
    nameOverflowButton(toolBar);
    nameDockTabBars(this);
    toolBar->addAction(m_back);
    if (auto *backButton = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_back))) {
        backButton->setMenu(new BackMenu(*m_tabs, m_context.knowledgeBase(), backButton));
        backButton->setPopupMode(QToolButton::MenuButtonPopup);
    }
    toolBar->addAction(m_forward);
    toolBar->addAction(m_home);
    toolBar->addAction(m_bookmarkToggle->action());
    toolBar->addSeparator();
    m_searchField = new SearchField(*m_search, toolBar);
    m_searchField->setMinimumWidth(fontMetrics().averageCharWidth() * 30); // fits 640 px
    m_searchField->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    toolBar->addWidget(m_searchField);
    connect(m_searchField, &SearchField::itemChosen, this, [this](const QString &id) {
        openFromSearch(id, false, m_searchField->session()->results());
    });
    connect(m_searchField, &SearchField::searchSubmitted, this, &MainWindow::submitSearch);
    connect(m_searchField, &SearchField::busyChanged, this,
            [this](bool busy) { setBusy(m_searchField, busy); });
    m_savedSearches =
        new SavedSearches(personalStore(), m_context.knowledgeBase(),
                          m_context.usesKbFile() ? Kb::KnowledgeBase::Access::ReadOnlyFile
                                                 : Kb::KnowledgeBase::Access::Profile,
                          *m_errors, m_searchField, m_searchResults, this);
    connect(m_savedSearchesDock, &SavedSearchesDock::runRequested, m_savedSearches,
            &SavedSearches::run);
    connect(m_searchField, &SearchField::escaped, this, [this] {
        if (ReaderTab *tab = m_tabs->current())
            tab->currentTextView()->setFocus();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    m_fileMenu = file;
    file->addAction(m_newTab);
    file->addAction(m_closeTab);
    file->addSeparator();
    // Reports (issue 7): the dialog chooses the report; the action chooses the default button.
    QAction *exportPdf = file->addAction(
        QString(), this, [this] { showReports(int(ExportDialog::Action::Export)); });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *preview = file->addAction(QString(), this,
                                       [this] { showReports(int(ExportDialog::Action::Preview)); });
    QAction *print =
        file->addAction(QString(), this, [this] { showReports(int(ExportDialog::Action::Print)); });
    print->setShortcut(QKeySequence::Print);
    QAction *toBasket =
        file->addAction(QString(), this, [this] { m_basket->add(itemForBasket()); });
    toBasket->setObjectName(QStringLiteral("AddToBasketAction"));
    toBasket->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    file->addSeparator();
    auto *personalData = new PersonalDataMenu(personalStore(), *m_errors, file);
    connect(personalData, &PersonalDataMenu::done, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    file->addMenu(personalData);
    // What the reader shows to a calendar (issue 16): enabled when it fits.
    file->addActions(m_agendaActions->actions());
    file->addSeparator();
    m_settingsAction = file->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("SettingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(QString());
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addAction(m_home);
    go->addAction(m_bookmarkToggle->action());
    auto *history = new HistoryMenu(personalStore(), m_context.knowledgeBase(), go);
    connect(history, &HistoryMenu::openRequested, this,
            [this](const QString &id) { openItem(id); });
    go->addMenu(history);
    go->addSeparator();
    go->addAction(m_find);
    // Ctrl+F in the text of the reader (the window's Ctrl+F goes to the search field).
    QAction *findInPage = go->addAction(QString(), this, [this] {
        if (ReaderTab *tab = m_tabs->current())
            tab->findBar()->open();
    });
    findInPage->setObjectName(QStringLiteral("FindInPageAction"));
    addBrowseActions(go);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("ViewMenu"));
    for (QDockWidget *dock : allDocks())
        m_viewMenu->addAction(dock->toggleViewAction());
    // Keyboard (issue 14): F6 between the panes, Alt+n to a dock, from every focus.
    m_keys = new WindowKeys(*this, m_searchField, [this]() -> QWidget * {
        ReaderTab *tab = m_tabs->current();
        if (!tab)
            return nullptr;
        QWidget *text = tab->currentTextView();
        return text && text->isVisible() ? text : WindowKeys::focusTarget(tab);
    });
    QMenu *panes = m_viewMenu->addMenu(QString());
    panes->setObjectName(QStringLiteral("PanesMenu"));
    m_keys->addPaneActions(panes);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_tabs->zoomActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayout);
    m_viewMenu->addSeparator();
    createLanguageMenu(m_viewMenu);

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("HelpMenu"));
    QAction *manual = help->addAction(QString(), this, [this] {
        ManualDialog dialog(this);
        dialog.exec();
    });
    manual->setObjectName(QStringLiteral("ManualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(QString(), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("ShortcutsAction"));
    help->addSeparator();
    QAction *about = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("AboutAction"));

    followLanguage(this, [=, this] {
        file->setTitle(tr("&Bestand"));
        exportPdf->setText(tr("&Exporteren als PDF of ODT…"));
        preview->setText(tr("Afdruk&voorbeeld…"));
        print->setText(tr("Af&drukken…"));
        toBasket->setText(tr("In &rapportmand"));
        m_settingsAction->setText(tr("&Instellingen…"));
        quit->setText(tr("&Afsluiten"));
        go->setTitle(tr("&Ga"));
        findInPage->setText(tr("Zoeken in &pagina (Ctrl+F in de tekst)"));
        m_viewMenu->setTitle(tr("Beel&d"));
        panes->setTitle(tr("&Ga naar paneel"));
        help->setTitle(tr("&Help"));
        manual->setText(tr("&Handleiding"));
        keys->setText(tr("&Sneltoetsen"));
        about->setText(tr("&Over Flexwonen Kennisbank"));
    });
}

void MainWindow::createLanguageMenu(QMenu *parentMenu)
{
    QMenu *menu = parentMenu->addMenu(QString());
    menu->setObjectName(QStringLiteral("LanguageMenu"));
    auto *group = new QActionGroup(menu);
    // Each language under its own name, whatever the interface language.
    for (const auto &[language, name] : std::initializer_list<std::pair<Language, QString>>{
             {Language::Dutch, QStringLiteral("&Nederlands")},
             {Language::English, QStringLiteral("&English")}}) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("Language_") + languageCode(language));
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, lang = language] { chooseLanguage(lang); });
    }
    followLanguage(menu, [menu] {
        menu->setTitle(tr("&Taal"));
        // The running language ticked, however it was switched.
        const QString running = QStringLiteral("Language_") + languageCode(currentLanguage());
        for (QAction *action : menu->actions())
            action->setChecked(action->objectName() == running);
    });
}

void MainWindow::chooseLanguage(Language language)
{
    m_context.preferences().setLanguage(languageCode(language)); // switches: see the constructor
}

void MainWindow::setLanguage(Language language)
{
    // Every window, dock and page retranslates itself on the LanguageChange Qt sends.
    if (language != currentLanguage())
        switchLanguage(*qApp, language);
}

void MainWindow::createStatusBar()
{
    // The file name is the user's: plain text.
    QLabel *status = plainLabel(QString(), this);
    status->setObjectName(QStringLiteral("kbStatus"));
    const auto describe = [this, status] {
        const Kb::KbMeta meta = m_context.knowledgeBase().meta();
        // A folder name is the user's: the label is plain text.
        const ContentPreview *preview = m_context.contentPreview();
        status->setText(
            preview
                ? tr("Voorbeeld van inhoudsmap %1").arg(QDir::toNativeSeparators(preview->dir()))
                : SyncUi::kbStatusText(meta, m_context.usesKbFile()));
        // The sequence number is what support asks for; the words above are for the user.
        status->setToolTip(
            toolTipHtml(tr("Versie van de kennisbank: volgnummer %1").arg(meta.seq)));
    };
    describe();
    onLanguageChange(status, [this, describe] { m_errors->guard(Task::UpdateLists, describe); });
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("BusyIndicator"));
    m_busy->setRange(0, 0); // busy, no percentage: a search has no known length
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    followLanguage(m_busy, [this] {
        m_busy->setAccessibleName(tr("Bezig met zoeken"));
        if (!m_busySources.isEmpty())
            statusBar()->showMessage(busyMessage());
    });
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(status);
    Kb::KnowledgeBase &kb = m_context.knowledgeBase();
    connect(&kb, &Kb::KnowledgeBase::contentChanged, status,
            [this, describe] { m_errors->guard(Task::UpdateLists, describe); });
    // One line for every failure the window's slots caught; it stays until the next message.
    connect(m_errors, &ErrorReporter::reported, this,
            [this](const QString &line) { statusBar()->showMessage(line); });
    // Updates: status indicator, Bijwerken in the file menu, banner, Wat is er nieuw.
    auto *sync = new SyncUi(m_context, *m_errors, this, m_fileMenu);
    connect(sync, &SyncUi::itemActivated, this, [this](const QString &id) { openItem(id); });
}

void MainWindow::showPreview(ContentPreview &preview)
{
    m_problemsBar = new ContentProblemsBar(this);
    addToolBarBreak(Qt::TopToolBarArea); // a row of its own, like the update banner
    addToolBar(Qt::TopToolBarArea, m_problemsBar);
    m_problemsBar->setProblems(preview.problems());
    connect(&preview, &ContentPreview::problemsChanged, m_problemsBar,
            &ContentProblemsBar::setProblems);
}

void MainWindow::setBusy(QObject *source, bool busy)
{
    m_busySources.removeAll(source);
    if (busy)
        m_busySources.append(source);
    m_busy->setVisible(!m_busySources.isEmpty());
    if (busy)
        statusBar()->showMessage(busyMessage());
    else if (m_busySources.isEmpty() && statusBar()->currentMessage() == busyMessage())
        statusBar()->clearMessage(); // not a failure reported meanwhile
}

QString MainWindow::busyMessage()
{
    return tr("Zoeken…");
}

void MainWindow::openLocation(const Location &location, bool newTab)
{
    m_tabs->open(location, newTab);
}

void MainWindow::openItem(const QString &id, bool newTab)
{
    openLocation(Location::item(id), newTab);
}

void MainWindow::openFromSearch(const QString &id, bool newTab, const Kb::SearchResults &results)
{
    // The reader marks the words the search found (issue 13, point 5). A region the query
    // named a municipality of opens with that municipality marked (issue 14, point 3).
    Location location = Location::item(id);
    for (const Kb::MunicipalityMatch &m : results.municipalities) {
        if (m.regionId == id) {
            location = Location::region(id, m.name);
            break;
        }
    }
    m_tabs->open(location, newTab, results.query, results.highlight);
}

void MainWindow::updateNavigation()
{
    ReaderTab *tab = m_tabs->current();
    m_back->setEnabled(tab && tab->canGoBack());
    m_forward->setEnabled(tab && tab->canGoForward());
    // The platform adds the application name after a document title.
    QString title = tab && !tab->location().isStart() ? tab->title() : tr("Flexwonen Kennisbank");
    // A preview says whose content it shows, so it is never taken for the installed content.
    if (const ContentPreview *preview = m_context.contentPreview())
        title = tr("%1 (voorbeeld van %2)").arg(title, QDir::toNativeSeparators(preview->dir()));
    setWindowTitle(title);
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::submitSearch(const QString &query)
{
    m_searchResults->show();
    m_searchResults->raise();
    m_searchResults->submit(query);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_layout.save();
    m_session->save(); // with how far each tab is scrolled now
    QMainWindow::closeEvent(event);
}

void MainWindow::showReports(int action)
{
    const ReaderTab *tab = m_tabs->current();
    m_errors->guard(Task::Report, [&] {
        ExportDialog dialog(
            m_context.preferences(), m_context.knowledgeBase(), ExportDialog::Action(action),
            tab ? tab->location().itemId() : QString(), m_searchField->text(), this);
        if (tab && !tab->location().municipality().isEmpty())
            dialog.setMarkedMunicipality(tab->location().itemId(), tab->location().municipality());
        dialog.exec();
    });
}

QString MainWindow::itemForBasket() const
{
    // The row the keyboard is on in a list of this window, else the item the reader shows.
    if (auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
        view && view->window() == this) {
        const QString id = view->currentIndex().data(Kb::ItemIdRole).toString();
        if (!id.isEmpty())
            return id;
    }
    const ReaderTab *tab = m_tabs->current();
    return tab ? tab->location().itemId() : QString();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context.preferences(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Flexwonen::Ui
