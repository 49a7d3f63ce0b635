// SPDX-License-Identifier: EUPL-1.2
// cairo first: glib's headers use names Qt defines as macros.
#include <cairo-pdf.h>
#include <cairo.h>

#include "pdfrenderer.h"

#include "kb/kberror.h"
#include "pangofonts.h"
#include "pdfflow.h"
#include "pdfpaginator.h"
#include "pdfpainter.h"
#include "pdfpostprocessor.h"

#include <qpdf/DLL.h>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data),
                                               qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

// Who the PDF names as its author: the person, then organisation and department, as filled
// in; nobody when nothing is (the app does not put a name on a report the user did not give).
QString documentAuthor(const ReportMetadata &m)
{
    QStringList parts;
    for (const QString &part : {m.author, m.organisation, m.department}) {
        const QString p = Pdf::printableText(part).simplified();
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(u", "_s);
}

} // namespace

QByteArray PdfRenderer::render(const ReportContent &content, const Progress &progress,
                               int *pageCount)
{
    Pdf::PangoFonts fonts;
    const Pdf::TextBuilder text(fonts.context());
    Pdf::Flow flow = Pdf::FlowBuilder(text).build(content.blocks);
    const QList<Pdf::PageBoxes> pages = Pdf::Paginator().paginate(flow);
    if (pageCount)
        *pageCount = int(pages.size());

    PdfInfo info;
    info.title = Pdf::printableText(content.title).simplified();
    info.author = documentAuthor(content.metadata);
    info.subject = Pdf::printableText(content.subject).simplified();
    info.keywords = u"arbeidsmigranten, huisvesting, flexwonen"_s;
    info.creator = u"Flexwonen Kennisbank %1"_s.arg(QStringLiteral(FLEXWONEN_VERSION));
    info.producer = u"cairo %1, Pango, qpdf %2"_s.arg(QString::fromLatin1(cairo_version_string()),
                                                      QStringLiteral(QPDF_VERSION));
    const QDateTime created = QDateTime::currentDateTime();

    QByteArray bytes;
    cairo_surface_t *surface =
        cairo_pdf_surface_create_for_stream(appendTo, &bytes, Pdf::Page::Width, Pdf::Page::Height);
    const auto meta = [surface](cairo_pdf_metadata_t key, const QString &value) {
        if (!value.isEmpty())
            cairo_pdf_surface_set_metadata(surface, key, value.toUtf8().constData());
    };
    meta(CAIRO_PDF_METADATA_TITLE, info.title);
    meta(CAIRO_PDF_METADATA_AUTHOR, info.author);
    meta(CAIRO_PDF_METADATA_SUBJECT, info.subject);
    meta(CAIRO_PDF_METADATA_KEYWORDS, info.keywords);
    meta(CAIRO_PDF_METADATA_CREATOR, info.creator);
    meta(CAIRO_PDF_METADATA_CREATE_DATE,
         created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate));

    Pdf::PdfPainter painter(flow, pages, text);
    const bool finished =
        painter.paint(surface, Pdf::printableText(content.title).simplified(),
                      Pdf::printableText(content.footerNote).simplified(), progress);
    painter.addOutline(surface);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (!finished)
        return {};
    if (status != CAIRO_STATUS_SUCCESS)
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"Kan de PDF niet opmaken (cairo: %1)"_s.arg(
                            QString::fromUtf8(cairo_status_to_string(status))));

    Pdf::PdfPostProcessor::Input input;
    input.info = info;
    input.created = created;
    for (const Pdf::FigureInfo &f : flow.figures)
        input.figureAlts.append(f.altText);
    input.figurePlacements = painter.figurePlacements();
    for (const Pdf::TableInfo &t : flow.tables)
        input.tableSummaries.append(t.summary);
    return Pdf::PdfPostProcessor(std::move(input)).process(bytes);
}

} // namespace Flexwonen::Report
