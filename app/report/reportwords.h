// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

namespace Flexwonen::Report {

// How the reports say a date: "28 maart 2012", empty for an invalid date.
QString reportDate(const QDate &date);

// "Kwetsbaar" notes: the Dutch label of a confidence level ("" for high).
QString confidenceLabel(const QString &confidence);

} // namespace Flexwonen::Report
