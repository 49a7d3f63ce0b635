// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtwriter.h"

#include "kb/kberror.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

QByteArray OdtWriter::write(const ReportContent &)
{
    // Stub until the ODT writer lands (issue 12).
    throw Kb::Error(Kb::Error::Kind::Io, u"ODT-uitvoer is nog niet gebouwd."_s);
}

} // namespace Flexwonen::Report
