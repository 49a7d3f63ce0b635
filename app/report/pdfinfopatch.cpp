// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfopatch.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

// A PDF text string in UTF-16BE with a byte-order mark, hex-encoded: safe for any character.
QByteArray textString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

// The dictionary of object "num 0 obj" (its last definition), or empty.
QByteArray objectDictionary(const QByteArray &pdf, int num)
{
    const QByteArray head = '\n' + QByteArray::number(num) + " 0 obj";
    const qsizetype at = pdf.lastIndexOf(head);
    if (at < 0)
        return {};
    const qsizetype open = pdf.indexOf("<<", at);
    const qsizetype end = pdf.indexOf("endobj", at);
    if (open < 0 || end < 0 || open > end)
        return {};
    // The dictionary ends at the last ">>" before endobj (no stream in Info or Catalog).
    const qsizetype close = pdf.lastIndexOf(">>", end);
    if (close < open)
        return {};
    return pdf.mid(open, close + 2 - open);
}

QByteArray xrefLine(qsizetype offset)
{
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
}

} // namespace

QByteArray addPdfInfo(const QByteArray &pdf, const PdfInfo &info)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return pdf;
    const QByteArray trailer = pdf.mid(trailerAt, startxrefAt - trailerAt);
    const auto number = [&trailer](const char *key) {
        const QRegularExpression re(u"/%1\\s+(\\d+)"_s.arg(QLatin1String(key)));
        const auto m = re.match(QString::fromLatin1(trailer));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const int size = number("Size");
    const int root = number("Root");
    const int infoObj = number("Info");
    bool ok = false;
    const qint64 prevXref =
        pdf.mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (size <= 0 || root <= 0 || !ok)
        return pdf;
    const QByteArray catalog = objectDictionary(pdf, root);
    if (catalog.isEmpty())
        return pdf;
    // Keep what Qt wrote (Title, Creator, Producer, CreationDate), add the rest.
    QByteArray oldInfo = infoObj > 0 ? objectDictionary(pdf, infoObj) : QByteArray("<<\n>>");
    if (oldInfo.isEmpty())
        oldInfo = "<<\n>>";
    QByteArray added;
    if (!info.title.isEmpty() && !oldInfo.contains("/Title"))
        added += "/Title " + textString(info.title) + '\n';
    if (!info.author.isEmpty())
        added += "/Author " + textString(info.author) + '\n';
    if (!info.subject.isEmpty())
        added += "/Subject " + textString(info.subject) + '\n';
    if (!info.keywords.isEmpty())
        added += "/Keywords " + textString(info.keywords) + '\n';
    const QByteArray newInfo = "<<\n" + added + oldInfo.mid(2);
    const QByteArray newCatalog = "<<\n/Lang " + textString(info.language) + '\n' + catalog.mid(2);

    const int infoNum = infoObj > 0 ? infoObj : size;
    const int newSize = infoObj > 0 ? size : size + 1;
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype catalogAt = out.size();
    out += QByteArray::number(root) + " 0 obj\n" + newCatalog + "\nendobj\n";
    const qsizetype infoAt = out.size();
    out += QByteArray::number(infoNum) + " 0 obj\n" + newInfo + "\nendobj\n";
    const qsizetype xrefAt = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    out += QByteArray::number(root) + " 1\n" + xrefLine(catalogAt);
    out += QByteArray::number(infoNum) + " 1\n" + xrefLine(infoAt);
    out += "trailer\n<<\n/Size " + QByteArray::number(newSize) + "\n/Root " +
           QByteArray::number(root) + " 0 R\n/Info " + QByteArray::number(infoNum) +
           " 0 R\n/Prev " + QByteArray::number(prevXref) + "\n>>\nstartxref\n" +
           QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace Flexwonen::Report
