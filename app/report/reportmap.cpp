// SPDX-License-Identifier: EUPL-1.2
#include "reportmap.h"

#include "kb/knowledgebase.h"

#include <memory>

namespace Flexwonen::Report {

MapSource nlMapSource(const RegionMunicipalities &municipalities)
{
    // Parsing the map data once per process keeps a report well inside its time budget; each
    // source shares that geometry and adds the regions of its own knowledge base.
    static const NlMap base;
    if (!base.isValid())
        return placeholderMap();
    auto map = std::make_shared<NlMap>(base);
    map->setRegionMunicipalities(municipalities);
    MapSource source;
    source.credits = NlMap::dutchCredits();
    source.paint = [map](QPainter &painter, const QRectF &rect, const QString &regionId,
                         const QString &municipality) {
        MapPaintOptions options;
        options.highlight = regionId;
        options.municipality = municipality;
        options.labels = true;
        options.legend = MapLegendPlacement::Below; // 8 pt, like the sources
        options.legendPointSize = 8;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        map->paint(painter, rect, options);
        painter.restore();
    };
    source.describe = [map](const QString &regionId, const QString &municipality) {
        MapPaintOptions options;
        options.highlight = regionId;
        options.municipality = municipality;
        return map->describe(options);
    };
    return source;
}

MapSource nlMapSource(Kb::KnowledgeBase &kb)
{
    return nlMapSource(kb.municipalitiesByRegion());
}

} // namespace Flexwonen::Report
