// SPDX-License-Identifier: EUPL-1.2
#include "guimain.h"

#include "automation.h"
#include "common/plaintext.h"
#include "context/appcontext.h"
#include "kb/kberror.h"
#include "language.h"
#include "mainwindow.h"
#include "settings/preferences.h"
#include "theme/theme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <vector>

namespace Flexwonen::Ui {

namespace {

// The core's messages are one Dutch line (Kb::Error, notices); the window puts a line in the
// interface language above them.
QString startupProblem(Kb::Error::Kind kind)
{
    switch (kind) {
    case Kb::Error::Kind::TooNew:
        return QApplication::translate("Flexwonen::Ui",
                                       "De kennisbank is nieuwer dan deze versie van de app. Werk "
                                       "Flexwonen Kennisbank bij.");
    case Kb::Error::Kind::Corrupt:
    case Kb::Error::Kind::Database:
        return QApplication::translate("Flexwonen::Ui",
                                       "De kennisbank kan niet worden geopend of is beschadigd.");
    case Kb::Error::Kind::Missing:
        return QApplication::translate(
            "Flexwonen::Ui", "De meegeleverde kennisbank ontbreekt. Installeer de app opnieuw.");
    case Kb::Error::Kind::Io:
        return QApplication::translate("Flexwonen::Ui",
                                       "De gegevensmap kan niet worden gelezen of beschreven.");
    case Kb::Error::Kind::NotFound:
    case Kb::Error::Kind::BadInput:
        break;
    }
    return QApplication::translate("Flexwonen::Ui", "Flexwonen Kennisbank kan niet starten.");
}

// Qt takes -qwindowgeometry (on X11 also -geometry) out of argv and applies it to the first
// window it shows, keeping no public record of it: what it took out tells. before: argv as it
// was; Qt keeps the pointers of what it leaves.
bool qtTookWindowGeometry(const std::vector<char *> &before, int argc, char **argv)
{
    std::vector<bool> taken(before.size(), false);
    int kept = 0;
    for (size_t i = 0; i < before.size(); ++i) {
        if (kept < argc && argv[kept] == before[i])
            ++kept;
        else
            taken[i] = true;
    }
    // Qt's options that take the next argument as their value ("-title -geometry" is a title).
    static const QByteArrayList withValue = {"-platformpluginpath",
                                             "-qmljsdebugger",
                                             "-visual",
                                             "-ncols",
                                             "-platform",
                                             "-platformtheme",
                                             "-plugin",
                                             "-qwindowgeometry",
                                             "-geometry",
                                             "-qwindowtitle",
                                             "-title",
                                             "-qwindowicon",
                                             "-icon",
                                             "-style",
                                             "-stylesheet",
                                             "-session",
                                             "-name",
                                             "-display"};
    for (size_t i = 1; i + 1 < before.size(); ++i) {
        if (!taken[i])
            continue;
        QByteArray arg(before[i]);
        if (arg.startsWith("--"))
            arg.remove(0, 1);
        if (arg == "-qwindowgeometry" || arg == "-geometry")
            return taken[i + 1];
        if (withValue.contains(arg) && taken[i + 1])
            ++i;
    }
    return false;
}

} // namespace

int guiMain(int &argc, char **argv, const QString &profileDir, const QString &kbFile,
            const QString &language, const QString &contentDir)
{
    const std::vector<char *> argvBefore(argv, argv + argc);
    QApplication app(argc, argv);
    const bool geometryGiven = qtTookWindowGeometry(argvBefore, argc, argv);
    QApplication::setApplicationName(QStringLiteral("flexwonen"));
    QApplication::setApplicationDisplayName(QStringLiteral("Flexwonen Kennisbank"));
    QApplication::setApplicationVersion(QStringLiteral(FLEXWONEN_VERSION));
    // The id of the desktop entry and the AppStream metainfo: Wayland's app_id, and what a
    // launcher matches the window to (packaging/, decision 121).
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.flexwonen.kennisbank"));
    // The installed icon (hicolor, every size); from a build tree the same SVG from resources.
    // A launcher's -qwindowicon stands.
    if (QApplication::windowIcon().isNull()) {
        QApplication::setWindowIcon(QIcon::fromTheme(
            QStringLiteral("nl.flexwonen.kennisbank"),
            QIcon(QStringLiteral(":/flexwonen/icons/nl.flexwonen.kennisbank.svg"))));
    }

    // Dutch unless --lang, FLEXWONEN_LANG or the saved choice says English; never the system
    // locale. Qt's own buttons follow.
    Settings::Preferences preferences;
    installLanguage(app, chooseLanguage(language, preferences.language()));
    // The platform's look unless FLEXWONEN_THEME or the preference names one of ours (issue
    // 15.4); a change in the settings dialog applies at once.
    ThemeApplier themes;
    const Theme forced = themeFromEnvironment();
    themes.apply(forced != Theme::System ? forced : preferences.appearance().theme);
    QObject::connect(&preferences, &Settings::Preferences::appearanceChanged, &app,
                     [&themes, &preferences] { themes.apply(preferences.appearance().theme); });

    // Opening the stores and building the window read the knowledge base: a failure there is
    // told in a box (its message holds paths: plain text) and ends the start.
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    try {
        context = std::make_unique<AppContext>(StartOptions{profileDir, kbFile, {}, contentDir},
                                               preferences);
        window = std::make_unique<MainWindow>(*context);
    } catch (const Flexwonen::Error &e) {
        if (!contentDir.isEmpty()) {
            // An editor starts a preview from a terminal and fixes the folder there: one line,
            // passed through main's message handler, which makes foreign bytes harmless
            // (decision 112).
            qCritical().noquote() << QStringLiteral("flexwonen: %1").arg(e.message());
            return 1;
        }
        const auto *kbError = dynamic_cast<const Kb::Error *>(&e);
        showPlainMessage(nullptr, QMessageBox::Critical,
                         QApplication::translate("Flexwonen::Ui", "Kan niet starten"),
                         kbError ? startupProblem(kbError->kind())
                                 : startupProblem(Kb::Error::Kind::BadInput),
                         QMessageBox::Close, e.message());
        return 1;
    }
    if (geometryGiven)
        window->leavePlacementToQt();
    Automation::install(*window);
    if (window->startMaximized())
        window->showMaximized();
    else
        window->show();
    for (const QString &notice : context->notices()) {
        showPlainMessage(
            window.get(), QMessageBox::Information,
            QApplication::translate("Flexwonen::Ui", "Hersteld"),
            QApplication::translate("Flexwonen::Ui", "Een probleem in de gegevensmap is hersteld."),
            QMessageBox::Ok, notice);
    }
    return QApplication::exec();
}

} // namespace Flexwonen::Ui
