// SPDX-License-Identifier: EUPL-1.2
#include "atomfeed.h"

#include "feed/feedformat.h"

#include <algorithm>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Publish {

namespace {

// The tagging entity of RFC 4151: the centre's domain on a date it held it. Never changes.
const QString TagPrefix = u"tag:flexwonen.nl,2026:kennisbank"_s;
const QString AtomNs = u"http://www.w3.org/2005/Atom"_s;

// XML 1.0 cannot carry every character (U+0001, U+FFFE, a lone surrogate): QXmlStreamWriter
// would write them and the file would not parse. They have no meaning in a title or a body.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                             (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (allowed)
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// A feed reader shows text as written: the item's Markdown read as a person would read it. A
// link to another item keeps its words only (kb: means nothing outside the app), a web link its
// words and address, emphasis and heading marks go; paragraphs stay.
QString readableText(const QString &markdown)
{
    static const QRegularExpression itemLink(uR"(\[([^\]]*)\]\(kb:[^)]*\))"_s);
    static const QRegularExpression webLink(uR"(\[([^\]]*)\]\((https?://[^)\s]*)\))"_s);
    static const QRegularExpression otherLink(uR"(\[([^\]]*)\]\([^)]*\))"_s);
    static const QRegularExpression strong(uR"(\*\*([^*\n]+)\*\*)"_s);
    static const QRegularExpression emphasis(uR"((?<![\w*])[*_]([^*_\n]+)[*_](?![\w*]))"_s);
    static const QRegularExpression heading(uR"((?m)^#{1,6}[ \t]+)"_s);
    static const QRegularExpression quote(uR"((?m)^>[ \t]?)"_s);
    QString text = markdown;
    text.replace(itemLink, u"\\1"_s);
    text.replace(webLink, u"\\1 (\\2)"_s);
    text.replace(otherLink, u"\\1"_s);
    text.replace(strong, u"\\1"_s);
    text.replace(emphasis, u"\\1"_s);
    text.replace(heading, QString());
    text.replace(quote, QString());
    return text.trimmed();
}

QString dateTime(const QDate &date)
{
    return Sync::Feed::isoUtc(QDateTime(date, QTime(0, 0), Qt::UTC));
}

// Only a web address becomes a link: a feed reader makes it clickable.
QString webLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return {};
    return QString::fromLatin1(parsed.toEncoded());
}

bool inFeed(const Kb::Item &item)
{
    return item.type == Kb::ItemType::News || item.type == Kb::ItemType::Event;
}

void writeEntry(QXmlStreamWriter &xml, const Kb::Item &item, const QHash<QString, QString> &regions,
                const QDateTime &fallback)
{
    const bool news = item.type == Kb::ItemType::News;
    xml.writeStartElement(u"entry"_s);
    xml.writeTextElement(u"id"_s, atomEntryId(item.id));
    xml.writeStartElement(u"title"_s);
    xml.writeAttribute(u"type"_s, u"text"_s);
    xml.writeCharacters(xmlText(item.title));
    xml.writeEndElement();
    // The content knows no time of editing: its date is the only time it has.
    const QString when = item.date.isValid() ? dateTime(item.date) : Sync::Feed::isoUtc(fallback);
    xml.writeTextElement(u"updated"_s, when);
    if (news && item.date.isValid())
        xml.writeTextElement(u"published"_s, when);
    if (!item.summary.isEmpty()) {
        xml.writeStartElement(u"summary"_s);
        xml.writeAttribute(u"type"_s, u"text"_s);
        xml.writeCharacters(xmlText(item.summary));
        xml.writeEndElement();
    }
    // Plain text: readers show it as written, never as markup.
    xml.writeStartElement(u"content"_s);
    xml.writeAttribute(u"type"_s, u"text"_s);
    xml.writeCharacters(xmlText(readableText(item.body)));
    xml.writeEndElement();
    for (const Kb::Source &source : item.sources) {
        const QString href = webLink(source.url);
        if (href.isEmpty())
            continue;
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"rel"_s, u"alternate"_s);
        xml.writeAttribute(u"href"_s, href);
        break;
    }
    xml.writeEmptyElement(u"category"_s);
    xml.writeAttribute(u"scheme"_s, TagPrefix + u"/type"_s);
    xml.writeAttribute(u"term"_s, news ? u"news"_s : u"agenda"_s);
    xml.writeAttribute(u"label"_s, news ? u"Nieuws"_s : u"Agenda"_s);
    if (!item.region.isEmpty()) {
        xml.writeEmptyElement(u"category"_s);
        xml.writeAttribute(u"scheme"_s, TagPrefix + u"/region"_s);
        xml.writeAttribute(u"term"_s, xmlText(item.region));
        xml.writeAttribute(u"label"_s, xmlText(regions.value(item.region, item.region)));
    }
    xml.writeEndElement();
}

} // namespace

QString atomEntryId(const QString &itemId)
{
    return TagPrefix + u"/item/"_s + QString::fromLatin1(QUrl::toPercentEncoding(itemId));
}

QByteArray atomFeed(const QList<Kb::Item> &items, const AtomOptions &options)
{
    QList<const Kb::Item *> entries;
    QHash<QString, QString> regions;
    for (const Kb::Item &item : items) {
        if (inFeed(item))
            entries.append(&item);
        if (item.type == Kb::ItemType::Region)
            regions.insert(item.id, item.title);
    }
    // Newest first by date (an event by the day it takes place); the id breaks a tie, so the
    // file is the same for the same content.
    std::sort(entries.begin(), entries.end(), [](const Kb::Item *a, const Kb::Item *b) {
        if (a->date != b->date)
            return a->date > b->date;
        return a->id < b->id;
    });

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(AtomNs);
    xml.writeStartElement(AtomNs, u"feed"_s);
    xml.writeAttribute(u"xml:lang"_s, u"nl"_s);
    xml.writeTextElement(u"id"_s, TagPrefix + u"/feed"_s);
    xml.writeStartElement(u"title"_s);
    xml.writeAttribute(u"type"_s, u"text"_s);
    xml.writeCharacters(u"Flexwonen Kennisbank: nieuws en agenda"_s);
    xml.writeEndElement();
    xml.writeTextElement(u"updated"_s, Sync::Feed::isoUtc(options.updated));
    xml.writeStartElement(u"author"_s);
    xml.writeTextElement(u"name"_s, u"Expertisecentrum Flexwonen"_s);
    xml.writeEndElement();
    if (!options.baseUrl.isEmpty()) {
        QString base = options.baseUrl;
        if (!base.endsWith(u'/'))
            base += u'/';
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"rel"_s, u"self"_s);
        xml.writeAttribute(u"type"_s, u"application/atom+xml"_s);
        xml.writeAttribute(u"href"_s, base + u"atom.xml"_s);
    }
    xml.writeStartElement(u"generator"_s);
    xml.writeAttribute(u"version"_s, QStringLiteral(FLEXWONEN_VERSION));
    xml.writeCharacters(u"Flexwonen Kennisbank"_s);
    xml.writeEndElement();
    for (const Kb::Item *item : std::as_const(entries))
        writeEntry(xml, *item, regions, options.updated);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Flexwonen::Publish
