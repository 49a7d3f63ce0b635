// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdfrenderer.h"
#include "reportcontent.h"

#include <QByteArray>

namespace Flexwonen::Report {

// Writes a report as a tagged A4 PDF (PdfRenderer: fonts embedded, structure, outline, links,
// metadata, language nl-NL), atomically — the file appears complete or not at all. Throws
// Kb::Error.
class PdfExporter
{
public:
    enum class Overwrite { No, Yes };
    using Progress = PdfRenderer::Progress;

    // The PDF bytes, laid out and painted in memory; empty when progress cancelled. pageCount,
    // when given, receives the number of pages.
    static QByteArray render(const ReportContent &content, const Progress &progress = {},
                             int *pageCount = nullptr);

    // Checks the target, renders and writes path via a temporary file in the same folder.
    // Returns false when progress cancelled (nothing written).
    static bool write(const ReportContent &content, const QString &path, Overwrite overwrite,
                      const Progress &progress = {}, int *pageCount = nullptr);

    // Refuses a target that cannot be written: missing folder, not a folder, an existing file
    // without overwrite. Throws Kb::Error with a Dutch message.
    static void checkTarget(const QString &path, Overwrite overwrite);

    // Writes bytes to path via QSaveFile (temporary file + rename). Throws Kb::Error.
    static void saveAtomically(const QString &path, const QByteArray &bytes);
};

} // namespace Flexwonen::Report
