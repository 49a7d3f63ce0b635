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
    QString creator;
    QString producer;
    QString language = QStringLiteral("nl-NL");
};

// Qt 6.4's QPdfWriter writes only Title, Creator and Producer in the Info dictionary and no
// /Lang. This appends a PDF incremental update (new Info and Catalog objects, an xref section
// and a trailer pointing back with /Prev) with the whole Info dictionary and /Lang, leaving
// Qt's bytes untouched. The new Info is written from info alone, every text a hex string:
// nothing of Qt's old dictionary (whose title bytes may hold anything) is copied, and the
// catalog is found through the xref table, never by searching the bytes. Returns the input
// unchanged if it cannot parse the trailer or the xref table.
QByteArray addPdfInfo(const QByteArray &pdf, const PdfInfo &info);

} // namespace Flexwonen::Report
