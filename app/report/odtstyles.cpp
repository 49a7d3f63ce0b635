// SPDX-License-Identifier: EUPL-1.2
#include "odtstyles.h"

#include "odtxml.h"

#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

QString OdtStyleName::heading(int level)
{
    return u"Heading_20_%1"_s.arg(qBound(1, level, 3));
}

namespace {

using Attributes = QList<std::pair<QString, QString>>;

constexpr QLatin1String FontName{"Arial"};
constexpr QLatin1String HeadingColor{"#1f3b57"};
constexpr qreal ListIndentCm = 0.635;

void attributes(QXmlStreamWriter &xml, const Attributes &attrs)
{
    for (const auto &[name, value] : attrs)
        xml.writeAttribute(name, value);
}

// <style:style> with one properties element per (element, attributes) pair.
struct StyleDef
{
    QString name{};
    QString displayName{};
    QString family = u"paragraph"_s;
    QString parent{};
    QString next{};
    QString styleClass{};
    int outlineLevel = 0;
    Attributes paragraph{};
    Attributes text{};
};

void writeStyle(QXmlStreamWriter &xml, const StyleDef &s)
{
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, s.name);
    if (!s.displayName.isEmpty())
        xml.writeAttribute(u"style:display-name"_s, s.displayName);
    xml.writeAttribute(u"style:family"_s, s.family);
    if (!s.parent.isEmpty())
        xml.writeAttribute(u"style:parent-style-name"_s, s.parent);
    if (!s.next.isEmpty())
        xml.writeAttribute(u"style:next-style-name"_s, s.next);
    if (s.outlineLevel > 0)
        xml.writeAttribute(u"style:default-outline-level"_s, QString::number(s.outlineLevel));
    if (!s.styleClass.isEmpty())
        xml.writeAttribute(u"style:class"_s, s.styleClass);
    if (!s.paragraph.isEmpty()) {
        xml.writeEmptyElement(u"style:paragraph-properties"_s);
        attributes(xml, s.paragraph);
    }
    if (!s.text.isEmpty()) {
        xml.writeEmptyElement(u"style:text-properties"_s);
        attributes(xml, s.text);
    }
    xml.writeEndElement();
}

Attributes bold()
{
    return {{u"fo:font-weight"_s, u"bold"_s},
            {u"style:font-weight-asian"_s, u"bold"_s},
            {u"style:font-weight-complex"_s, u"bold"_s}};
}

Attributes withSize(Attributes attrs, const QString &size)
{
    attrs.append({u"fo:font-size"_s, size});
    attrs.append({u"style:font-size-asian"_s, size});
    attrs.append({u"style:font-size-complex"_s, size});
    return attrs;
}

void writeDefaults(QXmlStreamWriter &xml)
{
    xml.writeStartElement(u"style:default-style"_s);
    xml.writeAttribute(u"style:family"_s, u"paragraph"_s);
    xml.writeEmptyElement(u"style:paragraph-properties"_s);
    xml.writeAttribute(u"style:writing-mode"_s, u"page"_s);
    xml.writeEmptyElement(u"style:text-properties"_s);
    attributes(xml, withSize({{u"style:font-name"_s, FontName},
                              {u"fo:language"_s, u"nl"_s},
                              {u"fo:country"_s, u"NL"_s},
                              {u"fo:hyphenate"_s, u"false"_s}},
                             u"10pt"_s));
    xml.writeEndElement();
}

void writeParagraphStyles(QXmlStreamWriter &xml)
{
    using namespace OdtStyleName;
    const auto margins = [](const QString &top, const QString &bottom) {
        return Attributes{{u"fo:margin-top"_s, top}, {u"fo:margin-bottom"_s, bottom}};
    };
    writeStyle(xml, {.name = Standard, .styleClass = u"text"_s});
    // Headings keep with the next paragraph, so a heading never ends a page.
    StyleDef heading{.name = u"Heading"_s,
                     .parent = Standard,
                     .next = Body,
                     .styleClass = u"text"_s,
                     .paragraph = margins(u"0.42cm"_s, u"0.21cm"_s),
                     .text = withSize(bold(), u"13pt"_s)};
    heading.paragraph.append({u"fo:keep-with-next"_s, u"always"_s});
    heading.text.append({u"fo:color"_s, HeadingColor});
    writeStyle(xml, heading);
    const QString sizes[] = {u"16pt"_s, u"13pt"_s, u"11pt"_s};
    const QString tops[] = {u"0.6cm"_s, u"0.5cm"_s, u"0.35cm"_s};
    for (int level = 1; level <= 3; ++level) {
        writeStyle(xml, {.name = OdtStyleName::heading(level),
                         .displayName = u"Heading %1"_s.arg(level),
                         .parent = u"Heading"_s,
                         .next = Body,
                         .styleClass = u"text"_s,
                         .outlineLevel = level,
                         .paragraph = margins(tops[level - 1], u"0.21cm"_s),
                         .text = withSize(bold(), sizes[level - 1])});
    }
    StyleDef body{.name = Body,
                  .displayName = u"Text body"_s,
                  .parent = Standard,
                  .styleClass = u"text"_s,
                  .paragraph = margins(u"0cm"_s, u"0.21cm"_s)};
    body.paragraph.append({u"fo:line-height"_s, u"115%"_s});
    writeStyle(xml, body);
    writeStyle(xml, {.name = Small,
                     .displayName = u"Kleine tekst"_s,
                     .parent = Body,
                     .styleClass = u"text"_s,
                     .paragraph = margins(u"0cm"_s, u"0.1cm"_s),
                     .text = withSize({}, u"8pt"_s)});
    writeStyle(xml, {.name = Caption,
                     .parent = Standard,
                     .styleClass = u"extra"_s,
                     .paragraph = margins(u"0.1cm"_s, u"0.3cm"_s),
                     .text = withSize({{u"fo:font-style"_s, u"italic"_s},
                                       {u"style:font-style-asian"_s, u"italic"_s},
                                       {u"style:font-style-complex"_s, u"italic"_s}},
                                      u"8pt"_s)});
    writeStyle(xml, {.name = ListParagraph,
                     .parent = Body,
                     .styleClass = u"list"_s,
                     .paragraph = margins(u"0cm"_s, u"0.1cm"_s)});
    writeStyle(xml, {.name = TableContents,
                     .displayName = u"Table Contents"_s,
                     .parent = Standard,
                     .styleClass = u"extra"_s});
    writeStyle(xml, {.name = TableHeading,
                     .displayName = u"Table Heading"_s,
                     .parent = TableContents,
                     .styleClass = u"extra"_s,
                     .text = bold()});
    writeStyle(xml, {.name = ContentsHeading,
                     .displayName = u"Contents Heading"_s,
                     .parent = u"Heading"_s,
                     .styleClass = u"index"_s,
                     .text = withSize(bold(), u"16pt"_s)});
    // Contents entries: the page number at the right margin after a dotted leader.
    xml.writeStartElement(u"style:style"_s);
    attributes(xml, {{u"style:name"_s, Contents1},
                     {u"style:display-name"_s, u"Contents 1"_s},
                     {u"style:family"_s, u"paragraph"_s},
                     {u"style:parent-style-name"_s, Standard},
                     {u"style:class"_s, u"index"_s}});
    xml.writeStartElement(u"style:paragraph-properties"_s);
    attributes(xml, margins(u"0cm"_s, u"0.1cm"_s));
    xml.writeStartElement(u"style:tab-stops"_s);
    xml.writeEmptyElement(u"style:tab-stop"_s);
    attributes(xml, {{u"style:position"_s, OdtXml::cm(OdtTextWidthCm)},
                     {u"style:type"_s, u"right"_s},
                     {u"style:leader-style"_s, u"dotted"_s},
                     {u"style:leader-text"_s, u"."_s}});
    xml.writeEndElement(); // tab-stops
    xml.writeEndElement(); // paragraph-properties
    xml.writeEndElement(); // style
    // Header and footer: small grey text, a tab to the right margin for the page number.
    for (const QLatin1String name : {Header, Footer}) {
        xml.writeStartElement(u"style:style"_s);
        attributes(xml, {{u"style:name"_s, name},
                         {u"style:family"_s, u"paragraph"_s},
                         {u"style:parent-style-name"_s, Standard},
                         {u"style:class"_s, u"extra"_s}});
        xml.writeStartElement(u"style:paragraph-properties"_s);
        xml.writeStartElement(u"style:tab-stops"_s);
        xml.writeEmptyElement(u"style:tab-stop"_s);
        attributes(xml, {{u"style:position"_s, OdtXml::cm(OdtTextWidthCm)},
                         {u"style:type"_s, u"right"_s}});
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEmptyElement(u"style:text-properties"_s);
        attributes(xml, withSize({{u"fo:color"_s, u"#555555"_s}}, u"8pt"_s));
        xml.writeEndElement();
    }
}

void writeTextStyles(QXmlStreamWriter &xml)
{
    using namespace OdtStyleName;
    const Attributes underline{{u"style:text-underline-style"_s, u"solid"_s},
                               {u"style:text-underline-width"_s, u"auto"_s},
                               {u"style:text-underline-color"_s, u"font-color"_s}};
    Attributes link = underline;
    link.append({u"fo:color"_s, u"#0b4f8a"_s});
    Attributes visited = underline;
    visited.append({u"fo:color"_s, u"#5c3b80"_s});
    writeStyle(
        xml, {.name = Link, .displayName = u"Internet link"_s, .family = u"text"_s, .text = link});
    writeStyle(xml, {.name = VisitedLink,
                     .displayName = u"Visited Internet Link"_s,
                     .family = u"text"_s,
                     .text = visited});
    writeStyle(xml, {.name = IndexLink, .displayName = u"Index Link"_s, .family = u"text"_s});
}

// Label-aligned list levels: each level indented one step further, label then a tab.
void writeListLevelProperties(QXmlStreamWriter &xml, int level)
{
    xml.writeStartElement(u"style:list-level-properties"_s);
    xml.writeAttribute(u"text:list-level-position-and-space-mode"_s, u"label-alignment"_s);
    xml.writeEmptyElement(u"style:list-level-label-alignment"_s);
    attributes(xml, {{u"text:label-followed-by"_s, u"listtab"_s},
                     {u"text:list-tab-stop-position"_s, OdtXml::cm(ListIndentCm * level)},
                     {u"fo:text-indent"_s, OdtXml::cm(-ListIndentCm)},
                     {u"fo:margin-left"_s, OdtXml::cm(ListIndentCm * level)}});
    xml.writeEndElement();
}

void writeListStyles(QXmlStreamWriter &xml)
{
    // Bullets: •, ◦, ▪ in turn; numbers: 1., a., i. in turn, each level counting on its own.
    const QString bullets[] = {u"\u2022"_s, u"\u25e6"_s, u"\u25aa"_s};
    const QString formats[] = {u"1"_s, u"a"_s, u"i"_s};
    xml.writeStartElement(u"text:list-style"_s);
    xml.writeAttribute(u"style:name"_s, OdtStyleName::BulletList);
    xml.writeAttribute(u"style:display-name"_s, u"List 1"_s);
    for (int level = 1; level <= OdtMaxListLevel; ++level) {
        xml.writeStartElement(u"text:list-level-style-bullet"_s);
        xml.writeAttribute(u"text:level"_s, QString::number(level));
        xml.writeAttribute(u"text:bullet-char"_s, bullets[(level - 1) % 3]);
        writeListLevelProperties(xml, level);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(u"text:list-style"_s);
    xml.writeAttribute(u"style:name"_s, OdtStyleName::NumberedList);
    xml.writeAttribute(u"style:display-name"_s, u"Numbering 123"_s);
    for (int level = 1; level <= OdtMaxListLevel; ++level) {
        xml.writeStartElement(u"text:list-level-style-number"_s);
        xml.writeAttribute(u"text:level"_s, QString::number(level));
        xml.writeAttribute(u"style:num-suffix"_s, u"."_s);
        xml.writeAttribute(u"style:num-format"_s, formats[(level - 1) % 3]);
        writeListLevelProperties(xml, level);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// Headings carry no numbers; the outline style still has to exist for Writer's navigator.
void writeOutlineStyle(QXmlStreamWriter &xml)
{
    xml.writeStartElement(u"text:outline-style"_s);
    xml.writeAttribute(u"style:name"_s, u"Outline"_s);
    for (int level = 1; level <= OdtMaxListLevel; ++level) {
        xml.writeStartElement(u"text:outline-level-style"_s);
        xml.writeAttribute(u"text:level"_s, QString::number(level));
        xml.writeAttribute(u"style:num-format"_s, QString());
        xml.writeEmptyElement(u"style:list-level-properties"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writePageLayout(QXmlStreamWriter &xml)
{
    xml.writeStartElement(u"style:page-layout"_s);
    xml.writeAttribute(u"style:name"_s, u"A4"_s);
    xml.writeEmptyElement(u"style:page-layout-properties"_s);
    attributes(xml, {{u"fo:page-width"_s, u"21cm"_s},
                     {u"fo:page-height"_s, u"29.7cm"_s},
                     {u"style:print-orientation"_s, u"portrait"_s},
                     {u"fo:margin-top"_s, u"1.5cm"_s},
                     {u"fo:margin-bottom"_s, u"1.5cm"_s},
                     {u"fo:margin-left"_s, u"2cm"_s},
                     {u"fo:margin-right"_s, u"2cm"_s},
                     {u"style:writing-mode"_s, u"lr-tb"_s}});
    xml.writeStartElement(u"style:header-style"_s);
    xml.writeEmptyElement(u"style:header-footer-properties"_s);
    attributes(xml, {{u"fo:min-height"_s, u"0cm"_s}, {u"fo:margin-bottom"_s, u"0.5cm"_s}});
    xml.writeEndElement();
    xml.writeStartElement(u"style:footer-style"_s);
    xml.writeEmptyElement(u"style:header-footer-properties"_s);
    attributes(xml, {{u"fo:min-height"_s, u"0cm"_s}, {u"fo:margin-top"_s, u"0.5cm"_s}});
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeMasterPage(QXmlStreamWriter &xml, const ReportContent &content)
{
    xml.writeStartElement(u"style:master-page"_s);
    xml.writeAttribute(u"style:name"_s, OdtStyleName::Standard);
    xml.writeAttribute(u"style:page-layout-name"_s, u"A4"_s);
    bool spaceCollapses = true;
    xml.writeStartElement(u"style:header"_s);
    xml.writeStartElement(u"text:p"_s);
    xml.writeAttribute(u"text:style-name"_s, OdtStyleName::Header);
    OdtXml::writeText(xml, content.title, spaceCollapses);
    xml.writeEndElement();
    xml.writeEndElement();
    spaceCollapses = true;
    xml.writeStartElement(u"style:footer"_s);
    xml.writeStartElement(u"text:p"_s);
    xml.writeAttribute(u"text:style-name"_s, OdtStyleName::Footer);
    OdtXml::writeText(xml, content.footerNote, spaceCollapses);
    xml.writeEmptyElement(u"text:tab"_s);
    xml.writeCharacters(u"Pagina "_s);
    xml.writeStartElement(u"text:page-number"_s);
    xml.writeAttribute(u"text:select-page"_s, u"current"_s);
    xml.writeCharacters(u"1"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray OdtStyleSheet::xml(const ReportContent &content)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    OdtXml::startRoot(xml, u"office:document-styles"_s, OdtXml::Part::Styles);
    xml.writeStartElement(u"office:font-face-decls"_s);
    xml.writeEmptyElement(u"style:font-face"_s);
    attributes(xml, {{u"style:name"_s, FontName},
                     {u"svg:font-family"_s, FontName},
                     {u"style:font-family-generic"_s, u"swiss"_s},
                     {u"style:font-pitch"_s, u"variable"_s}});
    xml.writeEndElement();
    xml.writeStartElement(u"office:styles"_s);
    writeDefaults(xml);
    writeParagraphStyles(xml);
    writeTextStyles(xml);
    writeOutlineStyle(xml);
    writeListStyles(xml);
    xml.writeEndElement();
    xml.writeStartElement(u"office:automatic-styles"_s);
    writePageLayout(xml);
    xml.writeEndElement();
    xml.writeStartElement(u"office:master-styles"_s);
    writeMasterPage(xml, content);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Flexwonen::Report
