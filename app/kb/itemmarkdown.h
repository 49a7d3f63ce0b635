// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "item.h"
#include "itemmodels.h"

#include <functional>

namespace Flexwonen::Kb {

struct ItemField;

// Composes the Markdown an item is read in: heading, facts line, uncertainty note, body,
// figures with year, definition and source, municipalities and sources. The reader and the
// reports render the same text. Internal links use the kb:ID scheme.
// The words the composer adds around the content (headings, the facts line, "voorbij") follow
// labels: Translated in the reader (the interface language), Dutch for reports and the CLI.
// The content itself is Dutch either way.
class ItemMarkdown
{
public:
    using TitleLookup = std::function<QString(const QString &id)>;

    explicit ItemMarkdown(TitleLookup titleOf, Labels labels = Labels::Dutch);
    QString compose(const Item &item) const;

    // A generated word or heading in the composer's language ("Bronnen" → "Sources").
    static QString word(const char *dutch, Labels labels);
    // The closing headings of a composed text, in order: "Zie ook", "Bronnen".
    static QStringList closingHeadings(Labels labels);

    static QString escape(const QString &text);
    static QString formatNumber(double value);
    static QString formatFigure(const Figure &figure);
    static QString formatDate(const QDate &date);
    // "geraadpleegd op 28 november 2026" (English UI: "accessed 28 November 2026"); empty when
    // the source has no date (feed items of older publishers).
    static QString accessedText(const QDate &accessed, Labels labels);
    // ", geraadpleegd op …" after a source, or nothing.
    static QString accessedSuffix(const QDate &accessed, Labels labels);
    // An event is past once its last day is before today (the agenda marks past and upcoming).
    static bool isPast(const Item &event, const QDate &today = QDate::currentDate());

private:
    QString link(const QString &id) const;
    QString facts(const Item &item) const; // type · kind · date · … · geldig per
    QString factValue(const Item &item, const ItemField &field) const;
    QString date(const QDate &date) const;

    TitleLookup m_titleOf;
    Labels m_labels;
};

} // namespace Flexwonen::Kb
