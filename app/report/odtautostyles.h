// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QMap>
#include <QString>

class QXmlStreamWriter;

namespace Flexwonen::Report {

// The automatic styles of content.xml: the formatting that belongs to one spot of the text
// (a bold run, a table's column widths, a page break before a heading) rather than to a named
// style. The content writer asks for them while it writes the body and gets a name back;
// write() puts them all in <office:automatic-styles>, which comes before the body.
class OdtAutoStyles
{
public:
    // Spans of bold and/or italic text (empty when neither).
    static QString textStyle(bool bold, bool italic);
    // The cells of a data table (header cells shaded) and of a layout table (no borders), the
    // rows that never split over a page, the frame and paragraph of a figure.
    static QString headerCell();
    static QString bodyCell();
    static QString layoutCell();
    static QString unsplitRow();
    static QString figureFrame();
    static QString figureParagraph();

    // parent itself, or when breakBefore an automatic style of it that starts a new page.
    QString paragraph(const QString &parent, bool breakBefore);
    // A table breakBefore a page, widthCm wide, with one column style per relative width;
    // returns the table's style name, the column styles are columnStyle(table, i).
    QString table(qreal widthCm, const QList<qreal> &weights, bool breakBefore);
    static QString columnStyle(const QString &table, int column);

    void write(QXmlStreamWriter &xml) const;

private:
    struct TableStyle
    {
        QString name;
        qreal widthCm;
        QList<qreal> weights;
        bool breakBefore;
    };
    QMap<QString, QString> m_breakParagraphs; // parent → its page-break variant
    QList<TableStyle> m_tables;
};

} // namespace Flexwonen::Report
