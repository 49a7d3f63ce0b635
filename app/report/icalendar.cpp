// SPDX-License-Identifier: EUPL-1.2
#include "icalendar.h"

#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "pdfexporter.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

// RFC 5545 3.1: lines of at most 75 octets, not counting the CRLF.
constexpr qsizetype MaxLineOctets = 75;

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E ||
           c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF);
}

// A DATE value; nullopt for a date the format cannot hold.
std::optional<QString> dateValue(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return std::nullopt;
    return date.toString(u"yyyyMMdd"_s);
}

bool hasDate(const Kb::Item &event)
{
    return dateValue(event.date) && dateValue(event.date.addDays(1));
}

// A source address as a URI value: only http(s), percent-encoded by QUrl, so it holds no
// control character, space or line break. Empty when the address is not one.
QByteArray uriValue(const QString &address)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url.toEncoded(QUrl::FullyEncoded);
}

QByteArray firstSourceUri(const Kb::Item &event)
{
    for (const Kb::Source &source : event.sources) {
        const QByteArray uri = uriValue(source.url);
        if (!uri.isEmpty())
            return uri;
    }
    return {};
}

class Lines
{
public:
    void add(const QString &name, const QString &text) { addRaw(name, escape(text)); }
    void addRaw(const QString &nameAndParameters, const QByteArray &value)
    {
        m_bytes += ICalendar::fold(nameAndParameters.toLatin1() + ':' + value);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    static QByteArray escape(const QString &text) { return ICalendar::escapeText(text).toUtf8(); }
    QByteArray m_bytes;
};

void addEvent(Lines &out, const Kb::Item &event, const QString &stamp)
{
    const QDate last = event.endDate.isValid() && event.endDate >= event.date &&
                               dateValue(event.endDate.addDays(1))
                           ? event.endDate
                           : event.date;
    out.addRaw(u"BEGIN"_s, "VEVENT");
    out.add(u"UID"_s, ICalendar::uid(event.id));
    out.addRaw(u"DTSTAMP"_s, stamp.toLatin1());
    out.addRaw(u"DTSTART;VALUE=DATE"_s, dateValue(event.date)->toLatin1());
    // All-day events end on the day after their last day (RFC 5545 3.6.1).
    out.addRaw(u"DTEND;VALUE=DATE"_s, dateValue(last.addDays(1))->toLatin1());
    // The item's revision counts its published changes; a calendar takes a higher SEQUENCE
    // as the newer version of the same UID.
    out.addRaw(u"SEQUENCE"_s, QByteArray::number(std::max(0, event.rev - 1)));
    out.add(u"SUMMARY"_s, event.title);
    if (!event.place.trimmed().isEmpty())
        out.add(u"LOCATION"_s, event.place.trimmed());
    const QByteArray uri = firstSourceUri(event);
    QString description = event.summary.trimmed();
    if (!uri.isEmpty()) {
        if (!description.isEmpty())
            description += u"\n\n"_s;
        description += u"Bron: "_s + QString::fromLatin1(uri);
    }
    if (!description.isEmpty())
        out.add(u"DESCRIPTION"_s, description);
    if (!uri.isEmpty())
        out.addRaw(u"URL"_s, uri);
    out.addRaw(u"TRANSP"_s, "TRANSPARENT"); // an agenda entry, not a busy meeting of one's own
    out.addRaw(u"END"_s, "VEVENT");
}

Kb::Item itemOfType(Kb::KnowledgeBase &kb, const QString &id, Kb::ItemType type,
                    const QString &unknown, const QString &wrongType)
{
    const std::optional<Kb::Item> item = kb.item(id);
    if (!item)
        throw Kb::Error(Kb::Error::Kind::NotFound, unknown.arg(id));
    if (item->type != type)
        throw Kb::Error(Kb::Error::Kind::BadInput,
                        wrongType.arg(id, Kb::typeLabel(item->type, Kb::Labels::Dutch)));
    return *item;
}

} // namespace

ICalendar::Calendar ICalendar::eventCalendar(Kb::KnowledgeBase &kb, const QString &eventId)
{
    Kb::Item event =
        itemOfType(kb, eventId, Kb::ItemType::Event, u"Onbekend item '%1'"_s,
                   u"'%1' is geen activiteit uit de agenda maar een item van het type %2"_s);
    if (!hasDate(event))
        throw Kb::Error(
            Kb::Error::Kind::BadInput,
            u"De activiteit '%1' heeft geen datum en kan niet in een agenda"_s.arg(eventId));
    return {event.title, {std::move(event)}};
}

ICalendar::Calendar ICalendar::regionCalendar(Kb::KnowledgeBase &kb, const QString &regionId)
{
    const Kb::Item region =
        itemOfType(kb, regionId, Kb::ItemType::Region, u"Onbekende regio '%1'"_s,
                   u"'%1' is geen regio maar een item van het type %2"_s);
    Calendar calendar{u"Agenda %1"_s.arg(region.title), {}};
    for (const Kb::ItemSummary &summary : kb.list({Kb::ItemType::Event, regionId, {}})) {
        std::optional<Kb::Item> event = kb.item(summary.id);
        if (event && hasDate(*event))
            calendar.events.append(std::move(*event));
    }
    if (calendar.events.isEmpty())
        throw Kb::Error(Kb::Error::Kind::NotFound,
                        u"De regio '%1' heeft geen activiteiten in de agenda; er is geen "
                        "bestand geschreven"_s.arg(regionId));
    std::stable_sort(calendar.events.begin(), calendar.events.end(),
                     [](const Kb::Item &a, const Kb::Item &b) { return a.date < b.date; });
    return calendar;
}

QByteArray ICalendar::write(const Calendar &calendar, const QDateTime &stamp)
{
    Lines out;
    out.addRaw(u"BEGIN"_s, "VCALENDAR");
    out.addRaw(u"VERSION"_s, "2.0");
    out.addRaw(u"PRODID"_s,
               "-//Expertisecentrum Flexwonen//Flexwonen Kennisbank " FLEXWONEN_VERSION "//NL");
    out.addRaw(u"CALSCALE"_s, "GREGORIAN");
    out.addRaw(u"METHOD"_s, "PUBLISH");
    if (!calendar.name.trimmed().isEmpty())
        out.add(u"X-WR-CALNAME"_s, calendar.name.trimmed());
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const Kb::Item &event : calendar.events) {
        if (hasDate(event))
            addEvent(out, event, dtstamp);
    }
    out.addRaw(u"END"_s, "VCALENDAR");
    return out.bytes();
}

void ICalendar::save(const Calendar &calendar, const QString &path, bool overwrite)
{
    PdfExporter::checkTarget(path,
                             overwrite ? PdfExporter::Overwrite::Yes : PdfExporter::Overwrite::No);
    PdfExporter::saveAtomically(path, write(calendar));
}

QString ICalendar::uid(const QString &itemId)
{
    return itemId + u"@kennisbank.flexwonen.nl"_s;
}

QString ICalendar::suggestedFileName(const QString &itemId)
{
    QString name;
    for (const QChar c : itemId) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        name += plain ? c : u'-';
    }
    if (name.isEmpty() || name.startsWith(u'-'))
        name.prepend(u"agenda"_s);
    return name.left(80) + u".ics"_s;
}

QString ICalendar::escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = codes[i];
        switch (c) {
        case U'\\':
            out += u"\\\\"_s;
            continue;
        case U';':
            out += u"\\;"_s;
            continue;
        case U',':
            out += u"\\,"_s;
            continue;
        case U'\r':
            if (i + 1 < codes.size() && codes[i + 1] == U'\n')
                ++i;
            out += u"\\n"_s;
            continue;
        case U'\n':
            out += u"\\n"_s;
            continue;
        default:
            break;
        }
        if (isControl(c))
            continue;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QByteArray ICalendar::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype room = MaxLineOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = MaxLineOctets - 1; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

} // namespace Flexwonen::Report
