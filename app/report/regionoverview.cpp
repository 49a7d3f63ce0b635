// SPDX-License-Identifier: EUPL-1.2
#include "regionoverview.h"

#include "itemsection.h"
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "keyfigurechart.h"
#include "markdownblocks.h"
#include "reportbuilder.h"
#include "reportparts.h"
#include "reportwords.h"

#include <optional>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

bool isAgreement(const Kb::ItemSummary &s)
{
    return s.type == Kb::ItemType::Document &&
           (s.kind == QLatin1String("convenant") || s.kind == QLatin1String("beleidsregel"));
}

bool isNorm(const Kb::ItemSummary &s)
{
    return s.type == Kb::ItemType::Document &&
           (s.kind == QLatin1String("norm") || s.kind == QLatin1String("wet"));
}

constexpr qreal MapWidthMm = 78;
constexpr qreal MapHeightMm = 88;

// "Kaart van Nederland waarop de regio X is gemarkeerd: de 19 gemeenten A, B … en Z (2012)."
QString mapAltText(const Kb::Item &region)
{
    QStringList names;
    for (const Kb::Municipality &m : region.municipalities)
        names.append(m.name);
    QString text = u"Kaart van Nederland waarop de regio %1 is gemarkeerd"_s.arg(region.title);
    if (names.isEmpty())
        return text + u'.';
    const int year = region.municipalities.first().year;
    const QString list =
        names.size() == 1 ? names.first()
                          : names.mid(0, names.size() - 1).join(u", "_s) + u" en "_s + names.last();
    text += names.size() == 1 ? u": de gemeente %1"_s.arg(list)
                              : u": de %1 gemeenten %2"_s.arg(names.size()).arg(list);
    if (year > 0)
        text += u" (%1)"_s.arg(year);
    return text + u'.';
}

class Overview
{
public:
    Overview(const ReportContext &context, const Kb::Item &region, const Kb::Municipality &marked)
        : m_context(context)
        , m_kb(context.kb)
        , m_region(region)
        , m_marked(marked)
    {
        for (const Kb::ItemSummary &s : m_kb.list({}))
            m_all.append(s);
        m_linked = QSet<QString>(region.links.cbegin(), region.links.cend());
    }

    QList<Block> blocks()
    {
        intro();
        figures();
        agreements();
        norms();
        examples();
        openPoints();
        contacts();
        sources();
        assignAnchors(m_blocks);
        return std::move(m_blocks);
    }

private:
    bool inRegion(const Kb::ItemSummary &s) const
    {
        return s.region == m_region.id || m_linked.contains(s.id);
    }

    void section(const QString &title, const QString &anchor)
    {
        m_blocks.append(Block::heading(2, title, anchor));
    }

    // A note under an agreement or norm when the knowledge base is not sure of it.
    std::optional<Paragraph> noteFor(const Kb::ItemSummary &s) const
    {
        const auto item = m_kb.item(s.id);
        if (!item)
            return std::nullopt;
        const QString label = confidenceLabel(item->confidence);
        if (label.isEmpty())
            return std::nullopt;
        return paragraphOf({italic(u"%1: %2"_s.arg(label, item->uncertainty))});
    }

    void intro()
    {
        const int year = m_region.referenceYear > 0          ? m_region.referenceYear
                         : m_region.municipalities.isEmpty() ? 0
                                                             : m_region.municipalities.first().year;
        m_blocks.append(Block::heading(1, u"Regio-overzicht voor de raad: %1"_s.arg(m_region.title),
                                       u"regio-overzicht"_s));
        m_blocks.append(
            Block::paragraph(paragraphOf({plain(u"Regio "_s), bold(m_region.title),
                                          plain(u" · peiljaar %1 · afgedrukt op %2"_s.arg(
                                              year > 0 ? QString::number(year) : u"onbekend"_s,
                                              reportDate(m_context.printDate)))})));

        QList<Block> left;
        Figure map;
        map.sizeMm = QSizeF(MapWidthMm, MapHeightMm);
        // The map says what it draws (the region's own municipalities, the other regions); a
        // map without a describer gets the knowledge base's list.
        if (m_context.map.describe)
            map.altText = m_context.map.describe(m_region.id, m_marked.code);
        if (map.altText.isEmpty()) {
            map.altText = mapAltText(m_region);
            if (!m_marked.name.isEmpty())
                map.altText +=
                    u" De gemeente %1 is omlijnd en met een stip aangegeven."_s.arg(m_marked.name);
        }
        const MapPainter painter = m_context.map.paint;
        const QString id = m_region.id;
        const QString code = m_marked.code;
        map.paint = [painter, id, code](QPainter &p, const QRectF &rect) {
            if (painter)
                painter(p, rect, id, code);
        };
        left.append(Block::figureBlock(std::move(map)));
        if (!m_context.map.credits.isEmpty())
            left.append(Block::paragraph(m_context.map.credits, TextRole::Caption));

        QList<Block> right;
        if (!m_region.summary.isEmpty())
            right.append(Block::paragraph(m_region.summary));
        QStringList names;
        for (const Kb::Municipality &m : m_region.municipalities)
            names.append(m.name);
        right.append(Block::heading(2,
                                    u"Gemeenten (%1, peiljaar %2)"_s.arg(names.size())
                                        .arg(year > 0 ? QString::number(year) : u"–"_s),
                                    u"gemeenten"_s));
        if (names.isEmpty()) {
            right.append(Block::paragraph(u"Geen gemeenten vastgelegd."_s));
        } else {
            // The municipality the reader came from stands out in the list (bold) and is named.
            Paragraph list;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const bool marked = !m_marked.name.isEmpty() && names[i] == m_marked.name;
                list.runs.append(marked ? bold(names[i]) : plain(names[i]));
                if (i + 1 < names.size())
                    list.runs.append(plain(u", "_s));
            }
            right.append(Block::paragraph(list));
            if (!m_marked.name.isEmpty())
                right.append(Block::paragraph(
                    paragraphOf({plain(u"Gemarkeerd op de kaart: gemeente "_s), bold(m_marked.name),
                                 plain(u" (%1)."_s.arg(m_marked.code))})));
        }

        Columns columns;
        columns.weights = {48, 52};
        columns.columns = {left, right};
        m_blocks.append(Block::columnsBlock(std::move(columns)));
    }

    void figures()
    {
        section(u"Kerncijfers"_s, u"kerncijfers"_s);
        if (m_region.figures.isEmpty()) {
            m_blocks.append(
                Block::paragraph(u"Voor deze regio zijn geen kerncijfers vastgelegd."_s));
            return;
        }
        Table table = figuresTable(m_region.figures);
        table.summary = u"De kerncijfers van %1 met jaar, definitie en bron"_s.arg(m_region.title);
        m_blocks.append(Block::tableBlock(std::move(table)));
        QList<Kb::Item> regions;
        for (const Kb::ItemSummary &s : std::as_const(m_all)) {
            if (s.type != Kb::ItemType::Region)
                continue;
            if (const auto item = m_kb.item(s.id))
                regions.append(*item);
        }
        const KeyFigureChart chart = KeyFigureChart::forRegion(m_region, regions);
        if (!chart.isUseful())
            return;
        m_blocks.append(Block::figureBlock(chart.figure()));
        m_blocks.append(Block::paragraph(chart.caption(), TextRole::Caption));
    }

    void agreements()
    {
        section(u"Afspraken en stand van zaken"_s, u"afspraken"_s);
        Table table = headedTable({u"Afspraak"_s, u"Datum"_s, u"Stand van zaken"_s}, {33, 15, 52});
        for (const Kb::ItemSummary &s : std::as_const(m_all)) {
            if (!isAgreement(s) || !inRegion(s))
                continue;
            TableCell what = cellOf(s.title);
            what.paragraphs.append(paragraphOf({italic(Kb::kindLabel(s.kind, Kb::Labels::Dutch))}));
            TableCell state = cellOf(s.summary);
            if (const auto note = noteFor(s))
                state.paragraphs.append(*note);
            table.rows.append({what, cellOf(reportDate(s.date)), state});
        }
        if (table.rows.size() == 1) {
            m_blocks.append(
                Block::paragraph(u"Geen regionale afspraken vastgelegd in de kennisbank."_s));
            return;
        }
        table.summary = u"Regionale afspraken met datum en stand van zaken"_s;
        m_blocks.append(Block::tableBlock(std::move(table)));
    }

    // The norms are the same for every region and their titles carry the rule ("3,5 m² per
    // persoon"): title, date and any doubt, so the overview stays within two pages (brief §3.3:
    // "applicable norms with their effective date"); the content is in the knowledge base.
    void norms()
    {
        section(u"Geldende normen en regels"_s, u"normen"_s);
        Table table = headedTable({u"Norm of regel"_s, u"Geldig per"_s}, {80, 20});
        for (const Kb::ItemSummary &s : std::as_const(m_all)) {
            if (!isNorm(s))
                continue;
            TableCell what = cellOf(s.title);
            if (const auto note = noteFor(s))
                what.paragraphs.append(*note);
            table.rows.append({what, cellOf(s.date.isValid() ? reportDate(s.date) : u"–"_s)});
        }
        if (table.rows.size() == 1) {
            m_blocks.append(Block::paragraph(u"Geen normen vastgelegd."_s));
            return;
        }
        table.summary = u"Normen en regels met de datum waarop ze gelden"_s;
        m_blocks.append(Block::tableBlock(std::move(table)));
    }

    Block exampleItem(const Kb::ItemSummary &s, bool elsewhere) const
    {
        QString where;
        if (!s.municipality.isEmpty())
            where = s.municipality;
        if (elsewhere) {
            const auto region =
                s.region.isEmpty() ? std::optional<Kb::Item>() : m_kb.item(s.region);
            where += (where.isEmpty() ? QString() : u", "_s) +
                     (region ? region->title : u"buiten de acht regio's"_s);
        }
        const QString kind =
            s.type == Kb::ItemType::Pilot ? u"Pilot"_s : Kb::kindLabel(s.kind, Kb::Labels::Dutch);
        return Block::listItem(paragraphOf(
            {bold(s.title), plain(u" (%1%2). %3"_s.arg(
                                kind, where.isEmpty() ? QString() : u", "_s + where, s.summary))}));
    }

    void examples()
    {
        QList<Block> here;
        QList<Block> elsewhere;
        for (const Kb::ItemSummary &s : std::as_const(m_all)) {
            const bool example =
                s.type == Kb::ItemType::Pilot ||
                (s.type == Kb::ItemType::Document && s.kind == QLatin1String("praktijkvoorbeeld"));
            if (!example)
                continue;
            if (inRegion(s))
                here.append(exampleItem(s, false));
            else if (s.type == Kb::ItemType::Pilot && elsewhere.size() < 3)
                elsewhere.append(exampleItem(s, true));
        }
        section(u"Pilots en goede voorbeelden"_s, u"voorbeelden"_s);
        if (!here.isEmpty()) {
            m_blocks.append(here);
            return;
        }
        m_blocks.append(Block::paragraph(
            u"In deze regio zijn geen pilots of praktijkvoorbeelden vastgelegd."_s));
        if (!elsewhere.isEmpty()) {
            m_blocks.append(Block::paragraph(u"Pilots elders:"_s));
            m_blocks.append(elsewhere);
        }
    }

    // The paragraphs and list items under the body's "Open punten…" heading, as list items.
    QList<Block> openPointsInBody() const
    {
        QList<Block> points;
        bool inSection = false;
        int sectionLevel = 0;
        for (const Block &b : markdownBlocks(m_region.body, 2)) {
            if (b.kind == Block::Kind::Heading) {
                if (inSection && b.level <= sectionLevel)
                    inSection = false;
                if (!inSection && b.text.plainText().trimmed().startsWith(u"Open punten"_s,
                                                                          Qt::CaseInsensitive)) {
                    inSection = true;
                    sectionLevel = b.level;
                }
                continue;
            }
            if (!inSection)
                continue;
            if (b.kind == Block::Kind::Paragraph)
                points.append(Block::listItem(b.text));
            else if (b.kind == Block::Kind::ListItem)
                points.append(b);
            else
                points.append(b); // a table stays a table
        }
        return points;
    }

    void openPoints()
    {
        QList<Block> points = openPointsInBody();
        if (!confidenceLabel(m_region.confidence).isEmpty())
            points.append(Block::listItem(paragraphOf({plain(m_region.uncertainty)})));
        for (const Kb::ItemSummary &s : std::as_const(m_all)) {
            if (s.type == Kb::ItemType::Event && s.date > m_context.printDate &&
                (s.region.isEmpty() || s.region == m_region.id))
                points.append(Block::listItem(
                    paragraphOf({plain(u"%1: %2"_s.arg(reportDate(s.date), s.title))})));
        }
        section(u"Open punten en volgende stappen"_s, u"open-punten"_s);
        if (points.isEmpty())
            m_blocks.append(Block::paragraph(u"Geen open punten of komende data vastgelegd."_s));
        else
            m_blocks.append(points);
    }

    void contacts()
    {
        section(u"Contact"_s, u"contact"_s);
        if (m_region.contacts.isEmpty()) {
            m_blocks.append(Block::paragraph(u"Geen contactgegevens vastgelegd."_s));
            return;
        }
        for (const Kb::Contact &c : m_region.contacts) {
            Paragraph p = paragraphOf({bold(c.name)});
            if (!c.role.isEmpty())
                p.runs.append(plain(u" — "_s + c.role));
            if (!c.url.isEmpty())
                p.runs.append(linkRun(u" "_s + c.url, c.url));
            m_blocks.append(Block::listItem(std::move(p)));
        }
    }

    void sources()
    {
        QList<Kb::Source> all = m_region.sources;
        for (const Kb::Figure &f : m_region.figures) {
            if (!all.contains(f.source))
                all.append(f.source);
        }
        section(u"Bronnen"_s, u"bronnen"_s);
        m_blocks.append(sourceBlocks(all));
    }

    const ReportContext &m_context;
    Kb::KnowledgeBase &m_kb;
    const Kb::Item &m_region;
    QList<Kb::ItemSummary> m_all;
    QSet<QString> m_linked;
    Kb::Municipality m_marked;
    QList<Block> m_blocks;
};

} // namespace

ReportContent regionOverview(const ReportContext &context, const QString &regionId,
                             const QString &municipality)
{
    const auto region = context.kb.item(regionId);
    if (!region || region->type != Kb::ItemType::Region)
        throw Kb::Error(Kb::Error::Kind::NotFound, u"Onbekende regio '%1'"_s.arg(regionId));
    Kb::Municipality marked;
    if (!municipality.isEmpty()) {
        for (const Kb::Municipality &m : region->municipalities) {
            if (m.name == municipality)
                marked = m;
        }
        if (marked.name.isEmpty())
            throw Kb::Error(Kb::Error::Kind::NotFound,
                            u"De gemeente '%1' hoort niet bij regio %2"_s.arg(municipality.left(80),
                                                                              region->title));
    }
    ReportContent content;
    content.title = u"Regio-overzicht voor de raad — %1"_s.arg(region->title);
    content.subject = u"Huisvesting van arbeidsmigranten in de regio %1: gemeenten, kerncijfers, "
                      "afspraken, normen, pilots en contacten"_s.arg(region->title);
    content.footerNote = context.footerNote;
    content.blocks = Overview(context, *region, marked).blocks();
    return content;
}

} // namespace Flexwonen::Report
