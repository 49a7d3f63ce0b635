// SPDX-License-Identifier: GPL-3.0-or-later
// Thin entry point: a verb runs headless; no verb opens the window.
#include "cli/commandline.h"
#include "ui/guimain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const Flexwonen::Cli::Invocation invocation = Flexwonen::Cli::parse(args);
    if (invocation.verb.isEmpty() && invocation.error.isEmpty() && !invocation.help &&
        !invocation.version)
        return Flexwonen::Ui::guiMain(argc, argv, invocation.option(QStringLiteral("profile")),
                                      invocation.option(QStringLiteral("kb")));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flexwonen"));
    return Flexwonen::Cli::run(invocation);
}
