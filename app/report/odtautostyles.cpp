// SPDX-License-Identifier: EUPL-1.2
#include "odtautostyles.h"

#include "odtxml.h"

#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

constexpr QLatin1String CellBorder{"0.5pt solid #8a99a8"};

void startStyle(QXmlStreamWriter &xml, const QString &name, const QString &family,
                const QString &parent = {})
{
    xml.writeStartElement(u"style:style"_s);
    xml.writeAttribute(u"style:name"_s, name);
    xml.writeAttribute(u"style:family"_s, family);
    if (!parent.isEmpty())
        xml.writeAttribute(u"style:parent-style-name"_s, parent);
}

void writeTextStyle(QXmlStreamWriter &xml, bool bold, bool italic)
{
    startStyle(xml, OdtAutoStyles::textStyle(bold, italic), u"text"_s);
    xml.writeEmptyElement(u"style:text-properties"_s);
    if (bold) {
        xml.writeAttribute(u"fo:font-weight"_s, u"bold"_s);
        xml.writeAttribute(u"style:font-weight-asian"_s, u"bold"_s);
        xml.writeAttribute(u"style:font-weight-complex"_s, u"bold"_s);
    }
    if (italic) {
        xml.writeAttribute(u"fo:font-style"_s, u"italic"_s);
        xml.writeAttribute(u"style:font-style-asian"_s, u"italic"_s);
        xml.writeAttribute(u"style:font-style-complex"_s, u"italic"_s);
    }
    xml.writeEndElement();
}

void writeCellStyle(QXmlStreamWriter &xml, const QString &name, bool header, bool layout)
{
    startStyle(xml, name, u"table-cell"_s);
    xml.writeEmptyElement(u"style:table-cell-properties"_s);
    xml.writeAttribute(u"style:vertical-align"_s, u"top"_s);
    if (layout) {
        xml.writeAttribute(u"fo:padding-top"_s, u"0cm"_s);
        xml.writeAttribute(u"fo:padding-bottom"_s, u"0cm"_s);
        xml.writeAttribute(u"fo:padding-left"_s, u"0cm"_s);
        xml.writeAttribute(u"fo:padding-right"_s, u"0.3cm"_s); // LayoutGapCm of odtcontent.cpp
        xml.writeAttribute(u"fo:border"_s, u"none"_s);
    } else {
        xml.writeAttribute(u"fo:padding"_s, u"0.1cm"_s);
        xml.writeAttribute(u"fo:border"_s, CellBorder);
        if (header)
            xml.writeAttribute(u"fo:background-color"_s, u"#e6ecf2"_s);
    }
    xml.writeEndElement();
}

} // namespace

QString OdtAutoStyles::textStyle(bool bold, bool italic)
{
    if (bold && italic)
        return u"TBoldItalic"_s;
    if (bold)
        return u"TBold"_s;
    return italic ? u"TItalic"_s : QString();
}

QString OdtAutoStyles::headerCell()
{
    return u"CellHeader"_s;
}

QString OdtAutoStyles::bodyCell()
{
    return u"CellBody"_s;
}

QString OdtAutoStyles::layoutCell()
{
    return u"CellLayout"_s;
}

QString OdtAutoStyles::unsplitRow()
{
    return u"RowUnsplit"_s;
}

QString OdtAutoStyles::figureFrame()
{
    return u"FrameFigure"_s;
}

QString OdtAutoStyles::figureParagraph()
{
    return u"PFigure"_s;
}

QString OdtAutoStyles::paragraph(const QString &parent, bool breakBefore)
{
    if (!breakBefore)
        return parent;
    auto it = m_breakParagraphs.constFind(parent);
    if (it == m_breakParagraphs.cend())
        it = m_breakParagraphs.insert(parent, u"PBreak%1"_s.arg(m_breakParagraphs.size() + 1));
    return *it;
}

QString OdtAutoStyles::table(qreal widthCm, const QList<qreal> &weights, bool breakBefore)
{
    const QString name = u"Table%1"_s.arg(m_tables.size() + 1);
    m_tables.append({name, widthCm, weights, breakBefore});
    return name;
}

QString OdtAutoStyles::columnStyle(const QString &table, int column)
{
    return u"%1.C%2"_s.arg(table).arg(column + 1);
}

void OdtAutoStyles::write(QXmlStreamWriter &xml) const
{
    writeTextStyle(xml, true, false);
    writeTextStyle(xml, false, true);
    writeTextStyle(xml, true, true);
    writeCellStyle(xml, headerCell(), true, false);
    writeCellStyle(xml, bodyCell(), false, false);
    writeCellStyle(xml, layoutCell(), false, true);

    startStyle(xml, unsplitRow(), u"table-row"_s);
    xml.writeEmptyElement(u"style:table-row-properties"_s);
    xml.writeAttribute(u"fo:keep-together"_s, u"always"_s);
    xml.writeEndElement();

    // The figure sits in the line like a character: it moves with its paragraph in any template.
    startStyle(xml, figureFrame(), u"graphic"_s);
    xml.writeEmptyElement(u"style:graphic-properties"_s);
    xml.writeAttribute(u"style:vertical-pos"_s, u"top"_s);
    xml.writeAttribute(u"style:vertical-rel"_s, u"baseline"_s);
    xml.writeAttribute(u"fo:border"_s, u"none"_s);
    xml.writeEndElement();
    startStyle(xml, figureParagraph(), u"paragraph"_s, u"Standard"_s);
    xml.writeEmptyElement(u"style:paragraph-properties"_s);
    xml.writeAttribute(u"fo:margin-top"_s, u"0.1cm"_s);
    xml.writeAttribute(u"fo:margin-bottom"_s, u"0.1cm"_s);
    xml.writeAttribute(u"fo:keep-with-next"_s, u"always"_s);
    xml.writeEndElement();

    for (auto it = m_breakParagraphs.cbegin(); it != m_breakParagraphs.cend(); ++it) {
        startStyle(xml, it.value(), u"paragraph"_s, it.key());
        xml.writeEmptyElement(u"style:paragraph-properties"_s);
        xml.writeAttribute(u"fo:break-before"_s, u"page"_s);
        xml.writeEndElement();
    }

    for (const TableStyle &t : m_tables) {
        startStyle(xml, t.name, u"table"_s);
        xml.writeEmptyElement(u"style:table-properties"_s);
        xml.writeAttribute(u"style:width"_s, OdtXml::cm(t.widthCm));
        xml.writeAttribute(u"table:align"_s, u"left"_s);
        xml.writeAttribute(u"fo:margin-top"_s, u"0.1cm"_s);
        xml.writeAttribute(u"fo:margin-bottom"_s, u"0.3cm"_s);
        xml.writeAttribute(u"style:may-break-between-rows"_s, u"true"_s);
        if (t.breakBefore)
            xml.writeAttribute(u"fo:break-before"_s, u"page"_s);
        xml.writeEndElement();
        qreal total = 0;
        for (qreal w : t.weights)
            total += w;
        for (int i = 0; i < t.weights.size(); ++i) {
            const qreal share = t.weights.at(i) / total;
            startStyle(xml, columnStyle(t.name, i), u"table-column"_s);
            xml.writeEmptyElement(u"style:table-column-properties"_s);
            xml.writeAttribute(u"style:column-width"_s, OdtXml::cm(t.widthCm * share));
            xml.writeAttribute(u"style:rel-column-width"_s,
                               QString::number(qMax(1, qRound(share * 10000))) + u'*');
            xml.writeEndElement();
        }
    }
}

} // namespace Flexwonen::Report
