// SPDX-License-Identifier: EUPL-1.2
#include "odtxml.h"

#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::OdtXml {

namespace {

struct Namespace
{
    QLatin1String prefix;
    QLatin1String uri;
};

constexpr Namespace Office{QLatin1String("office"),
                           QLatin1String("urn:oasis:names:tc:opendocument:xmlns:office:1.0")};
constexpr Namespace Style{QLatin1String("style"),
                          QLatin1String("urn:oasis:names:tc:opendocument:xmlns:style:1.0")};
constexpr Namespace Text{QLatin1String("text"),
                         QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0")};
constexpr Namespace Table{QLatin1String("table"),
                          QLatin1String("urn:oasis:names:tc:opendocument:xmlns:table:1.0")};
constexpr Namespace Draw{QLatin1String("draw"),
                         QLatin1String("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")};
constexpr Namespace Fo{QLatin1String("fo"), QLatin1String("urn:oasis:names:tc:opendocument:"
                                                          "xmlns:xsl-fo-compatible:1.0")};
constexpr Namespace Svg{QLatin1String("svg"),
                        QLatin1String("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")};
constexpr Namespace Xlink{QLatin1String("xlink"), QLatin1String("http://www.w3.org/1999/xlink")};
constexpr Namespace Dc{QLatin1String("dc"), QLatin1String("http://purl.org/dc/elements/1.1/")};
constexpr Namespace Meta{QLatin1String("meta"),
                         QLatin1String("urn:oasis:names:tc:opendocument:xmlns:meta:1.0")};
constexpr Namespace Manifest{QLatin1String("manifest"),
                             QLatin1String("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")};

bool xmlAllowed(char32_t c)
{
    if (c < 0x20)
        return c == 0x09 || c == 0x0a || c == 0x0d;
    if (c >= 0x7f && c <= 0x9f) // C1 controls: allowed by XML 1.0, never meant as text
        return false;
    if (c >= 0xd800 && c <= 0xdfff)
        return false;
    return c != 0xfffe && c != 0xffff && c <= 0x10ffff;
}

} // namespace

void startRoot(QXmlStreamWriter &xml, const QString &qualifiedName, Part part)
{
    xml.writeStartElement(qualifiedName);
    QList<Namespace> spaces;
    switch (part) {
    case Part::Content:
    case Part::Styles:
        spaces = {Office, Style, Text, Table, Draw, Fo, Svg, Xlink, Dc, Meta};
        break;
    case Part::Meta:
        spaces = {Office, Meta, Dc, Xlink};
        break;
    case Part::Manifest:
        spaces = {Manifest};
        break;
    }
    for (const Namespace &ns : spaces)
        xml.writeNamespace(ns.uri, ns.prefix);
    xml.writeAttribute(part == Part::Manifest ? u"manifest:version"_s : u"office:version"_s,
                       Version);
}

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (xmlAllowed(c.unicode()))
            out += c;
    }
    return out;
}

void writeText(QXmlStreamWriter &xml, const QString &text, bool &spaceCollapses)
{
    const QString safe = xmlSafe(text);
    QString pending; // plain characters not yet written
    const auto flush = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
    };
    qsizetype i = 0;
    while (i < safe.size()) {
        const QChar c = safe.at(i);
        if (c == u' ') {
            qsizetype n = 0;
            while (i + n < safe.size() && safe.at(i + n) == u' ')
                ++n;
            i += n;
            // One space after text stays a space; the rest (and any space a reader would
            // drop: at the start, after another space or an element) is counted in <text:s>.
            if (!spaceCollapses) {
                pending += u' ';
                --n;
            }
            if (n > 0) {
                flush();
                xml.writeEmptyElement(u"text:s"_s);
                if (n > 1)
                    xml.writeAttribute(u"text:c"_s, QString::number(n));
            }
            spaceCollapses = true;
            continue;
        }
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            flush();
            xml.writeEmptyElement(c == u'\t' ? u"text:tab"_s : u"text:line-break"_s);
            spaceCollapses = true;
            i += (c == u'\r' && i + 1 < safe.size() && safe.at(i + 1) == u'\n') ? 2 : 1;
            continue;
        }
        pending += c;
        spaceCollapses = false;
        ++i;
    }
    flush();
}

QString cm(qreal centimetres)
{
    return QString::number(centimetres, 'f', 3) + u"cm"_s;
}

} // namespace Flexwonen::Report::OdtXml
