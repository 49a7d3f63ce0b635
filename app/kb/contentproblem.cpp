// SPDX-License-Identifier: EUPL-1.2
#include "contentproblem.h"

#include <algorithm>

namespace Flexwonen::Kb {

QString checkName(ContentCheck check)
{
    switch (check) {
    case ContentCheck::File:
        return QStringLiteral("bestand");
    case ContentCheck::Field:
        return QStringLiteral("veld");
    case ContentCheck::CrossCheck:
        return QStringLiteral("samenhang");
    case ContentCheck::SourceDate:
        return QStringLiteral("bron-datum");
    case ContentCheck::MirrorSite:
        return QStringLiteral("spiegelsite");
    case ContentCheck::HomePage:
        return QStringLiteral("startpagina");
    case ContentCheck::Hedge:
        return QStringLiteral("voorbehoud");
    case ContentCheck::NewFigureSource:
        return QStringLiteral("nieuw-kengetal");
    case ContentCheck::NewNumber:
        return QStringLiteral("nieuw-getal");
    case ContentCheck::NewQuote:
        return QStringLiteral("nieuw-citaat");
    case ContentCheck::NewMirrorUrl:
        return QStringLiteral("nieuw-spiegeladres");
    }
    return {};
}

bool isReview(ContentCheck check)
{
    return check >= ContentCheck::NewFigureSource;
}

void ContentProblems::add(const QString &file, int line, ContentCheck check, const QString &message)
{
    m_problems.append({file, line, message, check});
}

QList<ContentProblem> ContentProblems::sorted() const
{
    QList<ContentProblem> list = m_problems;
    std::stable_sort(list.begin(), list.end(),
                     [](const ContentProblem &a, const ContentProblem &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         return a.line < b.line;
                     });
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

} // namespace Flexwonen::Kb
