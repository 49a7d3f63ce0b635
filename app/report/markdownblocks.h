// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportblocks.h"

#include <QList>
#include <QString>

namespace Flexwonen::Report {

// An item body (GitHub Markdown, no raw HTML) as report blocks. Qt's Markdown reader parses it
// (QTextDocument::setMarkdown) and a walk over the document's frames, blocks, tables, lists and
// fragments turns what it found into blocks, in order, dropping no text:
// - headings move down so they rank below the report's own: the body's highest heading level
//   becomes topHeadingLevel, deeper ones follow, capped at 3 (the levels the writers tag);
// - lists keep their nesting (level 1 = outer) and, when ordered, their item numbers;
// - a table keeps its rows and cells; its first row (the Markdown header row) is headerRows = 1;
// - bold and italic stay runs of their own; a link stays a link only when
//   isPrintableLink accepts its target (internal kb: links and anything else become their
//   text); an image becomes the text "[afbeelding: alt]" (nothing is ever loaded);
// - each line of a code block, a quotation and a task-list item ("☐ "/"☑ " before its text)
//   become ordinary paragraphs or list items.
QList<Block> markdownBlocks(const QString &markdown, int topHeadingLevel);

// The text an image stands for in a report: "[afbeelding: alt]", or "[afbeelding]".
QString imageLabel(const QString &altText);

} // namespace Flexwonen::Report
