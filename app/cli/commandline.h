// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Flexwonen::Cli {

// What the user asked for on the command line. Parsed without a QCoreApplication so that
// main() can choose between a GUI and a console application.
struct Invocation
{
    QString verb; // empty: open the window
    QStringList arguments;
    QMap<QString, QString> options; // long name -> value ("" for flags)
    bool json = false;
    bool help = false;
    bool version = false;
    QString error; // a usage error, in Dutch

    QString option(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
};

Invocation parse(const QStringList &argv);

// Every long option the parser knows (without dashes), for the manual's test.
QStringList knownOptions();

// Runs a verb (or --version/--help) and returns the process exit code.
int run(const Invocation &invocation);

// Exit codes shared by every verb.
enum ExitCode {
    Success = 0,
    Failure = 1, // a clear error on stderr
    Refused = 2, // sync: refused update
    Network = 3, // sync: transport failure
    Usage = 64,  // bad command line
};

} // namespace Flexwonen::Cli
