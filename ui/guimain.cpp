// SPDX-License-Identifier: GPL-3.0-or-later
#include "guimain.h"

#include "automation.h"
#include "context/appcontext.h"
#include "kb/kberror.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace Flexwonen::Ui {

int guiMain(int &argc, char **argv, const QString &profileDir, const QString &kbFile)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("flexwonen"));
    QApplication::setApplicationDisplayName(QStringLiteral("Flexwonen Kennisbank"));
    QApplication::setApplicationVersion(QStringLiteral(FLEXWONEN_VERSION));

    // Dutch is the interface language; Qt's own buttons follow it.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    std::unique_ptr<AppContext> context;
    try {
        context = std::make_unique<AppContext>(StartOptions{profileDir, kbFile, {}});
    } catch (const Kb::Error &e) {
        QMessageBox::critical(nullptr, QApplication::translate("Flexwonen::Ui", "Kan niet starten"),
                              e.message());
        return 1;
    }
    MainWindow window(*context);
    Automation::install(window);
    if (window.startMaximized())
        window.showMaximized();
    else
        window.show();
    for (const QString &notice : context->notices())
        QMessageBox::information(&window, QApplication::translate("Flexwonen::Ui", "Hersteld"),
                                 notice);
    return QApplication::exec();
}

} // namespace Flexwonen::Ui
