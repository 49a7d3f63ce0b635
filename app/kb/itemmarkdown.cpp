// SPDX-License-Identifier: EUPL-1.2
#include "itemmarkdown.h"

#include "itemfields.h"
#include "itemmodels.h"

#include <QCoreApplication>
#include <QLocale>

namespace Flexwonen::Kb {

namespace {
QLocale dutch()
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands);
}

QString confidenceLabel(const QString &confidence, Labels labels)
{
    if (confidence == QLatin1String("medium"))
        return ItemMarkdown::word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Niet volledig zeker"),
                                  labels);
    if (confidence == QLatin1String("low"))
        return ItemMarkdown::word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Onzeker"), labels);
    if (confidence == QLatin1String("source-doc-only"))
        return ItemMarkdown::word(
            QT_TRANSLATE_NOOP("Flexwonen::Kb",
                              "Alleen bekend uit de aankondiging van 29 maart 2012"),
            labels);
    return {};
}

QString figuresSection(const QList<Figure> &figures, Labels labels)
{
    if (figures.isEmpty())
        return {};
    // A list, not a table: definitions are sentences, and a five-column table squeezes the
    // year column in a narrow reader until "2012" breaks.
    QString md =
        QStringLiteral("## %1\n\n")
            .arg(ItemMarkdown::word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Kerncijfers"), labels));
    const QString source = ItemMarkdown::word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Bron:"), labels);
    for (const Figure &f : figures)
        md += QStringLiteral("- **%1:** %2 (%3). %4 %5 [%6](%7)%8\n")
                  .arg(ItemMarkdown::escape(f.label),
                       ItemMarkdown::escape(ItemMarkdown::formatFigure(f)), QString::number(f.year),
                       ItemMarkdown::escape(f.definition.trimmed()), source,
                       ItemMarkdown::escape(f.source.title), f.source.url,
                       ItemMarkdown::accessedSuffix(f.source.accessed, labels));
    return md + QLatin1Char('\n');
}

QString municipalitiesSection(const QList<Municipality> &municipalities, Labels labels)
{
    if (municipalities.isEmpty())
        return {};
    QString md =
        QStringLiteral("## %1\n\n")
            .arg(ItemMarkdown::word(
                     QT_TRANSLATE_NOOP("Flexwonen::Kb", "Gemeenten (%1, peiljaar %2)"), labels)
                     .arg(municipalities.size())
                     .arg(municipalities.first().year));
    for (const Municipality &m : municipalities)
        md += QStringLiteral("- %1 (%2)\n").arg(ItemMarkdown::escape(m.name), m.code);
    return md + QLatin1Char('\n');
}

QString contactsSection(const QList<Contact> &contacts, Labels labels)
{
    if (contacts.isEmpty())
        return {};
    QString md =
        QStringLiteral("## %1\n\n")
            .arg(ItemMarkdown::word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Contact"), labels));
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

ItemMarkdown::ItemMarkdown(TitleLookup titleOf, Labels labels)
    : m_titleOf(std::move(titleOf))
    , m_labels(labels)
{}

QString ItemMarkdown::word(const char *dutch, Labels labels)
{
    return labels == Labels::Dutch ? QString::fromUtf8(dutch)
                                   : QCoreApplication::translate("Flexwonen::Kb", dutch);
}

QStringList ItemMarkdown::closingHeadings(Labels labels)
{
    return {word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Zie ook"), labels),
            word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "Bronnen"), labels)};
}

QString ItemMarkdown::date(const QDate &date) const
{
    if (m_labels == Labels::Dutch || !date.isValid())
        return formatDate(date);
    return displayLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

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

QString ItemMarkdown::accessedText(const QDate &accessed, Labels labels)
{
    if (!accessed.isValid())
        return {};
    const QString day = labels == Labels::Dutch
                            ? formatDate(accessed)
                            : displayLocale().toString(accessed, QStringLiteral("d MMMM yyyy"));
    return word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "geraadpleegd op %1"), labels).arg(day);
}

QString ItemMarkdown::accessedSuffix(const QDate &accessed, Labels labels)
{
    return accessed.isValid() ? QStringLiteral(", ") + accessedText(accessed, labels) : QString();
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
        return kindLabel(item.kind, m_labels);
    case Field::Date:
        return item.endDate.isValid() ? date(item.date) + QStringLiteral(" – ") + date(item.endDate)
                                      : date(item.date);
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
        return date(item.*(*day));
    if (const auto number = std::get_if<int Item::*>(&field.item))
        return QString::number(item.*(*number));
    return {};
}

QString ItemMarkdown::facts(const Item &item) const
{
    QStringList facts{typeLabel(item.type, m_labels)};
    for (const ItemField &field : itemFields()) {
        if (!field.fact || !isSet(item, field))
            continue;
        facts.append(factText(field.field, factValue(item, field), m_labels));
        if (field.field == Field::Date && item.type == ItemType::Event)
            facts.append(isPast(item)
                             ? word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "voorbij"), m_labels)
                             : word(QT_TRANSLATE_NOOP("Flexwonen::Kb", "komt nog"), m_labels));
    }
    return facts.join(QStringLiteral(" · "));
}

QString ItemMarkdown::compose(const Item &item) const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(escape(item.title));
    md += QStringLiteral("*%1*\n\n").arg(facts(item));

    const QString confidence = confidenceLabel(item.confidence, m_labels);
    if (!confidence.isEmpty())
        md += QStringLiteral("> **%1.** %2\n\n").arg(confidence, escape(item.uncertainty));

    if (!item.summary.isEmpty())
        md += QStringLiteral("**%1**\n\n").arg(escape(item.summary));
    md += item.body.trimmed() + QStringLiteral("\n\n");

    md += figuresSection(item.figures, m_labels);
    md += municipalitiesSection(item.municipalities, m_labels);
    md += contactsSection(item.contacts, m_labels);
    const QStringList closing = closingHeadings(m_labels);
    if (!item.links.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(closing.at(0));
        for (const QString &id : item.links)
            md += QStringLiteral("- %1\n").arg(link(id));
        md += QLatin1Char('\n');
    }
    if (!item.sources.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(closing.at(1));
        for (const Source &s : item.sources)
            md += QStringLiteral("- [%1](%2)%3\n")
                      .arg(escape(s.title), s.url, accessedSuffix(s.accessed, m_labels));
    }
    return md;
}

} // namespace Flexwonen::Kb
