// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapobject.h"

#include "reportfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {
constexpr qreal DefaultWidthMm = 78;
constexpr qreal DefaultHeightMm = 88;
} // namespace

QString ReportContent::mapMarker(const QString &regionId)
{
    return u"[[kaart:%1]]"_s.arg(regionId);
}

QString ReportContent::tocMarker()
{
    return u"[[inhoud]]"_s;
}

MapSource placeholderMap()
{
    MapSource source;
    source.credits = u"Kaartgegevens: Kadaster / CBS, 2012; Made with Natural Earth."_s;
    source.paint = [](QPainter &p, const QRectF &rect, const QString &regionId) {
        p.save();
        p.setPen(QPen(QColor(0x9a, 0xab, 0xbb), rect.width() / 300));
        p.setBrush(QColor(0xf2, 0xf6, 0xf8));
        p.drawRect(rect);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.setFont(reportFont(8));
        p.drawText(rect.adjusted(rect.width() / 20, 0, -rect.width() / 20, 0),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   u"Kaart van Nederland met regio %1 gemarkeerd"_s.arg(regionId));
        p.restore();
    };
    source.describe = [](const QString &regionId) {
        return u"Kaart van Nederland met regio %1 gemarkeerd."_s.arg(regionId);
    };
    return source;
}

MapObject::MapObject(MapPainter painter, QObject *parent)
    : QObject(parent)
    , m_painter(std::move(painter))
{}

QSizeF MapObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiX() : 96.0;
    const qreal w = format.hasProperty(WidthMm) ? format.doubleProperty(WidthMm) : DefaultWidthMm;
    const qreal h =
        format.hasProperty(HeightMm) ? format.doubleProperty(HeightMm) : DefaultHeightMm;
    return {w / 25.4 * dpi, h / 25.4 * dpi};
}

void MapObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                           const QTextFormat &format)
{
    if (m_painter)
        m_painter(*painter, rect, format.stringProperty(RegionId));
}

void MapObject::install(QTextDocument &doc, const MapPainter &painter)
{
    auto *handler = new MapObject(painter, &doc);
    doc.documentLayout()->registerHandler(Type, handler);
    static const QRegularExpression marker(u"\\[\\[kaart:([a-z0-9-]*)\\]\\]"_s);
    QTextCursor cursor(&doc);
    while (true) {
        cursor = doc.find(marker, cursor);
        if (cursor.isNull())
            break;
        const QString regionId = marker.match(cursor.selectedText()).captured(1);
        QTextCharFormat format;
        format.setObjectType(Type);
        format.setProperty(RegionId, regionId);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

} // namespace Flexwonen::Report
