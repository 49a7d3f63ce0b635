// SPDX-License-Identifier: EUPL-1.2
// Build step: turns the editable sources in data/ into the bundled, read-only kb.sqlite.
#include "contentcompiler.h"
#include "contentrules.h"
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

QString located(const QString &sourceDir, const ContentProblem &p)
{
    const QString file = QStringLiteral("%1/%2").arg(sourceDir, p.file);
    return p.line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(p.line).arg(p.message)
                      : QStringLiteral("%1: %2").arg(file, p.message);
}

// Every problem of the folder at once (as flexwonen check-content lists them). Problems of the
// content rules are printed as warnings (an undated source stops it): tst_content and check-content
// enforce them, the build of the base does not stop on them (docs/decisions.md 110).
QList<Item> readContent(const QString &sourceDir)
{
    ContentProblems problems;
    const QList<ContentFile> files = ContentSource::readFolder(sourceDir, problems);
    ContentProblems rules;
    ContentRules::check(files, QDate::currentDate(), rules);
    QTextStream err(stderr);
    for (const ContentProblem &p : rules.sorted()) {
        // A source without the date it was consulted is not publishable (decision 107).
        if (p.check == ContentCheck::SourceDate)
            problems.add(p.file, p.line, p.check, p.message);
        else
            err << "flexwonen-kbcompile: waarschuwing: " << located(sourceDir, p) << '\n';
    }
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ContentProblem &p : problems.sorted())
            lines.append(located(sourceDir, p));
        throw Error(Error::Kind::BadInput, QStringLiteral("%1 fout(en) in de bronnen:\n  %2")
                                               .arg(lines.size())
                                               .arg(lines.join(QStringLiteral("\n  "))));
    }
    QList<Item> items;
    for (const ContentFile &file : files)
        items.append(*file.item);
    return items;
}

void compile(const QString &sourceDir, const QString &metaPath, const QString &outPath)
{
    const QList<Item> items = readContent(sourceDir);
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
