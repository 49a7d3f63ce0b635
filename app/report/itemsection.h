// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/item.h"

#include <functional>

namespace Flexwonen::Report {

// Title of an item by id (for region and dossier names); empty when unknown.
using TitleLookup = std::function<QString(const QString &id)>;

// One item as a report section: a level-2 heading (listed in a table of contents), a facts
// line (kind, date, region, dossier), an uncertainty note, summary, body, figures and sources.
QString itemSectionHtml(const Kb::Item &item, const TitleLookup &titleOf);

// The key figures of an item as a table: label, value, year, definition, source.
QString figuresTableHtml(const QList<Kb::Figure> &figures);

} // namespace Flexwonen::Report
