// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "kb/kberror.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

QByteArray PdfRenderer::render(const ReportContent &, const Progress &)
{
    // Stub until the cairo renderer lands (issue 12).
    throw Kb::Error(Kb::Error::Kind::Io, u"PDF-weergave is nog niet gebouwd."_s);
}

} // namespace Flexwonen::Report
