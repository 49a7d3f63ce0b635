// SPDX-License-Identifier: GPL-3.0-or-later
// Build step: turns the editable sources in data/ into the bundled, read-only kb.sqlite.
#include "contentcompiler.h"
#include "contentsource.h"
#include "kberror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Flexwonen::Kb;

namespace {

QJsonObject readMeta(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, QStringLiteral("Kan %1 niet lezen").arg(path));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        throw Error(Error::Kind::BadInput, QStringLiteral("%1 is geen JSON-object").arg(path));
    return doc.object();
}

void compile(const QString &sourceDir, const QString &metaPath, const QString &outPath)
{
    const QList<Item> items = ContentSource::readDirectory(sourceDir);
    const QStringList problems = ContentSource::crossCheck(items);
    if (!problems.isEmpty())
        throw Error(Error::Kind::BadInput, QStringLiteral("%1 fout(en) in de bronnen:\n  %2")
                                               .arg(problems.size())
                                               .arg(problems.join(QStringLiteral("\n  "))));
    const QJsonObject meta = readMeta(metaPath);
    writeContentDatabase(items,
                         {meta.value(QLatin1String("feed_id")).toString(),
                          meta.value(QLatin1String("epoch")).toInt(1),
                          meta.value(QLatin1String("seq")).toInteger(),
                          meta.value(QLatin1String("date")).toString()},
                         outPath);
    QTextStream(stdout) << "kb.sqlite: " << items.size() << " items\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("source"), QStringLiteral("Bronmap (data/content)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("meta"), QStringLiteral("data/meta.json"), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Uitvoer (kb.sqlite)."), QStringLiteral("FILE")});
    parser.process(app);
    try {
        compile(parser.value(QStringLiteral("source")), parser.value(QStringLiteral("meta")),
                parser.value(QStringLiteral("out")));
    } catch (const Error &e) {
        QTextStream(stderr) << "flexwonen-kbcompile: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
