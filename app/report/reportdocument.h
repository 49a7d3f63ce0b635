// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

#include <memory>
#include <QList>

class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

namespace Flexwonen::Report {

// Lays a report out in pages for one paged device (the window's QPrinter for print preview and
// printing) and paints them with a header (the title) and a footer (note, "Pagina X van N").
// The QTextDocument path: the body is ReportContent::blocks made into HTML (Html::fromBlocks).
// Exported files come from PdfRenderer and OdtWriter; this stays only as long as printing
// needs it.
class ReportDocument
{
    Q_DISABLE_COPY_MOVE(ReportDocument)
public:
    struct TocEntry
    {
        QString title;
        int page = 0;
    };
    // Called after each page; returning false stops painting.
    using Progress = std::function<bool(int page, int pageCount)>;

    explicit ReportDocument(ReportContent content);
    ~ReportDocument();

    // Lays out for device's page size and resolution; returns the number of pages.
    int layout(QPagedPaintDevice &device);
    int pageCount() const { return m_pageCount; }
    QList<TocEntry> tableOfContents() const { return m_toc; }
    const ReportContent &content() const { return m_content; }
    QTextDocument &document() { return *m_doc; }

    // Paints every page on painter, which is active on the device given to layout(); calls
    // device.newPage() between pages. Returns false when progress stopped it.
    bool paint(QPainter &painter, QPagedPaintDevice &device, const Progress &progress = {});

private:
    void build(QPagedPaintDevice &device);
    void insertTableOfContents();
    void fillTableOfContents();
    void paintFrame(QPainter &painter, int page) const;

    ReportContent m_content;
    std::unique_ptr<QTextDocument> m_doc;
    QList<TocEntry> m_toc;
    QTextTable *m_tocTable = nullptr; // owned by m_doc
    int m_pageCount = 0;
    qreal m_dpi = 300;
    QRectF m_pageRect;
    QRectF m_bodyRect;
};

} // namespace Flexwonen::Report
