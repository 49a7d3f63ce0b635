// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kb/item.h"

#include <QString>

namespace Flexwonen::Report::Html {

QString esc(const QString &text);
QString date(const QDate &date); // "28 maart 2012", empty for an invalid date
// Only https and http (with a host) and mailto links are printed as links: anything else
// (javascript:, file:, data:, smb:, relative names) would become a live link in a shared PDF.
bool isPrintableLink(const QString &url);
QString link(const QString &text, const QString &url); // plain text unless isPrintableLink(url)
QString sourceList(const QList<Kb::Source> &sources);

// An item body (GitHub Markdown) as an HTML fragment for a report: internal kb: links become
// plain text (they cannot work on paper) and headings move down so they rank below the
// report's own sections. No image of the content survives (each becomes "[afbeelding: alt]"),
// and only isPrintableLink() links stay links; the rest is their text.
QString markdown(const QString &markdown);

// Opens a full-width table with thin collapsed borders and padded cells.
QString gridTable();

// The style sheet every report document uses.
QString styleSheet();

// "Kwetsbaar" notes: the Dutch label of a confidence level ("" for high).
QString confidenceLabel(const QString &confidence);

} // namespace Flexwonen::Report::Html
