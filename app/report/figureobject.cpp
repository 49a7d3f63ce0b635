// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureobject.h"

#include "reportcontent.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

FigureObject::FigureObject(QList<Figure> figures, QObject *parent)
    : QObject(parent)
    , m_figures(std::move(figures))
{}

const Figure *FigureObject::figureAt(const QTextFormat &format) const
{
    const qsizetype index = format.intProperty(Index);
    return index >= 0 && index < m_figures.size() ? &m_figures[index] : nullptr;
}

QSizeF FigureObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiX() : 96.0;
    const Figure *figure = figureAt(format);
    const QSizeF mm = figure ? figure->sizeMm : QSizeF();
    return {mm.width() / 25.4 * dpi, mm.height() / 25.4 * dpi};
}

void FigureObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format)
{
    const Figure *figure = figureAt(format);
    if (figure && figure->paint) {
        painter->save();
        figure->paint(*painter, rect);
        painter->restore();
    }
}

void FigureObject::install(QTextDocument &doc, const QList<Figure> &figures)
{
    auto *handler = new FigureObject(figures, &doc);
    doc.documentLayout()->registerHandler(Type, handler);
    static const QRegularExpression marker(u"\\[\\[figuur:([0-9]+)\\]\\]"_s);
    QTextCursor cursor(&doc);
    while (true) {
        cursor = doc.find(marker, cursor);
        if (cursor.isNull())
            break;
        QTextCharFormat format;
        format.setObjectType(Type);
        format.setProperty(Index, marker.match(cursor.selectedText()).captured(1).toInt());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

} // namespace Flexwonen::Report
