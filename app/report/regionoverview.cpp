// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionoverview.h"

#include <QRegularExpression>

#include "itemsection.h"
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "reportbuilder.h"
#include "reporthtml.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

using namespace Html;

namespace {

const QString TableHead = gridTable();

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

QString noteFor(const Kb::ItemSummary &s, Kb::KnowledgeBase &kb)
{
    const auto item = kb.item(s.id);
    if (!item)
        return {};
    const QString label = confidenceLabel(item->confidence);
    return label.isEmpty()
               ? QString()
               : u"<br/><span class=\"note\">%1: %2</span>"_s.arg(label, esc(item->uncertainty));
}

class Overview
{
public:
    Overview(const ReportContext &context, const Kb::Item &region)
        : m_context(context)
        , m_kb(context.kb)
        , m_region(region)
    {
        for (const Kb::ItemSummary &s : m_kb.list({}))
            m_all.append(s);
        m_linked = QSet<QString>(region.links.cbegin(), region.links.cend());
    }

    QString html()
    {
        QString h = intro() + figures() + agreements() + norms() + examples() + openPoints() +
                    contacts() + sources();
        return h;
    }

private:
    bool inRegion(const Kb::ItemSummary &s) const
    {
        return s.region == m_region.id || m_linked.contains(s.id);
    }

    QString intro()
    {
        const int year = m_region.referenceYear > 0          ? m_region.referenceYear
                         : m_region.municipalities.isEmpty() ? 0
                                                             : m_region.municipalities.first().year;
        QString h = u"<h1>Regio-overzicht voor de raad: %1</h1>"_s.arg(esc(m_region.title));
        h += u"<p class=\"meta\">Regio <b>%1</b> · peiljaar %2 · afgedrukt op %3</p>"_s.arg(
            esc(m_region.title), year > 0 ? QString::number(year) : u"onbekend"_s,
            date(m_context.printDate));
        QStringList names;
        for (const Kb::Municipality &m : m_region.municipalities)
            names.append(m.name);
        h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
             "<td width=\"48%\">%1<br/><span class=\"url\">%2</span></td><td width=\"4%\"></td>"
             "<td width=\"48%\">"_s.arg(esc(ReportContent::mapMarker(m_region.id)),
                                        esc(m_context.map.credits));
        h += u"<p>%1</p>"_s.arg(esc(m_region.summary));
        h += u"<h3>Gemeenten (%1, peiljaar %2)</h3><p class=\"small\">%3</p>"_s.arg(
            QString::number(names.size()), year > 0 ? QString::number(year) : u"–"_s,
            esc(names.join(u", "_s)));
        h += u"</td></tr></table>"_s;
        return h;
    }

    QString figures() const
    {
        if (m_region.figures.isEmpty())
            return u"<h2>Kerncijfers</h2><p>Voor deze regio zijn geen kerncijfers vastgelegd.</p>"_s;
        return u"<h2>Kerncijfers</h2>"_s + figuresTableHtml(m_region.figures);
    }

    QString agreements()
    {
        QString rows;
        for (const Kb::ItemSummary &s : m_all) {
            if (!isAgreement(s) || !inRegion(s))
                continue;
            rows += u"<tr><td>%1<br/><span class=\"meta\">%2</span></td><td>%3</td>"
                    "<td class=\"small\">%4%5</td></tr>"_s.arg(
                        esc(s.title), esc(Kb::kindLabel(s.kind, Kb::Labels::Dutch)), date(s.date),
                        esc(s.summary), noteFor(s, m_kb));
        }
        QString h = u"<h2>Afspraken en stand van zaken</h2>"_s;
        if (rows.isEmpty())
            return h + u"<p>Geen regionale afspraken vastgelegd in de kennisbank.</p>"_s;
        return h + TableHead +
               u"<tr><th width=\"33%\">Afspraak</th><th width=\"15%\">Datum</th>"
               "<th width=\"52%\">Stand van zaken</th></tr>"_s +
               rows + u"</table>"_s;
    }

    QString norms()
    {
        QString rows;
        for (const Kb::ItemSummary &s : m_all) {
            if (!isNorm(s))
                continue;
            rows += u"<tr><td>%1</td><td>%2</td><td class=\"small\">%3%4</td></tr>"_s.arg(
                esc(s.title), s.date.isValid() ? date(s.date) : u"–"_s, esc(s.summary),
                noteFor(s, m_kb));
        }
        QString h = u"<h2>Geldende normen en regels</h2>"_s;
        if (rows.isEmpty())
            return h + u"<p>Geen normen vastgelegd.</p>"_s;
        return h + TableHead +
               u"<tr><th width=\"29%\">Norm of regel</th><th width=\"15%\">Geldig per</th>"
               "<th width=\"56%\">Inhoud</th></tr>"_s +
               rows + u"</table>"_s;
    }

    QString exampleRow(const Kb::ItemSummary &s, bool elsewhere) const
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
        return u"<li><b>%1</b> (%2%3). %4</li>"_s.arg(
            esc(s.title), esc(kind), where.isEmpty() ? QString() : u", "_s + esc(where),
            esc(s.summary));
    }

    QString examples()
    {
        QString here;
        QString elsewhere;
        int others = 0;
        for (const Kb::ItemSummary &s : m_all) {
            const bool example =
                s.type == Kb::ItemType::Pilot ||
                (s.type == Kb::ItemType::Document && s.kind == QLatin1String("praktijkvoorbeeld"));
            if (!example)
                continue;
            if (inRegion(s))
                here += exampleRow(s, false);
            else if (s.type == Kb::ItemType::Pilot && others < 3) {
                elsewhere += exampleRow(s, true);
                ++others;
            }
        }
        QString h = u"<h2>Pilots en goede voorbeelden</h2>"_s;
        h += here.isEmpty() ? u"<p>In deze regio zijn geen pilots of praktijkvoorbeelden "
                              "vastgelegd.</p>"_s
                            : u"<ul>"_s + here + u"</ul>"_s;
        if (here.isEmpty() && !elsewhere.isEmpty())
            h += u"<p>Pilots elders:</p><ul>"_s + elsewhere + u"</ul>"_s;
        return h;
    }

    // Paragraphs and list items under the body's "## Open punten…" heading, as plain text.
    static QStringList openPointsInBody(const QString &markdown)
    {
        static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
        QStringList points;
        bool inSection = false;
        QString current;
        const auto flush = [&] {
            if (!current.trimmed().isEmpty())
                points.append(current.trimmed());
            current.clear();
        };
        for (QString line : markdown.split(u'\n')) {
            if (line.startsWith(u"## "_s)) {
                flush();
                inSection = line.mid(3).trimmed().startsWith(u"Open punten"_s, Qt::CaseInsensitive);
                continue;
            }
            if (!inSection)
                continue;
            line.replace(link, u"\\1"_s);
            line.remove(u"**"_s);
            if (line.trimmed().isEmpty() || line.startsWith(u"- "_s) || line.startsWith(u"* "_s))
                flush();
            current +=
                u' ' + (line.startsWith(u"- "_s) || line.startsWith(u"* "_s) ? line.mid(2) : line);
        }
        flush();
        return points;
    }

    QString openPoints()
    {
        QStringList points;
        for (const QString &point : openPointsInBody(m_region.body))
            points.append(esc(point));
        if (!confidenceLabel(m_region.confidence).isEmpty())
            points.append(esc(m_region.uncertainty));
        for (const Kb::ItemSummary &s : m_all) {
            if (s.type == Kb::ItemType::Event && s.date > m_context.printDate &&
                (s.region.isEmpty() || s.region == m_region.id))
                points.append(u"%1: %2"_s.arg(date(s.date), esc(s.title)));
        }
        QString h = u"<h2>Open punten en volgende stappen</h2>"_s;
        if (points.isEmpty())
            return h + u"<p>Geen open punten of komende data vastgelegd.</p>"_s;
        return h + u"<ul><li>"_s + points.join(u"</li><li>"_s) + u"</li></ul>"_s;
    }

    QString contacts() const
    {
        QString h = u"<h2>Contact</h2>"_s;
        if (m_region.contacts.isEmpty())
            return h + u"<p>Geen contactgegevens vastgelegd.</p>"_s;
        h += u"<ul>"_s;
        for (const Kb::Contact &c : m_region.contacts) {
            h += u"<li><b>%1</b>%2%3</li>"_s.arg(
                esc(c.name), c.role.isEmpty() ? QString() : u" — "_s + esc(c.role),
                c.url.isEmpty() ? QString() : u" <span class=\"url\">%1</span>"_s.arg(esc(c.url)));
        }
        return h + u"</ul>"_s;
    }

    QString sources() const
    {
        QList<Kb::Source> all = m_region.sources;
        for (const Kb::Figure &f : m_region.figures) {
            if (!all.contains(f.source))
                all.append(f.source);
        }
        return u"<h2>Bronnen</h2>"_s + sourceList(all);
    }

    const ReportContext &m_context;
    Kb::KnowledgeBase &m_kb;
    const Kb::Item &m_region;
    QList<Kb::ItemSummary> m_all;
    QSet<QString> m_linked;
};

} // namespace

ReportContent regionOverview(const ReportContext &context, const QString &regionId)
{
    const auto region = context.kb.item(regionId);
    if (!region || region->type != Kb::ItemType::Region)
        throw Kb::Error(Kb::Error::Kind::NotFound, u"Onbekende regio '%1'"_s.arg(regionId));
    ReportContent content;
    content.title = u"Regio-overzicht voor de raad — %1"_s.arg(region->title);
    content.subject = u"Huisvesting van arbeidsmigranten in de regio %1: gemeenten, kerncijfers, "
                      "afspraken, normen, pilots en contacten"_s.arg(region->title);
    content.footerNote = context.footerNote;
    content.html = Overview(context, *region).html();
    return content;
}

} // namespace Flexwonen::Report
