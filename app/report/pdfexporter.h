// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace Flexwonen::Report {

// Writes a report as an A4 PDF: fonts embedded, metadata (title, author, subject, language nl),
// atomically — the file appears complete or not at all. Throws Kb::Error.
class PdfExporter
{
public:
    enum class Overwrite { No, Yes };
    using Progress = ReportDocument::Progress;

    // The PDF bytes, laid out and painted in memory.
    static QByteArray render(ReportDocument &report, const Progress &progress = {});

    // Checks the target, renders and writes path via a temporary file in the same folder.
    // Returns false when progress cancelled (nothing written).
    static bool write(ReportDocument &report, const QString &path, Overwrite overwrite,
                      const Progress &progress = {});

    // The same for the report's blocks, laid out and tagged by PdfRenderer.
    static bool write(const ReportContent &content, const QString &path, Overwrite overwrite,
                      const Progress &progress = {});

    // Refuses a target that cannot be written: missing folder, not a folder, an existing file
    // without overwrite. Throws Kb::Error with a Dutch message.
    static void checkTarget(const QString &path, Overwrite overwrite);

    // Writes bytes to path via QSaveFile (temporary file + rename). Throws Kb::Error.
    static void saveAtomically(const QString &path, const QByteArray &bytes);
};

} // namespace Flexwonen::Report
