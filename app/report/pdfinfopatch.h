// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Flexwonen::Report {

// What the PDF's document information dictionary and catalog should say.
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString language = QStringLiteral("nl-NL");
};

// Qt 6.4's QPdfWriter writes only Title, Creator and Producer in the Info dictionary and no
// /Lang. This appends a PDF incremental update (new Info and Catalog objects, an xref section
// and a trailer pointing back with /Prev) that adds Author, Subject, Keywords and /Lang,
// leaving Qt's bytes untouched. Returns the input unchanged if it cannot parse the trailer.
QByteArray addPdfInfo(const QByteArray &pdf, const PdfInfo &info);

} // namespace Flexwonen::Report
