// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemsection.h"

#include "kb/itemfields.h"
#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "reporthtml.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

using namespace Html;

QString figuresTableHtml(const QList<Kb::Figure> &figures)
{
    if (figures.isEmpty())
        return {};
    QString html = gridTable() + u"<tr><th width=\"22%\">Cijfer</th><th width=\"17%\">Waarde"
                                 "</th><th width=\"8%\">Jaar</th><th width=\"31%\">Definitie</th>"
                                 "<th width=\"22%\">Bron</th></tr>"_s;
    for (const Kb::Figure &f : figures)
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"small\">%4</td>"
                "<td class=\"small\">%5</td></tr>"_s.arg(
                    esc(f.label), esc(Kb::ItemMarkdown::formatFigure(f)), QString::number(f.year),
                    esc(f.definition), esc(f.source.title));
    return html + u"</table>"_s;
}

QString itemSectionHtml(const Kb::Item &item, const TitleLookup &titleOf)
{
    const auto title = [&titleOf](const QString &id) {
        const QString t = titleOf ? titleOf(id) : QString();
        return t.isEmpty() ? id : t;
    };
    QStringList facts;
    facts.append(item.kind.isEmpty() ? Kb::typeLabel(item.type, Kb::Labels::Dutch)
                                     : Kb::kindLabel(item.kind, Kb::Labels::Dutch));
    if (item.date.isValid()) {
        QString when = date(item.date);
        if (item.endDate.isValid())
            when += u" – "_s + date(item.endDate);
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
        facts.append(Kb::factText(Kb::Field::ValidFrom, date(item.validFrom)));

    QString html =
        u"<h2>%1</h2><p class=\"meta\">%2</p>"_s.arg(esc(item.title), esc(facts.join(u" · "_s)));
    const QString confidence = confidenceLabel(item.confidence);
    if (!confidence.isEmpty())
        html += u"<p class=\"note\"><b>%1.</b> %2</p>"_s.arg(confidence, esc(item.uncertainty));
    if (!item.summary.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(esc(item.summary));
    if (!item.body.trimmed().isEmpty())
        html += markdown(item.body);
    if (!item.figures.isEmpty())
        html += u"<h4>Kerncijfers</h4>"_s + figuresTableHtml(item.figures);
    if (!item.municipalities.isEmpty()) {
        QStringList names;
        for (const Kb::Municipality &m : item.municipalities)
            names.append(m.name);
        html += u"<h4>Gemeenten (%1, peiljaar %2)</h4><p>%3</p>"_s.arg(
            QString::number(names.size()), QString::number(item.municipalities.first().year),
            esc(names.join(u", "_s)));
    }
    if (!item.sources.isEmpty())
        html += u"<h4>Bronnen</h4>"_s + sourceList(item.sources);
    return html;
}

} // namespace Flexwonen::Report
