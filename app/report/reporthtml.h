// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/item.h"
#include "reportblocks.h"

#include <QString>

namespace Flexwonen::Report::Html {

QString esc(const QString &text);
QString date(const QDate &date); // "28 maart 2012", empty for an invalid date
// Only https and http (with a host) and mailto links are printed as links: anything else
// (javascript:, file:, data:, smb:, relative names) would become a live link in a shared PDF.
bool isPrintableLink(const QString &url);

// The blocks as HTML for the QTextDocument that print preview and printing still lay out
// (ReportDocument). Every text is escaped; a figure becomes figureMarker(i) (i: its index in
// figures, which collects them) for FigureObject to swap; the table of contents becomes
// ReportContent::tocMarker(). Width of the page body in mm, for sizing figures.
QString fromBlocks(const QList<Block> &blocks, QList<Figure> &figures, qreal bodyWidthMm);
QString figureMarker(qsizetype index);

// Opens a full-width table with thin collapsed borders and padded cells.
QString gridTable();

// The style sheet every report document uses.
QString styleSheet();

// "Kwetsbaar" notes: the Dutch label of a confidence level ("" for high).
QString confidenceLabel(const QString &confidence);

} // namespace Flexwonen::Report::Html
