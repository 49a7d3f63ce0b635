// SPDX-License-Identifier: EUPL-1.2
// check-content: every problem of a content folder at once, for the centre's editors.
#include "cliverbs.h"

#include "kb/contentreview.h"
#include "kb/contentrules.h"
#include "kb/contentsource.h"
#include "kb/kberror.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Flexwonen::Cli {

namespace {

// grep's and diff's convention, which editors' scripts and CI know: 0 clean, 1 problems found,
// 2 the check could not run (docs/decisions.md 109).
enum CheckExit { Clean = 0, Found = 1, CannotCheck = 2 };

QJsonObject toJson(const Kb::ContentProblem &p)
{
    return {{QStringLiteral("file"), p.file},
            {QStringLiteral("line"), p.line},
            {QStringLiteral("check"), Kb::checkName(p.check)},
            {QStringLiteral("review"), Kb::isReview(p.check)},
            {QStringLiteral("message"), p.message}};
}

QString located(const Kb::ContentProblem &p)
{
    if (p.line > 0)
        return QStringLiteral("%1:%2: %3").arg(field(p.file)).arg(p.line).arg(field(p.message));
    return QStringLiteral("%1: %2").arg(field(p.file), field(p.message));
}

int checkContent(const Invocation &inv)
{
    const QString dir = inv.arguments.value(0);
    const QString baseDir = inv.option(QStringLiteral("review-against"));
    for (const QString &folder : {dir, baseDir}) {
        if (!folder.isEmpty() && !QFileInfo(folder).isDir())
            return fail(QStringLiteral("check-content: %1 is geen map").arg(folder), CannotCheck);
    }
    Kb::ContentProblems problems;
    QList<Kb::ContentFile> files;
    try {
        files = Kb::ContentSource::readFolder(dir, problems);
        Kb::ContentRules::check(files, QDate::currentDate(), problems);
        if (!baseDir.isEmpty()) {
            Kb::ContentProblems ignored; // the base's own problems are not this change's
            Kb::ContentReview::compare(files, Kb::ContentSource::readFolder(baseDir, ignored),
                                       problems);
        }
    } catch (const Kb::Error &e) {
        return fail(QStringLiteral("check-content: %1").arg(e.message()), CannotCheck);
    }
    const QList<Kb::ContentProblem> sorted = problems.sorted();
    if (inv.json) {
        QJsonArray list;
        for (const Kb::ContentProblem &p : sorted)
            list.append(toJson(p));
        printJson(QJsonObject{{QStringLiteral("files"), files.size()},
                              {QStringLiteral("problems"), list}});
        return sorted.isEmpty() ? Clean : Found;
    }
    QSet<QString> withProblems;
    qsizetype review = 0;
    for (const Kb::ContentProblem &p : sorted) {
        printLine(located(p));
        withProblems.insert(p.file);
        review += Kb::isReview(p.check) ? 1 : 0;
    }
    if (sorted.isEmpty()) {
        printLine(
            QStringLiteral("Geen problemen gevonden in %1 %2.")
                .arg(files.size())
                .arg(files.size() == 1 ? QStringLiteral("bestand") : QStringLiteral("bestanden")));
        return Clean;
    }
    // Dutch singular and plural: "1 probleem in 1 van de 3 bestanden".
    const auto count = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    QString summary = QStringLiteral("%1 in %2 van de %3")
                          .arg(count(sorted.size(), "probleem", "problemen"))
                          .arg(withProblems.size())
                          .arg(count(files.size(), "bestand", "bestanden"));
    if (!baseDir.isEmpty())
        summary += QStringLiteral(" (waarvan %1 uit de controle van wat nieuw is)").arg(review);
    printLine(summary + QLatin1Char('.'));
    return Found;
}

} // namespace

const QList<Verb> &contentVerbs()
{
    static const QList<Verb> verbs = {
        {QStringLiteral("check-content"),
         QStringLiteral("check-content MAP [--review-against MAP] [--json]"),
         {QStringLiteral("json"), QStringLiteral("review-against")},
         1,
         1,
         nullptr,
         &checkContent,
         CannotCheck},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
