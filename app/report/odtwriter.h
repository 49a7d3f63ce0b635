// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportcontent.h"

#include <QByteArray>

namespace Flexwonen::Report {

// Writes ReportContent::blocks as an OpenDocument text file (.odt) that Word and LibreOffice
// open: named heading styles (Kop 1–3 / Heading 1–3), lists, tables with repeated header rows,
// figures as embedded images with their alternative text, metadata. Throws Kb::Error.
class OdtWriter
{
public:
    static QByteArray write(const ReportContent &content);
};

} // namespace Flexwonen::Report
