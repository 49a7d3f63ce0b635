// SPDX-License-Identifier: EUPL-1.2
#include "registrationmail.h"

#include <algorithm>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::RegistrationMail {

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(u".."))
        return false;
    return std::all_of(local.begin(), local.end(), [](QChar c) {
        return isAsciiLetterOrDigit(c) || c == u'.' || c == u'_' || c == u'+' || c == u'-';
    });
}

bool isDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        if (!std::all_of(label.begin(), label.end(),
                         [](QChar c) { return isAsciiLetterOrDigit(c) || c == u'-'; }))
            return false;
    }
    // The top-level domain is letters: "1.2.3.4" is no mail domain.
    const QStringView top = labels.last();
    return std::all_of(top.begin(), top.end(), [](QChar c) { return c.isLetter(); });
}

// Text from content on one line: controls and line breaks become spaces, runs of them one.
QString oneLine(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool control = c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
                             c.category() == QChar::Other_Format || c == QChar::LineSeparator ||
                             c == QChar::ParagraphSeparator;
        out += control ? u' ' : c;
    }
    return out.simplified();
}

QString dutchDate(const Kb::Item &event)
{
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const QString first = dutch.toString(event.date, u"d MMMM yyyy"_s);
    if (event.endDate.isValid() && event.endDate > event.date)
        return u"%1 t/m %2"_s.arg(first, dutch.toString(event.endDate, u"d MMMM yyyy"_s));
    return first;
}

} // namespace

bool isPlainAddress(QStringView address)
{
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || address.lastIndexOf(u'@') != at)
        return false;
    return isLocalPart(address.left(at)) && isDomain(address.mid(at + 1));
}

QString organiserAddress(const Kb::Item &event)
{
    const QLatin1String scheme("mailto:");
    for (const Kb::Contact &contact : event.contacts) {
        const QString &url = contact.url;
        if (!url.startsWith(scheme, Qt::CaseInsensitive))
            continue;
        const QStringView address = QStringView(url).mid(scheme.size());
        if (isPlainAddress(address))
            return address.toString();
    }
    return {};
}

QString subject(const Kb::Item &event)
{
    const QString title = oneLine(event.title);
    if (!event.date.isValid())
        return u"Aanmelding: %1"_s.arg(title);
    return u"Aanmelding: %1 (%2)"_s.arg(title, dutchDate(event));
}

std::optional<QUrl> mailto(const Kb::Item &event)
{
    if (event.type != Kb::ItemType::Event)
        return std::nullopt;
    const QString address = organiserAddress(event);
    if (address.isEmpty())
        return std::nullopt;
    QString when = event.date.isValid() ? u" op %1"_s.arg(dutchDate(event)) : QString();
    const QString place = oneLine(event.place);
    if (!place.isEmpty())
        when += u" in %1"_s.arg(place);
    const QString body = u"Geachte organisator,\r\n\r\n"
                         "Graag meld ik mij aan voor \u201C%1\u201D%2.\r\n\r\n"
                         "Naam:\r\nOrganisatie:\r\nTelefoon:\r\n\r\n"
                         "Met vriendelijke groet,\r\n"_s.arg(oneLine(event.title), when);
    // Each value percent-encoded by us, so no character from the title (& = # + %) can end the
    // value or add a header field; QUrlQuery keeps encoded values as they are.
    QUrlQuery query;
    query.addQueryItem(u"subject"_s, QString::fromLatin1(QUrl::toPercentEncoding(subject(event))));
    query.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(address);
    url.setQuery(query);
    return url;
}

} // namespace Flexwonen::Report::RegistrationMail
