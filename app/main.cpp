// SPDX-License-Identifier: GPL-3.0-or-later
// Thin entry point: a verb runs headless; no verb opens the window.
#include "cli/cliverbs.h"
#include "cli/commandline.h"
#include "cli/terminaltext.h"
#include "ui/guimain.h"

#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {

// The CLI promises one line on stderr; Qt's platform chatter (XDG_RUNTIME_DIR, fontconfig)
// would break that, so verbs keep only critical messages unless FLEXWONEN_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("FLEXWONEN_DEBUG"))
        fprintf(stderr, "%s\n", qUtf8Printable(Flexwonen::Cli::TerminalText::message(message)));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const Flexwonen::Cli::Invocation invocation = Flexwonen::Cli::parse(args);
    if (invocation.verb.isEmpty() && invocation.error.isEmpty() && !invocation.help &&
        !invocation.version)
        return Flexwonen::Ui::guiMain(argc, argv, invocation.option(QStringLiteral("profile")),
                                      invocation.option(QStringLiteral("kb")),
                                      invocation.option(QStringLiteral("lang")));

    qInstallMessageHandler(quietMessages);
    // Verbs that paint need fonts, hence a QGuiApplication; they never need a display.
    std::unique_ptr<QCoreApplication> app;
    if (Flexwonen::Cli::needsGuiApplication(invocation)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("flexwonen"));
    return Flexwonen::Cli::run(invocation);
}
