// SPDX-License-Identifier: EUPL-1.2
#include "pdfxmp.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

QString xmlEscape(const QString &text)
{
    QString xml;
    xml.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            xml += c;
            xml += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate() ||
            u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case u'&':
            xml += u"&amp;"_s;
            break;
        case u'<':
            xml += u"&lt;"_s;
            break;
        case u'>':
            xml += u"&gt;"_s;
            break;
        case u'"':
            xml += u"&quot;"_s;
            break;
        case u'\'':
            xml += u"&apos;"_s;
            break;
        case u'\r':
            xml += u"&#13;"_s;
            break;
        default:
            xml += c;
        }
    }
    return xml;
}

QByteArray xmpPacket(const XmpFields &f)
{
    QString date;
    if (f.created.isValid())
        date = u"<xmp:CreateDate>%1</xmp:CreateDate>\n"_s.arg(
            xmlEscape(f.created.toString(Qt::ISODate)));
    // No creator element when no one is named: an empty one would name someone "".
    QString creator;
    if (!f.creator.isEmpty())
        creator = u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n"_s.arg(
            xmlEscape(f.creator));
    const QString xmp =
        u"<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "%2"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
        "</dc:description>\n"
        "<dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "<pdf:Producer>%5</pdf:Producer>\n"
        "<xmp:CreatorTool>%6</xmp:CreatorTool>\n"
        "%7"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_s.arg(
            xmlEscape(f.title), creator, xmlEscape(f.description), xmlEscape(f.language),
            xmlEscape(f.producer), xmlEscape(f.creatorTool), date);
    return xmp.toUtf8();
}

} // namespace Flexwonen::Report
