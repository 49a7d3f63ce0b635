// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "figureobject.h"
#include "offlinedocument.h"
#include "reportfonts.h"
#include "reporthtml.h"

#include <cmath>
#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

constexpr qreal MarginLeftMm = 18;
constexpr qreal MarginRightMm = 18;
constexpr qreal MarginTopMm = 20;    // the header sits in here
constexpr qreal MarginBottomMm = 15; // and the footer here
constexpr qreal BodyPointSize = 9;

} // namespace

ReportDocument::ReportDocument(ReportContent content)
    : m_content(std::move(content))
{}

ReportDocument::~ReportDocument() = default;

void ReportDocument::build(QPagedPaintDevice &device)
{
    m_toc.clear();
    m_tocTable = nullptr;
    m_doc = std::make_unique<OfflineTextDocument>(); // content resolves nothing
    m_doc->documentLayout()->setPaintDevice(&device);
    m_doc->setDefaultFont(reportFont(BodyPointSize));
    m_doc->setDocumentMargin(0);
    m_doc->setDefaultStyleSheet(Html::styleSheet());
    QList<Figure> figures;
    m_doc->setHtml(Html::fromBlocks(m_content.blocks, figures, 210 - MarginLeftMm - MarginRightMm));
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, m_content.title);
    FigureObject::install(*m_doc, figures);
    if (m_content.tableOfContents)
        insertTableOfContents();
}

int ReportDocument::layout(QPagedPaintDevice &device)
{
    m_dpi = device.logicalDpiY();
    const auto mm = [this](qreal v) { return v / 25.4 * m_dpi; };
    m_pageRect = QRectF(0, 0, device.width(), device.height());
    m_bodyRect = m_pageRect.adjusted(mm(MarginLeftMm), mm(MarginTopMm), -mm(MarginRightMm),
                                     -mm(MarginBottomMm));
    build(device);
    m_doc->setPageSize(m_bodyRect.size());
    if (m_content.tableOfContents)
        fillTableOfContents();
    m_pageCount = std::max(1, m_doc->pageCount());
    return m_pageCount;
}

void ReportDocument::insertTableOfContents()
{
    // Headings of level 2 after the marker are the entries.
    QTextCursor marker = m_doc->find(ReportContent::tocMarker());
    if (marker.isNull())
        return;
    for (QTextBlock b = marker.block().next(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 2)
            m_toc.append({b.text().trimmed(), 0});
    }
    marker.removeSelectedText();
    if (m_toc.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2); // CSS pixels, scaled to the device by the layout
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
    QTextTable *table = marker.insertTable(int(m_toc.size()), 2, format);
    m_tocTable = table;
    for (int row = 0; row < m_toc.size(); ++row) {
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        cell.insertText(m_toc[row].title);
        QTextCursor number = table->cellAt(row, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        number.setBlockFormat(right);
        number.insertText(u"0"_s); // replaced once the headings have pages
    }
}

void ReportDocument::fillTableOfContents()
{
    QTextTable *table = m_tocTable;
    if (!table)
        return;
    // Entries are the level-2 headings after the table, in order.
    QList<QTextBlock> headings;
    QTextCursor after(m_doc.get());
    after.setPosition(table->lastPosition());
    for (QTextBlock b = after.block().next(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 2)
            headings.append(b);
    }
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    const qreal pageHeight = m_doc->pageSize().height();
    // All pages first: writing a number invalidates the layout after it.
    for (int row = 0; row < m_toc.size() && row < headings.size(); ++row) {
        // A block pushed to the top of a page lands a hair above the page boundary.
        const qreal top = layout->blockBoundingRect(headings[row]).top() + 0.5;
        m_toc[row].page = int(std::floor(top / pageHeight)) + 1;
    }
    for (int row = 0; row < m_toc.size() && row < headings.size(); ++row) {
        QTextCursor cell = table->cellAt(row, 1).firstCursorPosition();
        cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cell.insertText(QString::number(m_toc[row].page));
    }
}

void ReportDocument::paintFrame(QPainter &painter, int page) const
{
    const auto mm = [this](qreal v) { return v / 25.4 * m_dpi; };
    painter.save();
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55)));
    painter.setFont(reportFont(7.5));
    const QRectF header(m_bodyRect.left(), mm(6), m_bodyRect.width(), mm(6));
    painter.drawText(
        header, Qt::AlignLeft | Qt::AlignBottom,
        painter.fontMetrics().elidedText(m_content.title, Qt::ElideRight, int(header.width())));
    QPen rule(QColor(0x9a, 0xab, 0xbb));
    rule.setWidthF(mm(0.2));
    painter.setPen(rule);
    painter.drawLine(QPointF(header.left(), header.bottom() + mm(1.5)),
                     QPointF(header.right(), header.bottom() + mm(1.5)));
    const qreal footerTop = m_bodyRect.bottom() + mm(4);
    painter.drawLine(QPointF(m_bodyRect.left(), footerTop), QPointF(m_bodyRect.right(), footerTop));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(m_bodyRect.left(), footerTop + mm(1), m_bodyRect.width(), mm(6));
    const QString pageText = u"Pagina %1 van %2"_s.arg(page + 1).arg(m_pageCount);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    const int noteWidth =
        int(footer.width() - painter.fontMetrics().horizontalAdvance(pageText) - mm(5));
    painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignTop,
        painter.fontMetrics().elidedText(m_content.footerNote, Qt::ElideRight, noteWidth));
    painter.restore();
}

bool ReportDocument::paint(QPainter &painter, QPagedPaintDevice &device, const Progress &progress)
{
    const qreal pageHeight = m_bodyRect.height();
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            device.newPage();
        paintFrame(painter, page);
        painter.save();
        painter.translate(m_bodyRect.left(), m_bodyRect.top() - page * pageHeight);
        const QRectF clip(0, page * pageHeight, m_bodyRect.width(), pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        painter.setClipRect(clip);
        m_doc->documentLayout()->draw(&painter, context);
        painter.restore();
        if (progress && !progress(page + 1, m_pageCount))
            return false;
    }
    return true;
}

} // namespace Flexwonen::Report
