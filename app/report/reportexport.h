// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdfexporter.h"
#include "reportcontent.h"

#include <optional>

namespace Flexwonen::Report {

// Writes a report in the format the user asked for: PDF (PdfRenderer, through PdfExporter) or
// ODT (OdtWriter); the target is checked first and the file written atomically. Throws
// Kb::Error.
class ReportExporter
{
public:
    enum class Format { Pdf, Odt };
    struct Result
    {
        bool written = false; // false: cancelled through progress, nothing written
        int pages = 0;        // the PDF's page count (0 for ODT)
    };

    // By the file name's extension (.pdf, .odt, any case); nullopt for anything else.
    static std::optional<Format> formatOf(const QString &path);
    static QString extension(Format format); // "pdf", "odt"

    static Result write(const ReportContent &content, Format format, const QString &path,
                        PdfExporter::Overwrite overwrite,
                        const PdfExporter::Progress &progress = {});
};

} // namespace Flexwonen::Report
