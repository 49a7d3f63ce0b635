// SPDX-License-Identifier: EUPL-1.2
#include "odtcontent.h"

#include "odtfigure.h"
#include "odtstyles.h"
#include "odtxml.h"
#include "reportblocks.h"

#include <cmath>
#include <QBuffer>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

// The gap right of a layout column (CellLayout's padding), and the least width content gets
// however deep columns nest.
constexpr qreal LayoutGapCm = 0.3;
constexpr qreal MinWidthCm = 2;

// Word keeps bookmark names of letters, digits and underscores, starting with a letter, at
// most 40 characters; LibreOffice takes anything. Anchors come from ids of the knowledge base,
// so they are made to fit.
QString bookmarkName(const QString &wanted, QSet<QString> &used)
{
    QString name;
    for (const QChar c : wanted) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    if (name.isEmpty() || !name.at(0).isLetter())
        name.prepend(u"kop_"_s);
    name.truncate(34);
    QString unique = name;
    for (int n = 2; used.contains(unique); ++n)
        unique = name + u'_' + QString::number(n);
    used.insert(unique);
    return unique;
}

QString roleStyle(TextRole role)
{
    switch (role) {
    case TextRole::Small:
        return OdtStyleName::Small;
    case TextRole::Caption:
        return OdtStyleName::Caption;
    case TextRole::Body:
        break;
    }
    return OdtStyleName::Body;
}

// Relative widths that are all positive and finite, one per column.
QList<qreal> columnWeights(const QList<qreal> &given, qsizetype columns)
{
    QList<qreal> weights;
    for (qsizetype i = 0; i < columns; ++i) {
        const qreal w = i < given.size() ? given.at(i) : 0;
        weights.append(std::isfinite(w) && w > 0 ? w : 1);
    }
    return weights;
}

} // namespace

OdtContentWriter::OdtContentWriter(const ReportContent &content)
    : m_content(content)
    , m_xml(&m_body)
{}

QByteArray OdtContentWriter::xml()
{
    QSet<QString> used;
    collectHeadings(m_content.blocks);
    for (HeadingRef &h : m_headings) {
        // Headings with an anchor keep its name; the rest get one for the contents links.
        const QString anchor = h.bookmark;
        h.bookmark = bookmarkName(anchor.isEmpty() ? u"kop"_s : anchor, used);
        if (!anchor.isEmpty() && !m_anchorToMark.contains(anchor))
            m_anchorToMark.insert(anchor, h.bookmark);
    }

    // The body first, into its own buffer: it decides which automatic styles exist.
    writeBlocks(m_content.blocks, OdtTextWidthCm, true);

    QByteArray out;
    QBuffer device(&out);
    device.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&device);
    xml.writeStartDocument();
    OdtXml::startRoot(xml, u"office:document-content"_s, OdtXml::Part::Content);
    xml.writeStartElement(u"office:font-face-decls"_s);
    xml.writeEmptyElement(u"style:font-face"_s);
    xml.writeAttribute(u"style:name"_s, u"Arial"_s);
    xml.writeAttribute(u"svg:font-family"_s, u"Arial"_s);
    xml.writeAttribute(u"style:font-family-generic"_s, u"swiss"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"office:automatic-styles"_s);
    m_styles.write(xml);
    xml.writeEndElement();
    xml.writeStartElement(u"office:body"_s);
    xml.writeStartElement(u"office:text"_s);
    // Close the start tag, then put the body's elements in as they were written.
    xml.writeCharacters(QString());
    device.write(m_body);
    xml.writeEndElement(); // office:text
    xml.writeEndElement(); // office:body
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

void OdtContentWriter::collectHeadings(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Heading)
            m_headings.append({qBound(1, b.level, 3), b.text.plainText(), b.anchor});
        else if (b.kind == Block::Kind::TableOfContents)
            m_tocStarts.append(int(m_headings.size()));
        else if (b.kind == Block::Kind::Columns && b.columns)
            for (const QList<Block> &column : b.columns->columns)
                collectHeadings(column);
    }
}

bool OdtContentWriter::takeBreak(bool topLevel)
{
    if (!topLevel || !m_pendingBreak)
        return false;
    m_pendingBreak = false;
    return true;
}

QString OdtContentWriter::paragraphStyle(const QString &base, bool topLevel)
{
    return m_styles.paragraph(base, takeBreak(topLevel));
}

void OdtContentWriter::writeBlocks(const QList<Block> &blocks, qreal widthCm, bool topLevel)
{
    for (const Block &b : blocks) {
        if (b.kind != Block::Kind::ListItem)
            closeLists();
        switch (b.kind) {
        case Block::Kind::Heading:
            writeHeading(b, topLevel);
            break;
        case Block::Kind::Paragraph:
            writeParagraph(paragraphStyle(roleStyle(b.role), topLevel), b.text);
            break;
        case Block::Kind::ListItem:
            writeListItem(b, topLevel);
            break;
        case Block::Kind::Table:
            if (b.table)
                writeTable(*b.table, widthCm, topLevel);
            break;
        case Block::Kind::Figure:
            if (b.figure)
                writeFigure(*b.figure, widthCm, topLevel);
            break;
        case Block::Kind::Columns:
            if (b.columns)
                writeColumns(*b.columns, widthCm, topLevel);
            break;
        case Block::Kind::TableOfContents:
            // An index belongs in the flow of the document, not in a layout cell.
            if (topLevel)
                writeTableOfContents();
            break;
        case Block::Kind::PageBreak:
            // Carried by whatever comes next: a page break of its own would be an empty line.
            if (topLevel)
                m_pendingBreak = true;
            break;
        }
    }
    closeLists();
}

void OdtContentWriter::writeHeading(const Block &block, bool topLevel)
{
    const int level = qBound(1, block.level, 3);
    const HeadingRef &ref = m_headings.at(m_headingsWritten++);
    m_xml.writeStartElement(u"text:h"_s);
    m_xml.writeAttribute(u"text:style-name"_s,
                         paragraphStyle(OdtStyleName::heading(level), topLevel));
    m_xml.writeAttribute(u"text:outline-level"_s, QString::number(level));
    m_xml.writeEmptyElement(u"text:bookmark"_s);
    m_xml.writeAttribute(u"text:name"_s, ref.bookmark);
    writeRuns(block.text);
    m_xml.writeEndElement();
}

void OdtContentWriter::writeParagraph(const QString &style, const Paragraph &text)
{
    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, style);
    writeRuns(text);
    m_xml.writeEndElement();
}

QString OdtContentWriter::linkTarget(const QString &link) const
{
    if (link.startsWith(u'#')) {
        const QString mark = m_anchorToMark.value(link.mid(1));
        return mark.isEmpty() ? QString() : u'#' + mark;
    }
    if (!isPrintableLink(link))
        return {};
    return OdtXml::xmlSafe(QString::fromLatin1(QUrl(link).toEncoded()));
}

void OdtContentWriter::writeRuns(const Paragraph &text)
{
    bool spaceCollapses = true;
    QString openLink;
    bool linkOpen = false;
    for (const TextRun &run : text.runs) {
        const QString target = run.link.isEmpty() ? QString() : linkTarget(run.link);
        if (linkOpen && target != openLink) {
            m_xml.writeEndElement();
            linkOpen = false;
        }
        if (!target.isEmpty() && !linkOpen) {
            m_xml.writeStartElement(u"text:a"_s);
            m_xml.writeAttribute(u"xlink:type"_s, u"simple"_s);
            m_xml.writeAttribute(u"xlink:href"_s, target);
            m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::Link);
            m_xml.writeAttribute(u"text:visited-style-name"_s, OdtStyleName::VisitedLink);
            openLink = target;
            linkOpen = true;
        }
        const QString span = OdtAutoStyles::textStyle(run.bold, run.italic);
        if (!span.isEmpty()) {
            m_xml.writeStartElement(u"text:span"_s);
            m_xml.writeAttribute(u"text:style-name"_s, span);
        }
        OdtXml::writeText(m_xml, run.text, spaceCollapses);
        if (!span.isEmpty())
            m_xml.writeEndElement();
    }
    if (linkOpen)
        m_xml.writeEndElement();
}

// Flat list items become nested <text:list>s: a deeper item opens a list inside the open
// item (or inside an item without text when a level is skipped), a shallower one closes
// lists, a change between numbered and bulleted at one level starts a new list there.
void OdtContentWriter::writeListItem(const Block &block, bool topLevel)
{
    const int level = qBound(1, block.level, OdtMaxListLevel);
    const auto pop = [this] {
        if (m_lists.last().itemOpen)
            m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_lists.removeLast();
    };
    while (m_lists.size() > level)
        pop();
    if (m_lists.size() == level && m_lists.last().ordered != block.ordered)
        pop();
    while (m_lists.size() < level) {
        if (!m_lists.isEmpty() && !m_lists.last().itemOpen) {
            m_xml.writeStartElement(u"text:list-item"_s);
            m_lists.last().itemOpen = true;
        }
        m_xml.writeStartElement(u"text:list"_s);
        m_xml.writeAttribute(u"text:style-name"_s,
                             block.ordered ? OdtStyleName::NumberedList : OdtStyleName::BulletList);
        m_lists.append({block.ordered, false, 1});
    }
    ListLevel &current = m_lists.last();
    if (current.itemOpen)
        m_xml.writeEndElement();
    m_xml.writeStartElement(u"text:list-item"_s);
    current.itemOpen = true;
    // The builder's number wins where it differs from the count (a list continued after text).
    if (block.ordered && block.number > 0 && block.number != current.next) {
        m_xml.writeAttribute(u"text:start-value"_s, QString::number(block.number));
        current.next = block.number;
    }
    ++current.next;
    writeParagraph(paragraphStyle(OdtStyleName::ListParagraph, topLevel), block.text);
}

void OdtContentWriter::closeLists()
{
    while (!m_lists.isEmpty()) {
        if (m_lists.last().itemOpen)
            m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_lists.removeLast();
    }
}

void OdtContentWriter::writeTable(const Table &table, qreal widthCm, bool topLevel)
{
    qsizetype columns = table.columnWeights.size();
    for (const QList<TableCell> &row : table.rows)
        columns = qMax(columns, row.size());
    if (columns == 0)
        return;
    const QString style =
        m_styles.table(widthCm, columnWeights(table.columnWeights, columns), takeBreak(topLevel));
    m_xml.writeStartElement(u"table:table"_s);
    m_xml.writeAttribute(u"table:name"_s, u"Tabel%1"_s.arg(++m_tablesWritten));
    m_xml.writeAttribute(u"table:style-name"_s, style);
    if (!table.summary.isEmpty())
        m_xml.writeTextElement(u"table:desc"_s, OdtXml::xmlSafe(table.summary));
    for (qsizetype c = 0; c < columns; ++c) {
        m_xml.writeEmptyElement(u"table:table-column"_s);
        m_xml.writeAttribute(u"table:style-name"_s, OdtAutoStyles::columnStyle(style, int(c)));
    }
    const qsizetype headerRows =
        qBound(qsizetype(0), qsizetype(table.headerRows), table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool header = r < headerRows;
        if (header && r == 0)
            m_xml.writeStartElement(u"table:table-header-rows"_s);
        m_xml.writeStartElement(u"table:table-row"_s);
        m_xml.writeAttribute(u"table:style-name"_s, OdtAutoStyles::unsplitRow());
        const QList<TableCell> &row = table.rows.at(r);
        for (qsizetype c = 0; c < columns; ++c) {
            m_xml.writeStartElement(u"table:table-cell"_s);
            m_xml.writeAttribute(u"table:style-name"_s,
                                 header ? OdtAutoStyles::headerCell() : OdtAutoStyles::bodyCell());
            m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
            const QString textStyle =
                header ? OdtStyleName::TableHeading : OdtStyleName::TableContents;
            const QList<Paragraph> empty{Paragraph{}};
            const QList<Paragraph> &paragraphs =
                c < row.size() && !row.at(c).paragraphs.isEmpty() ? row.at(c).paragraphs : empty;
            for (const Paragraph &p : paragraphs)
                writeParagraph(textStyle, p);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        if (header && r == headerRows - 1)
            m_xml.writeEndElement(); // table-header-rows
    }
    m_xml.writeEndElement();
}

void OdtContentWriter::writeFigure(const Figure &figure, qreal widthCm, bool topLevel)
{
    const QString paragraph = paragraphStyle(OdtAutoStyles::figureParagraph(), topLevel);
    const OdtPicture picture = OdtPicture::render(figure, widthCm);
    const QString alt = OdtXml::xmlSafe(figure.altText);
    if (picture.png.isEmpty()) {
        // Nothing to show: the reader still gets what the figure would have said.
        writeParagraph(paragraph, Paragraph{{TextRun{figure.altText, false, true, {}}}});
        return;
    }
    const int number = int(m_pictures.size()) + 1;
    const QString path = u"Pictures/figuur-%1.png"_s.arg(number);
    m_pictures.append({path, picture.png});

    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s, paragraph);
    m_xml.writeStartElement(u"draw:frame"_s);
    m_xml.writeAttribute(u"draw:style-name"_s, OdtAutoStyles::figureFrame());
    m_xml.writeAttribute(u"draw:name"_s, u"Figuur %1"_s.arg(number));
    m_xml.writeAttribute(u"text:anchor-type"_s, u"as-char"_s);
    m_xml.writeAttribute(u"svg:width"_s, OdtXml::cm(picture.sizeCm.width()));
    m_xml.writeAttribute(u"svg:height"_s, OdtXml::cm(picture.sizeCm.height()));
    m_xml.writeAttribute(u"draw:z-index"_s, u"0"_s);
    m_xml.writeEmptyElement(u"draw:image"_s);
    m_xml.writeAttribute(u"xlink:href"_s, path);
    m_xml.writeAttribute(u"xlink:type"_s, u"simple"_s);
    m_xml.writeAttribute(u"xlink:show"_s, u"embed"_s);
    m_xml.writeAttribute(u"xlink:actuate"_s, u"onLoad"_s);
    // LibreOffice shows svg:title as the alternative text, Word reads svg:desc: both carry it.
    m_xml.writeTextElement(u"svg:title"_s, alt);
    m_xml.writeTextElement(u"svg:desc"_s, alt);
    m_xml.writeEndElement(); // frame
    m_xml.writeEndElement(); // p
}

void OdtContentWriter::writeColumns(const Columns &columns, qreal widthCm, bool topLevel)
{
    const qsizetype count = qMax(columns.columns.size(), columns.weights.size());
    if (count == 0)
        return;
    const QList<qreal> weights = columnWeights(columns.weights, count);
    qreal total = 0;
    for (qreal w : weights)
        total += w;
    const QString style = m_styles.table(widthCm, weights, takeBreak(topLevel));
    m_xml.writeStartElement(u"table:table"_s);
    m_xml.writeAttribute(u"table:name"_s, u"Kolommen%1"_s.arg(++m_layoutsWritten));
    m_xml.writeAttribute(u"table:style-name"_s, style);
    for (qsizetype c = 0; c < count; ++c) {
        m_xml.writeEmptyElement(u"table:table-column"_s);
        m_xml.writeAttribute(u"table:style-name"_s, OdtAutoStyles::columnStyle(style, int(c)));
    }
    m_xml.writeStartElement(u"table:table-row"_s);
    m_xml.writeAttribute(u"table:style-name"_s, OdtAutoStyles::unsplitRow());
    for (qsizetype c = 0; c < count; ++c) {
        m_xml.writeStartElement(u"table:table-cell"_s);
        m_xml.writeAttribute(u"table:style-name"_s, OdtAutoStyles::layoutCell());
        m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
        // Every cell holds at least one paragraph, or Writer adds one itself. (Writing no
        // characters closes the cell's start tag, so the size tells whether blocks followed.)
        m_xml.writeCharacters(QString());
        const qsizetype sizeBefore = m_body.size();
        if (c < columns.columns.size())
            writeBlocks(columns.columns.at(c),
                        qMax(MinWidthCm, widthCm * weights.at(c) / total - LayoutGapCm), false);
        if (m_body.size() == sizeBefore)
            writeParagraph(OdtStyleName::Body, {});
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // row
    m_xml.writeEndElement(); // table
}

// A Writer index over the level-2 headings (the report's sections), so Tools ▸ Update fills in
// the page numbers; until then it lists the sections, each linked to its heading.
void OdtContentWriter::writeTableOfContents()
{
    const int start = m_tocStarts.value(m_tocsWritten++, int(m_headings.size()));
    const QString title = u"Inhoud"_s;
    const QString name = u"Inhoudsopgave%1"_s.arg(m_tocsWritten);
    const bool breakBefore = takeBreak(true);

    m_xml.writeStartElement(u"text:table-of-content"_s);
    m_xml.writeAttribute(u"text:name"_s, name);
    m_xml.writeAttribute(u"text:protected"_s, u"true"_s);
    m_xml.writeStartElement(u"text:table-of-content-source"_s);
    m_xml.writeAttribute(u"text:outline-level"_s, u"1"_s);
    m_xml.writeAttribute(u"text:use-outline-level"_s, u"false"_s);
    m_xml.writeAttribute(u"text:use-index-marks"_s, u"false"_s);
    m_xml.writeAttribute(u"text:use-index-source-styles"_s, u"true"_s);
    m_xml.writeStartElement(u"text:index-title-template"_s);
    m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::ContentsHeading);
    m_xml.writeCharacters(title);
    m_xml.writeEndElement();
    m_xml.writeStartElement(u"text:table-of-content-entry-template"_s);
    m_xml.writeAttribute(u"text:outline-level"_s, u"1"_s);
    m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::Contents1);
    m_xml.writeEmptyElement(u"text:index-entry-link-start"_s);
    m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::IndexLink);
    m_xml.writeEmptyElement(u"text:index-entry-text"_s);
    m_xml.writeEmptyElement(u"text:index-entry-tab-stop"_s);
    m_xml.writeAttribute(u"style:type"_s, u"right"_s);
    m_xml.writeAttribute(u"style:leader-char"_s, u"."_s);
    m_xml.writeEmptyElement(u"text:index-entry-page-number"_s);
    m_xml.writeEmptyElement(u"text:index-entry-link-end"_s);
    m_xml.writeEndElement(); // entry template
    // The sections are the level-2 headings; Writer finds them by their style when updating.
    m_xml.writeStartElement(u"text:index-source-styles"_s);
    m_xml.writeAttribute(u"text:outline-level"_s, u"1"_s);
    m_xml.writeEmptyElement(u"text:index-source-style"_s);
    m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::heading(2));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // source

    m_xml.writeStartElement(u"text:index-body"_s);
    m_xml.writeStartElement(u"text:index-title"_s);
    m_xml.writeAttribute(u"text:name"_s, name + u"_titel"_s);
    m_xml.writeStartElement(u"text:p"_s);
    m_xml.writeAttribute(u"text:style-name"_s,
                         m_styles.paragraph(OdtStyleName::ContentsHeading, breakBefore));
    m_xml.writeCharacters(title);
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // index-title
    for (qsizetype i = start; i < m_headings.size(); ++i) {
        const HeadingRef &h = m_headings.at(i);
        if (h.level != 2)
            continue;
        m_xml.writeStartElement(u"text:p"_s);
        m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::Contents1);
        m_xml.writeStartElement(u"text:a"_s);
        m_xml.writeAttribute(u"xlink:type"_s, u"simple"_s);
        m_xml.writeAttribute(u"xlink:href"_s, u'#' + h.bookmark);
        m_xml.writeAttribute(u"text:style-name"_s, OdtStyleName::IndexLink);
        m_xml.writeAttribute(u"text:visited-style-name"_s, OdtStyleName::IndexLink);
        bool spaceCollapses = true;
        OdtXml::writeText(m_xml, h.text, spaceCollapses);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // index-body
    m_xml.writeEndElement();
}

} // namespace Flexwonen::Report
