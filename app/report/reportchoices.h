// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportcontent.h"

#include <optional>
#include <QString>

namespace Flexwonen::Report {

// What the user chooses for a report besides its content (export dialog, CLI options): who
// made it, how final it is, and a title of their own.

// "concept" / "definitief", as the CLI takes and the settings store them.
QString statusName(ReportMetadata::Status status);
std::optional<ReportMetadata::Status> statusFromName(const QString &name);

// Puts the choices on a built report: the metadata (for the writers' document properties), the
// title when one is given (header line and document title; the report's own heading stays),
// and a line under the first heading that says "Concept" when it is one and who made it, so
// the status is read with the body and not only seen in a page header.
void applyChoices(ReportContent &content, const ReportMetadata &metadata,
                  const QString &title = {});

// That line's text, empty when there is nothing to say (final and nobody named).
QString statusLine(const ReportMetadata &metadata);

} // namespace Flexwonen::Report
