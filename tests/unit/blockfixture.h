// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "report/reportcontent.h"

namespace Flexwonen::Test {

// Report content built as blocks, for the tagged-PDF renderer's tests and benchmark. Every text
// unit (heading, paragraph, list item, table cell) carries a unique tag such as "[s2p07]", so a
// test can find each one exactly in extracted text.
struct SyntheticOptions
{
    int sections = 6;
    int paragraphsPerSection = 11;
    int tableRows = 120; // the table of section 2, plus its header row
    bool hostile = true; // markup, format strings, bidi overrides, unsafe links, long words
    // Paints the figures; empty: a small vector chart with two labels.
    std::function<void(QPainter &, const QRectF &)> figurePainter;
};

// A rich document: three heading levels, a contents block, paragraphs with bold, italic and
// links (external, internal, unsafe), nested ordered and unordered lists, a long table with a
// header row, figures with captions, a columns block, non-Latin text and hostile text.
Report::ReportContent syntheticReport(const SyntheticOptions &options = {});

// About one page, like a region overview: a map figure beside key facts, a table of
// municipalities, lists and sources.
Report::ReportContent
syntheticOverview(const std::function<void(QPainter &, const QRectF &)> &mapPainter = {});

// The same content as HTML for QTextDocument (the benchmark's floor).
QString syntheticHtml(const QList<Report::Block> &blocks);

} // namespace Flexwonen::Test
