// SPDX-License-Identifier: EUPL-1.2
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

bool isOwnCategory(const QMessageLogContext &context)
{
    return context.category && qstrncmp(context.category, "flexwonen.", 10) == 0;
}

// The CLI promises one line on stderr; Qt's platform chatter (XDG_RUNTIME_DIR, fontconfig)
// would break that, so verbs keep only critical messages unless FLEXWONEN_DEBUG is set. The
// app's own log (flexwonen.* categories) is printed when asked for with QT_LOGGING_RULES or a
// logging configuration file (QT_LOGGING_CONF), for a support desk (README, docs/decisions.md
// "Logging").
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ownLog = isOwnCategory(context) && (qEnvironmentVariableIsSet("QT_LOGGING_RULES") ||
                                                   qEnvironmentVariableIsSet("QT_LOGGING_CONF"));
    if (type == QtCriticalMsg || type == QtFatalMsg || ownLog ||
        qEnvironmentVariableIsSet("FLEXWONEN_DEBUG")) {
        const QString line = isOwnCategory(context) ? QString::fromLatin1(context.category) +
                                                          QStringLiteral(": ") + message
                                                    : message;
        fprintf(stderr, "%s\n", qUtf8Printable(Flexwonen::Cli::TerminalText::message(line)));
    }
}

// The window keeps Qt's own handler (format, journald), but the text passes through the
// terminal sanitizer first: a log line may quote a feed or a server.
QtMessageHandler qtHandler = nullptr;
void safeMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qtHandler)
        qtHandler(type, context, Flexwonen::Cli::TerminalText::message(message));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const Flexwonen::Cli::Invocation invocation = Flexwonen::Cli::parse(args);
    if (invocation.verb.isEmpty() && invocation.error.isEmpty() && !invocation.help &&
        !invocation.version) {
        // A preview (--content) is an editor's tool at a terminal: like a verb, it keeps stderr
        // for its own lines (a folder that cannot be shown is one line, decision 112).
        qtHandler = qInstallMessageHandler(
            invocation.has(QStringLiteral("content")) ? quietMessages : safeMessages);
        // Unchanged argv: QApplication takes Qt's options (-style, -reverse …) from it.
        return Flexwonen::Ui::guiMain(argc, argv, invocation.option(QStringLiteral("profile")),
                                      invocation.option(QStringLiteral("kb")),
                                      invocation.option(QStringLiteral("lang")),
                                      invocation.option(QStringLiteral("content")));
    }

    qInstallMessageHandler(quietMessages);
    // The verb's arguments are parsed; Qt sees the program name only, so a launcher's -platform
    // or -stylesheet, meant for the window, never reaches a verb.
    int qtArgc = argc > 0 ? 1 : 0;
    // Verbs that paint need fonts, hence a QGuiApplication; they never need a display.
    std::unique_ptr<QCoreApplication> app;
    if (Flexwonen::Cli::needsGuiApplication(invocation)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(qtArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(qtArgc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("flexwonen"));
    return Flexwonen::Cli::run(invocation);
}
