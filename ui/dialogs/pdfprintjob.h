// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPdfDocument>

class QPrinter;

namespace Flexwonen::Ui {

// Prints a report's own PDF (the bytes PdfExporter saves) on a QPrinter: each page rendered by
// QtPdf (PDFium) as an image at the printer's resolution and drawn over the whole sheet, so the
// printout, the print preview and the saved file have one layout (docs/decisions.md, item 56).
// Follows the printer's page ranges, copies, collation and page order. Throws Kb::Error with a
// Dutch message when the PDF cannot be read, the printer cannot start or a page is not drawn.
class PdfPrintJob
{
    Q_DECLARE_TR_FUNCTIONS(PdfPrintJob)
    Q_DISABLE_COPY_MOVE(PdfPrintJob)
public:
    // Sheets painted so far and in all; false cancels.
    using Progress = std::function<bool(int done, int total)>;
    // Paper needs no more than 300 dpi for 8 pt text; an A4 page is then about 35 MB in memory,
    // one page at a time. The print preview keeps every page in memory, so it gets less.
    static constexpr int PrintDpi = 300;
    static constexpr int PreviewDpi = 120;

    explicit PdfPrintJob(QByteArray pdf);
    ~PdfPrintJob();

    int pageCount() const;

    // The pages (0-based) printer asks for, in printing order and with the copies the printing
    // system does not make itself.
    QList<int> sheets(const QPrinter &printer) const;

    // The resolution pages are rendered at for printer: its own, at most PrintDpi, or
    // PreviewDpi while QPrintPreviewDialog records the pages.
    static int resolutionFor(QPrinter &printer);

    // Paints sheets(printer), each page fitted to the sheet. Returns false when progress
    // cancelled (the print job is aborted).
    bool print(QPrinter &printer, const Progress &progress = {});

private:
    QByteArray m_pdf;
    QBuffer m_buffer;
    QPdfDocument m_document;
};

} // namespace Flexwonen::Ui
