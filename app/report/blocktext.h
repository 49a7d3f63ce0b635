// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportblocks.h"

#include <QStringList>

namespace Flexwonen::Report {

// The text of blocks in reading order, one entry per paragraph: each heading, paragraph, list
// item, table cell paragraph (row by row) and figure's alternative text, Columns block by
// column. What a reader of any output must find, and what the tests compare. List numbers and
// the table of contents (made by the writer) are not part of it.
QStringList blockTexts(const QList<Block> &blocks, bool withFigures = false);

} // namespace Flexwonen::Report
