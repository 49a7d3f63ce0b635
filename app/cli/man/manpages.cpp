// SPDX-License-Identifier: EUPL-1.2
// flexwonen-man OUTDIR DATE: writes flexwonen.1 and flexwonen-VERB.1 from the manual of --help.
// A build tool, not installed.
#include "cli/verbhelp.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace {

bool writePage(const QDir &dir, const Flexwonen::Cli::VerbHelp &help, const QString &date)
{
    QFile file(dir.filePath(Flexwonen::Cli::manPageName(help)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray page =
        Flexwonen::Cli::manPage(help, QStringLiteral(FLEXWONEN_VERSION), date).toLatin1();
    return file.write(page) == page.size() && file.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        QTextStream(stderr) << "usage: flexwonen-man OUTDIR YYYY-MM-DD\n";
        return 64;
    }
    QDir dir(QString::fromLocal8Bit(argv[1]));
    const QString date = QString::fromLatin1(argv[2]);
    // A verb that left the table must not leave its page behind.
    if (!dir.mkpath(QStringLiteral(".")) || !dir.removeRecursively() ||
        !dir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "flexwonen-man: cannot prepare " << dir.path() << '\n';
        return 1;
    }
    bool ok = writePage(dir, Flexwonen::Cli::programManual(), date);
    for (const Flexwonen::Cli::VerbHelp &help : Flexwonen::Cli::verbManuals())
        ok = writePage(dir, help, date) && ok;
    if (!ok) {
        QTextStream(stderr) << "flexwonen-man: cannot write the pages in " << dir.path() << '\n';
        return 1;
    }
    return 0;
}
