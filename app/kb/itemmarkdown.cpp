// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmarkdown.h"

#include "itemfields.h"
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

QString figuresSection(const QList<Figure> &figures)
{
    if (figures.isEmpty())
        return {};
    // A list, not a table: definitions are sentences, and a five-column table squeezes the
    // year column in a narrow reader until "2012" breaks.
    QString md = QStringLiteral("## Kerncijfers\n\n");
    for (const Figure &f : figures)
        md += QStringLiteral("- **%1:** %2 (%3). %4 Bron: [%5](%6)\n")
                  .arg(ItemMarkdown::escape(f.label),
                       ItemMarkdown::escape(ItemMarkdown::formatFigure(f)), QString::number(f.year),
                       ItemMarkdown::escape(f.definition.trimmed()),
                       ItemMarkdown::escape(f.source.title), f.source.url);
    return md + QLatin1Char('\n');
}

QString municipalitiesSection(const QList<Municipality> &municipalities)
{
    if (municipalities.isEmpty())
        return {};
    QString md = QStringLiteral("## Gemeenten (%1, peiljaar %2)\n\n")
                     .arg(municipalities.size())
                     .arg(municipalities.first().year);
    for (const Municipality &m : municipalities)
        md += QStringLiteral("- %1 (%2)\n").arg(ItemMarkdown::escape(m.name), m.code);
    return md + QLatin1Char('\n');
}

QString contactsSection(const QList<Contact> &contacts)
{
    if (contacts.isEmpty())
        return {};
    QString md = QStringLiteral("## Contact\n\n");
    for (const Contact &c : contacts) {
        QString line = c.url.isEmpty()
                           ? ItemMarkdown::escape(c.name)
                           : QStringLiteral("[%1](%2)").arg(ItemMarkdown::escape(c.name), c.url);
        if (!c.role.isEmpty())
            line += QStringLiteral(" — ") + ItemMarkdown::escape(c.role);
        md += QStringLiteral("- %1\n").arg(line);
    }
    return md + QLatin1Char('\n');
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

QString ItemMarkdown::factValue(const Item &item, const ItemField &field) const
{
    switch (field.field) {
    case Field::Kind:
        return kindLabel(item.kind, Labels::Dutch);
    case Field::Date:
        return item.endDate.isValid()
                   ? formatDate(item.date) + QStringLiteral(" – ") + formatDate(item.endDate)
                   : formatDate(item.date);
    case Field::Region:
        return link(item.region);
    case Field::Dossier:
        return link(item.dossier);
    default:
        break;
    }
    if (const auto text = std::get_if<QString Item::*>(&field.item))
        return escape(item.*(*text));
    if (const auto day = std::get_if<QDate Item::*>(&field.item))
        return formatDate(item.*(*day));
    if (const auto number = std::get_if<int Item::*>(&field.item))
        return QString::number(item.*(*number));
    return {};
}

QString ItemMarkdown::facts(const Item &item) const
{
    QStringList facts{typeLabel(item.type, Labels::Dutch)};
    for (const ItemField &field : itemFields()) {
        if (!field.fact || !isSet(item, field))
            continue;
        facts.append(factText(field.field, factValue(item, field)));
        if (field.field == Field::Date && item.type == ItemType::Event)
            facts.append(isPast(item) ? QStringLiteral("voorbij") : QStringLiteral("komt nog"));
    }
    return facts.join(QStringLiteral(" · "));
}

QString ItemMarkdown::compose(const Item &item) const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(escape(item.title));
    md += QStringLiteral("*%1*\n\n").arg(facts(item));

    const QString confidence = confidenceLabel(item.confidence);
    if (!confidence.isEmpty())
        md += QStringLiteral("> **%1.** %2\n\n").arg(confidence, escape(item.uncertainty));

    if (!item.summary.isEmpty())
        md += QStringLiteral("**%1**\n\n").arg(escape(item.summary));
    md += item.body.trimmed() + QStringLiteral("\n\n");

    md += figuresSection(item.figures);
    md += municipalitiesSection(item.municipalities);
    md += contactsSection(item.contacts);
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
