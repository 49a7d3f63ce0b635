// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"
#include "reportblocks.h"

#include <functional>

namespace Flexwonen::Report {

// Title of an item by id (for region and dossier names); empty when unknown.
using TitleLookup = std::function<QString(const QString &id)>;

// One item as a report section: a heading of the given level (level 2 is listed in a table of
// contents) anchored "item-<id>", a facts line (kind, date, region, dossier), an uncertainty
// note, summary, body (headings one level below), key figures, municipalities and sources.
QList<Block> itemSectionBlocks(const Kb::Item &item, const TitleLookup &titleOf, int level = 2);

// The key figures of an item as a table with a header row: label, value, year, definition,
// source (a link when printable).
Table figuresTable(const QList<Kb::Figure> &figures);

} // namespace Flexwonen::Report
