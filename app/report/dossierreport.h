// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportcontent.h"

namespace Flexwonen::Report {

struct ReportContext;

// Every document of a dossier theme, after a table of contents with page numbers; each with
// its kind, date, region and sources. Throws Kb::Error NotFound.
ReportContent dossierReport(const ReportContext &context, const QString &dossierId);

} // namespace Flexwonen::Report
