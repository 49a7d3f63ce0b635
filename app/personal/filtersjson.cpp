// SPDX-License-Identifier: EUPL-1.2
#include "filtersjson.h"

namespace Flexwonen::Personal {

QJsonObject filtersToJson(const Kb::SearchFilters &filters)
{
    QJsonObject json;
    if (filters.type)
        json.insert(QStringLiteral("type"), Kb::typeName(*filters.type));
    if (!filters.region.isEmpty())
        json.insert(QStringLiteral("region"), filters.region);
    if (!filters.dossier.isEmpty())
        json.insert(QStringLiteral("dossier"), filters.dossier);
    if (filters.year != 0)
        json.insert(QStringLiteral("year"), filters.year);
    return json;
}

Kb::SearchFilters filtersFromJson(const QJsonObject &json)
{
    Kb::SearchFilters filters;
    filters.type = Kb::typeFromName(json.value(QStringLiteral("type")).toString());
    filters.region = json.value(QStringLiteral("region")).toString().left(200);
    filters.dossier = json.value(QStringLiteral("dossier")).toString().left(200);
    const int year = json.value(QStringLiteral("year")).toInt();
    filters.year = year >= 1900 && year <= 2200 ? year : 0;
    return filters;
}

} // namespace Flexwonen::Personal
