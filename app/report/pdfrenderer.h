// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportcontent.h"

#include <functional>
#include <QByteArray>

namespace Flexwonen::Report {

// Lays out ReportContent::blocks on A4 pages with Pango and writes a tagged PDF with cairo:
// structure tree (H1–H3, P, L/LI, Table/TR/TH/TD, Figure with alternative text), header and
// footer as artifacts, outline from the headings, a linked contents page, clickable links,
// language nl-NL, DisplayDocTitle, embedded font subsets. Throws Kb::Error.
class PdfRenderer
{
public:
    // Called after each page is laid out or painted; returning false cancels (empty result).
    using Progress = std::function<bool(int page, int pageCount)>;

    // pageCount, when given, receives the number of pages (also when cancelled).
    static QByteArray render(const ReportContent &content, const Progress &progress = {},
                             int *pageCount = nullptr);
};

} // namespace Flexwonen::Report
