// SPDX-License-Identifier: EUPL-1.2
#include "pdfprintjob.h"

#include "kb/kberror.h"

#include <algorithm>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPrinter>

namespace Flexwonen::Ui {

namespace {

// PDFium leaves the page transparent: on white, without alpha, the print engine embeds no mask.
QImage opaque(const QImage &page)
{
    if (page.isNull())
        return {};
    QImage sheet(page.size(), QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    painter.drawImage(0, 0, page);
    return sheet;
}

} // namespace

PdfPrintJob::PdfPrintJob(QByteArray pdf)
    : m_pdf(std::move(pdf))
{
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    // A random-access device whose bytes are all there: QPdfDocument loads it at once.
    m_document.load(&m_buffer);
    if (m_document.status() != QPdfDocument::Status::Ready || m_document.pageCount() < 1)
        throw Kb::Error(Kb::Error::Kind::Io,
                        tr("Het rapport kan niet worden afgedrukt: de PDF is onleesbaar."));
}

PdfPrintJob::~PdfPrintJob()
{
    m_document.close(); // before the buffer it reads goes
}

int PdfPrintJob::pageCount() const
{
    return m_document.pageCount();
}

QList<int> PdfPrintJob::sheets(const QPrinter &printer) const
{
    QList<int> pages;
    const QPageRanges ranges = printer.pageRanges();
    const bool all = printer.printRange() != QPrinter::PageRange || ranges.isEmpty();
    for (int page = 0; page < pageCount(); ++page) {
        if (all || ranges.contains(page + 1))
            pages.append(page);
    }
    if (printer.pageOrder() == QPrinter::LastPageFirst)
        std::reverse(pages.begin(), pages.end());
    // When the printing system makes the copies (CUPS), one set is sent; otherwise, as
    // QTextDocument::print does, the pages are repeated: whole sets when collated.
    const int copies = printer.supportsMultipleCopies() ? 1 : std::max(1, printer.copyCount());
    QList<int> sheets;
    sheets.reserve(pages.size() * copies);
    if (printer.collateCopies()) {
        for (int copy = 0; copy < copies; ++copy)
            sheets.append(pages);
    } else {
        for (const int page : std::as_const(pages))
            sheets.append(QList<int>(copies, page));
    }
    return sheets;
}

int PdfPrintJob::resolutionFor(QPrinter &printer)
{
    // QPrintPreviewWidget swaps in its recording engine, a QPicture per page.
    const bool preview =
        printer.paintEngine() != nullptr && printer.paintEngine()->type() == QPaintEngine::Picture;
    return std::clamp(printer.resolution(), 72, preview ? PreviewDpi : PrintDpi);
}

bool PdfPrintJob::print(QPrinter &printer, const Progress &progress)
{
    const QList<int> order = sheets(printer);
    if (order.isEmpty())
        throw Kb::Error(Kb::Error::Kind::BadInput,
                        tr("Er vallen geen pagina's van het rapport in het gekozen bereik."));
    QPainter painter;
    if (!painter.begin(&printer))
        throw Kb::Error(
            Kb::Error::Kind::Io,
            tr("Het rapport kan niet worden afgedrukt: de printer is niet bereikbaar."));
    // Qt's PDF and CUPS output would store the pages as JPEG, which smears text.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    const int dpi = resolutionFor(printer);
    // The sheet in device pixels, from the painter's origin: the paper's corner on a full-page
    // printer, else the corner of the printable area.
    QRectF sheet = printer.paperRect(QPrinter::DevicePixel);
    if (!printer.fullPage())
        sheet.translate(-printer.pageRect(QPrinter::DevicePixel).topLeft());
    for (int i = 0; i < order.size(); ++i) {
        const int page = order.at(i);
        const QSizeF points = m_document.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = opaque(m_document.render(page, pixels));
        if (image.isNull()) {
            printer.abort();
            throw Kb::Error(
                Kb::Error::Kind::Io,
                tr("Pagina %1 van het rapport kan niet worden afgedrukt.").arg(page + 1));
        }
        if (i > 0)
            printer.newPage();
        // The PDF's page fitted to the sheet, centred: A4 on A4 fills it, A4 on Letter keeps
        // its proportions.
        const QSizeF fitted = points.scaled(sheet.size(), Qt::KeepAspectRatio);
        const QRectF target(sheet.left() + (sheet.width() - fitted.width()) / 2,
                            sheet.top() + (sheet.height() - fitted.height()) / 2, fitted.width(),
                            fitted.height());
        painter.drawImage(target, image);
        if (progress && !progress(i + 1, int(order.size()))) {
            printer.abort();
            painter.end();
            return false;
        }
    }
    painter.end();
    return true;
}

} // namespace Flexwonen::Ui
