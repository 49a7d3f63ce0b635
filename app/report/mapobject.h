// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportcontent.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace Flexwonen::Report {

// Draws a map inside the text flow of a QTextDocument, as vectors, at layout size.
class MapObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 7;
    enum Property { RegionId = QTextFormat::UserProperty + 1, WidthMm, HeightMm };

    MapObject(MapPainter painter, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // Registers a handler on doc and swaps every ReportContent::mapMarker paragraph for a map.
    static void install(QTextDocument &doc, const MapPainter &painter);

private:
    MapPainter m_painter;
};

} // namespace Flexwonen::Report
