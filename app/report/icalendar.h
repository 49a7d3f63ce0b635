// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Report {

// The agenda as iCalendar (RFC 5545, issue 16 point 5): one VEVENT per event item, all-day
// dates, a UID made of the item's id so that importing a later export updates the event instead
// of adding it twice. Every text from content is escaped, stripped of control characters and
// folded at 75 octets without splitting a UTF-8 sequence (docs/decisions.md, item 99).
class ICalendar
{
public:
    // Events to write, in order, and the calendar's name (X-WR-CALNAME; empty: none).
    struct Calendar
    {
        QString name;
        QList<Kb::Item> events;
    };

    // The calendar of one event. Throws Kb::Error: an unknown id, an item that is no event, an
    // event without a date.
    static Calendar eventCalendar(Kb::KnowledgeBase &kb, const QString &eventId);
    // The dated events of a region, by date. Throws Kb::Error: an unknown id, an item that is
    // no region, a region without dated events.
    static Calendar regionCalendar(Kb::KnowledgeBase &kb, const QString &regionId);

    // The VCALENDAR text; stamp is DTSTAMP (taken as UTC). Events without a valid date are
    // left out (the calendars above never hold one).
    static QByteArray write(const Calendar &calendar,
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    // Checks path like the reports do (folder exists, no directory; an existing file only with
    // overwrite) and writes the file atomically. Throws Kb::Error in Dutch.
    static void save(const Calendar &calendar, const QString &path, bool overwrite);

    // A UID that stays the same for an item across exports and updates.
    static QString uid(const QString &itemId);
    // The name a file dialog suggests: "<id>.ics", safe as a file name.
    static QString suggestedFileName(const QString &itemId);

    // The pieces, public for the unit test.
    // TEXT value (RFC 5545 3.3.11): \ ; , escaped, any line break as \n, other control
    // characters (C0, DEL, C1, bidi controls, U+2028/9) left out.
    static QString escapeText(QStringView text);
    // One content line (without CRLF) folded into physical lines of at most 75 octets, each
    // ended by CRLF; continuation lines start with a space. A UTF-8 sequence is never split.
    static QByteArray fold(const QByteArray &line);
};

} // namespace Flexwonen::Report
