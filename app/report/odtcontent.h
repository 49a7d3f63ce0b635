// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "odtautostyles.h"
#include "reportcontent.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QXmlStreamWriter>

namespace Flexwonen::Report {

// content.xml: the blocks as ODF text — headings with their outline level and a bookmark,
// paragraphs in the named style of their role, nested lists, tables with a repeated header
// row, figures as embedded PNG pictures with their alternative text, columns as a borderless
// one-row table, the table of contents as an index Writer can update. Links are written only
// to http(s)/mailto addresses and to headings of the same report; anything else stays text.
class OdtContentWriter
{
public:
    struct Picture
    {
        QString path; // "Pictures/figuur-1.png"
        QByteArray png;
    };

    explicit OdtContentWriter(const ReportContent &content);

    QByteArray xml(); // renders the figures, so call once
    const QList<Picture> &pictures() const { return m_pictures; }

private:
    struct HeadingRef
    {
        int level;
        QString text;
        QString bookmark;
    };

    void collectHeadings(const QList<Block> &blocks);
    void writeBlocks(const QList<Block> &blocks, qreal widthCm, bool topLevel);
    void writeHeading(const Block &block, bool topLevel);
    void writeParagraph(const QString &style, const Paragraph &text);
    void writeRuns(const Paragraph &text);
    void writeListItem(const Block &block, bool topLevel);
    void closeLists();
    void writeTable(const Table &table, qreal widthCm, bool topLevel);
    void writeFigure(const Figure &figure, qreal widthCm, bool topLevel);
    void writeColumns(const Columns &columns, qreal widthCm, bool topLevel);
    void writeTableOfContents();
    QString linkTarget(const QString &link) const;
    QString paragraphStyle(const QString &base, bool topLevel);
    bool takeBreak(bool topLevel);

    const ReportContent &m_content;
    QByteArray m_body;
    QXmlStreamWriter m_xml;
    OdtAutoStyles m_styles;
    QList<HeadingRef> m_headings;           // every heading, in document order
    QList<int> m_tocStarts;                 // per contents block: the first heading after it
    QHash<QString, QString> m_anchorToMark; // Block::anchor → bookmark name
    int m_headingsWritten = 0;
    int m_tocsWritten = 0;
    int m_tablesWritten = 0;
    int m_layoutsWritten = 0;
    bool m_pendingBreak = false;

    struct ListLevel
    {
        bool ordered;
        bool itemOpen;
        int next; // the number the next item gets without text:start-value
    };
    QList<ListLevel> m_lists;
    QList<Picture> m_pictures;
};

} // namespace Flexwonen::Report
