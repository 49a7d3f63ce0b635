// SPDX-License-Identifier: EUPL-1.2
// The placeholder map.
#include "reportcontent.h"

#include "reportfonts.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

MapSource placeholderMap()
{
    MapSource source;
    source.credits = u"Kaartgegevens: Kadaster / CBS, 2012; Made with Natural Earth."_s;
    source.paint = [](QPainter &p, const QRectF &rect, const QString &regionId, const QString &) {
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
    // No describer: the placeholder knows only the region's id, and the report names the
    // region and its municipalities from the knowledge base instead.
    return source;
}

} // namespace Flexwonen::Report
