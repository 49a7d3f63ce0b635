// SPDX-License-Identifier: EUPL-1.2
#include "itemsection.h"

#include "kb/itemfields.h"
#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "markdownblocks.h"
#include "reportparts.h"
#include "reportwords.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

Table figuresTable(const QList<Kb::Figure> &figures)
{
    // Definition and source share the widest column: five narrow columns made every row six
    // or seven lines tall.
    Table t =
        headedTable({u"Cijfer"_s, u"Waarde"_s, u"Jaar"_s, u"Definitie en bron"_s}, {26, 18, 8, 48});
    for (const Kb::Figure &f : figures) {
        TableCell about = cellOf(f.definition);
        Paragraph source = paragraphOf({plain(u"Bron: "_s), linkRun(f.source.title, f.source.url)});
        if (f.source.accessed.isValid())
            source.runs.append(plain(accessedSuffix(f.source.accessed)));
        about.paragraphs.append(std::move(source));
        t.rows.append({cellOf(f.label), cellOf(Kb::ItemMarkdown::formatFigure(f)),
                       cellOf(QString::number(f.year)), about});
    }
    return t;
}

QList<Block> itemSectionBlocks(const Kb::Item &item, const TitleLookup &titleOf, int level)
{
    const auto title = [&titleOf](const QString &id) {
        const QString t = titleOf ? titleOf(id) : QString();
        return t.isEmpty() ? id : t;
    };
    QStringList facts;
    facts.append(item.kind.isEmpty() ? Kb::typeLabel(item.type, Kb::Labels::Dutch)
                                     : Kb::kindLabel(item.kind, Kb::Labels::Dutch));
    if (item.date.isValid()) {
        QString when = reportDate(item.date);
        if (item.endDate.isValid())
            when += u" – "_s + reportDate(item.endDate);
        facts.append(when);
    }
    if (item.type == Kb::ItemType::Document || item.type == Kb::ItemType::Pilot ||
        !item.region.isEmpty())
        facts.append(item.region.isEmpty() ? u"landelijk of regio-overstijgend"_s
                                           : Kb::factText(Kb::Field::Region, title(item.region)));
    // The fields' labels are the knowledge base's (Kb::itemFields); the order is the report's.
    if (!item.municipality.isEmpty())
        facts.append(Kb::factText(Kb::Field::Municipality, item.municipality));
    if (!item.initiator.isEmpty())
        facts.append(Kb::factText(Kb::Field::Initiator, item.initiator));
    if (!item.place.isEmpty())
        facts.append(Kb::factText(Kb::Field::Place, item.place));
    if (item.validFrom.isValid())
        facts.append(Kb::factText(Kb::Field::ValidFrom, reportDate(item.validFrom)));

    const int sub = std::min(level + 1, 3);
    QList<Block> blocks;
    blocks.append(itemHeading(level, item.title, item.id));
    blocks.append(Block::paragraph(paragraphOf({italic(facts.join(u" · "_s))})));
    const QString confidence = confidenceLabel(item.confidence);
    if (!confidence.isEmpty())
        blocks.append(
            Block::paragraph(paragraphOf({bold(confidence + u". "_s), plain(item.uncertainty)})));
    if (!item.summary.isEmpty())
        blocks.append(Block::paragraph(paragraphOf({bold(item.summary)})));
    blocks.append(markdownBlocks(item.body, sub));
    if (!item.figures.isEmpty()) {
        blocks.append(Block::heading(sub, u"Kerncijfers"_s));
        blocks.append(Block::tableBlock(figuresTable(item.figures)));
    }
    if (!item.municipalities.isEmpty()) {
        QStringList names;
        for (const Kb::Municipality &m : item.municipalities)
            names.append(m.name);
        blocks.append(Block::heading(sub, u"Gemeenten (%1, peiljaar %2)"_s.arg(names.size())
                                              .arg(item.municipalities.first().year)));
        blocks.append(Block::paragraph(names.join(u", "_s)));
    }
    if (!item.sources.isEmpty()) {
        blocks.append(Block::heading(sub, u"Bronnen"_s));
        blocks.append(sourceBlocks(item.sources));
    }
    return blocks;
}

} // namespace Flexwonen::Report
