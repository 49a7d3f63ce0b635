// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pdfpainter.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

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

} // namespace Flexwonen::Report

namespace Flexwonen::Report::Pdf {

// What cairo 1.16 cannot write, added to its finished PDF with the qpdf library:
// - the catalog's /Lang, /ViewerPreferences << /DisplayDocTitle true >>, /MarkInfo
//   << /Marked true >> and an XMP metadata stream; the Info dictionary's keywords and producer;
// - /Alt and a bounding box on each Figure structure element, /Scope on header cells, a table's
//   /Summary (cairo ignores attributes of structure tags);
// - every stretch of page content outside any marked-content sequence (page header and footer,
//   rules, borders, repeated table headers) wrapped in /Artifact BMC … EMC, so assistive
//   technology reads the body and nothing else.
// The structure tree, links and outline pass through untouched. Throws Kb::Error.
class PdfPostProcessor
{
public:
    struct Input
    {
        PdfInfo info;
        QDateTime created;
        QStringList figureAlts; // in reading order, one per Figure element
        QList<FigurePlacement> figurePlacements;
        QStringList tableSummaries; // in reading order, one per Table element ("" for none)
    };

    explicit PdfPostProcessor(Input input)
        : m_input(std::move(input))
    {}

    QByteArray process(const QByteArray &pdf) const;

private:
    Input m_input;
};

} // namespace Flexwonen::Report::Pdf
