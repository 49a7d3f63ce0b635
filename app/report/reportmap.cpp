// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportmap.h"

#include "nlmap.h"

#include <memory>

namespace Flexwonen::Report {

MapSource nlMapSource()
{
    // Parsing the GeoJSON once per process keeps a report well inside its time budget.
    static const auto map = std::make_shared<const NlMap>();
    if (!map->isValid())
        return placeholderMap();
    MapSource source;
    source.credits = NlMap::dutchCredits();
    source.paint = [](QPainter &painter, const QRectF &rect, const QString &regionId) {
        MapPaintOptions options;
        options.highlight = regionId;
        options.labels = true;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        map->paint(painter, rect, options);
        painter.restore();
    };
    return source;
}

} // namespace Flexwonen::Report
