// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>

namespace Flexwonen::Report {

// The report typeface, DejaVu Sans from the app's resources (registered once; needs a
// QGuiApplication). Letter spacing of 100.001% keeps Qt from forming fi/fl ligatures, which
// would otherwise come out of a PDF as "ﬂexwonen" when text is copied or extracted.
QFont reportFont(qreal pointSize, bool bold = false);
QString reportFontFamily();

} // namespace Flexwonen::Report
