// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmarkdown.h"

#include "itemmodels.h"

#include <QLocale>

namespace Flexwonen::Kb {

namespace {
QLocale dutch()
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString confidenceLabel(const QString &confidence)
{
    if (confidence == QLatin1String("medium"))
        return QStringLiteral("Niet volledig zeker");
    if (confidence == QLatin1String("low"))
        return QStringLiteral("Onzeker");
    if (confidence == QLatin1String("source-doc-only"))
        return QStringLiteral("Alleen bekend uit de aankondiging van 29 maart 2012");
    return {};
}
} // namespace

ItemMarkdown::ItemMarkdown(TitleLookup titleOf)
    : m_titleOf(std::move(titleOf))
{}

QString ItemMarkdown::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|!").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString ItemMarkdown::formatNumber(double value)
{
    const bool whole = value == double(qint64(value));
    return dutch().toString(value, 'f', whole ? 0 : 1);
}

QString ItemMarkdown::formatFigure(const Figure &f)
{
    QString value = formatNumber(f.value);
    if (f.valueMax)
        value += QStringLiteral("–") + formatNumber(*f.valueMax);
    if (f.approx)
        value = QStringLiteral("circa ") + value;
    return f.unit.isEmpty() ? value : QStringLiteral("%1 %2").arg(value, f.unit);
}

bool ItemMarkdown::isPast(const Item &event, const QDate &today)
{
    const QDate last = event.endDate.isValid() ? event.endDate : event.date;
    return last < today;
}

QString ItemMarkdown::formatDate(const QDate &date)
{
    return date.isValid() ? dutch().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString ItemMarkdown::link(const QString &id) const
{
    const QString title = m_titleOf ? m_titleOf(id) : QString();
    return QStringLiteral("[%1](kb:%2)").arg(escape(title.isEmpty() ? id : title), id);
}

QString ItemMarkdown::compose(const Item &item) const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(escape(item.title));

    QStringList facts{typeLabel(item.type, Labels::Dutch)};
    if (!item.kind.isEmpty())
        facts.append(kindLabel(item.kind, Labels::Dutch));
    if (item.date.isValid()) {
        QString when = formatDate(item.date);
        if (item.endDate.isValid())
            when += QStringLiteral(" – ") + formatDate(item.endDate);
        facts.append(when);
    }
    if (item.type == QLatin1String("event") && item.date.isValid())
        facts.append(isPast(item) ? QStringLiteral("voorbij") : QStringLiteral("komt nog"));
    if (!item.place.isEmpty())
        facts.append(escape(item.place));
    if (item.referenceYear != 0)
        facts.append(QStringLiteral("peiljaar %1").arg(item.referenceYear));
    if (!item.municipality.isEmpty())
        facts.append(QStringLiteral("gemeente %1").arg(escape(item.municipality)));
    if (!item.initiator.isEmpty())
        facts.append(QStringLiteral("initiatief: %1").arg(escape(item.initiator)));
    if (!item.region.isEmpty())
        facts.append(QStringLiteral("regio ") + link(item.region));
    if (!item.dossier.isEmpty())
        facts.append(QStringLiteral("dossier ") + link(item.dossier));
    if (item.validFrom.isValid())
        facts.append(QStringLiteral("geldig per %1").arg(formatDate(item.validFrom)));
    md += QStringLiteral("*%1*\n\n").arg(facts.join(QStringLiteral(" · ")));

    const QString confidence = confidenceLabel(item.confidence);
    if (!confidence.isEmpty())
        md += QStringLiteral("> **%1.** %2\n\n").arg(confidence, escape(item.uncertainty));

    if (!item.summary.isEmpty())
        md += QStringLiteral("**%1**\n\n").arg(escape(item.summary));
    md += item.body.trimmed() + QStringLiteral("\n\n");

    if (!item.figures.isEmpty()) {
        // A list, not a table: definitions are sentences, and a five-column table squeezes the
        // year column in a narrow reader until "2012" breaks.
        md += QStringLiteral("## Kerncijfers\n\n");
        for (const Figure &f : item.figures)
            md += QStringLiteral("- **%1:** %2 (%3). %4 Bron: [%5](%6)\n")
                      .arg(escape(f.label), escape(formatFigure(f)), QString::number(f.year),
                           escape(f.definition.trimmed()), escape(f.source.title), f.source.url);
        md += QLatin1Char('\n');
    }
    if (!item.municipalities.isEmpty()) {
        md += QStringLiteral("## Gemeenten (%1, peiljaar %2)\n\n")
                  .arg(item.municipalities.size())
                  .arg(item.municipalities.first().year);
        for (const Municipality &m : item.municipalities)
            md += QStringLiteral("- %1 (%2)\n").arg(escape(m.name), m.code);
        md += QLatin1Char('\n');
    }
    if (!item.contacts.isEmpty()) {
        md += QStringLiteral("## Contact\n\n");
        for (const Contact &c : item.contacts) {
            QString line = c.url.isEmpty() ? escape(c.name)
                                           : QStringLiteral("[%1](%2)").arg(escape(c.name), c.url);
            if (!c.role.isEmpty())
                line += QStringLiteral(" — ") + escape(c.role);
            md += QStringLiteral("- %1\n").arg(line);
        }
        md += QLatin1Char('\n');
    }
    if (!item.links.isEmpty()) {
        md += QStringLiteral("## Zie ook\n\n");
        for (const QString &id : item.links)
            md += QStringLiteral("- %1\n").arg(link(id));
        md += QLatin1Char('\n');
    }
    if (!item.sources.isEmpty()) {
        md += QStringLiteral("## Bronnen\n\n");
        for (const Source &s : item.sources)
            md += QStringLiteral("- [%1](%2)\n").arg(escape(s.title), s.url);
    }
    return md;
}

} // namespace Flexwonen::Kb
