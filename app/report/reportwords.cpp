// SPDX-License-Identifier: EUPL-1.2
#include "reportwords.h"

#include "kb/itemmarkdown.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

QString reportDate(const QDate &date)
{
    return Kb::ItemMarkdown::formatDate(date);
}

QString confidenceLabel(const QString &confidence)
{
    if (confidence == QLatin1String("medium"))
        return u"Niet volledig zeker"_s;
    if (confidence == QLatin1String("low"))
        return u"Onzeker"_s;
    if (confidence == QLatin1String("source-doc-only"))
        return u"Alleen bekend uit de aankondiging"_s;
    return {};
}

} // namespace Flexwonen::Report
