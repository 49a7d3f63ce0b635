// SPDX-License-Identifier: EUPL-1.2
#include "reportexport.h"

#include "odtwriter.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

std::optional<ReportExporter::Format> ReportExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    return std::nullopt;
}

QString ReportExporter::extension(Format format)
{
    return format == Format::Odt ? u"odt"_s : u"pdf"_s;
}

ReportExporter::Result ReportExporter::write(const ReportContent &content, Format format,
                                             const QString &path, PdfExporter::Overwrite overwrite,
                                             const PdfExporter::Progress &progress)
{
    Result result;
    if (format == Format::Odt) {
        PdfExporter::checkTarget(path, overwrite);
        PdfExporter::saveAtomically(path, OdtWriter::write(content));
        result.written = true;
        return result;
    }
    result.written = PdfExporter::write(content, path, overwrite, [&](int page, int pageCount) {
        result.pages = pageCount;
        return !progress || progress(page, pageCount);
    });
    return result;
}

} // namespace Flexwonen::Report
