// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinfopatch.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

// A PDF text string in UTF-16BE with a byte-order mark, hex-encoded: safe for any character.
QByteArray textString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool paired =
            text[i].isHighSurrogate()
                ? i + 1 < text.size() && text[i + 1].isLowSurrogate()
                : text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate();
        // A lone surrogate is no text: U+FFFD, so the string stays valid UTF-16.
        const char16_t c = text[i].isSurrogate() && !paired ? 0xFFFD : text[i].unicode();
        bytes.append(char(c >> 8));
        bytes.append(char(c & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

// Where object num starts, from the classic xref table at xrefAt (as Qt writes it: "xref",
// subsections "first count", 20-byte entries "oooooooooo ggggg n \n"), or -1.
qsizetype objectOffset(const QByteArray &pdf, qsizetype xrefAt, int num)
{
    if (xrefAt < 0 || xrefAt >= pdf.size() || !pdf.mid(xrefAt, 4).startsWith("xref"))
        return -1;
    qsizetype at = xrefAt + 4;
    const auto skipSpace = [&] {
        while (at < pdf.size() && (pdf[at] == '\n' || pdf[at] == '\r' || pdf[at] == ' '))
            ++at;
    };
    for (;;) {
        skipSpace();
        const qsizetype end = pdf.indexOf('\n', at);
        if (end < 0)
            return -1;
        const QList<QByteArray> header = pdf.mid(at, end - at).trimmed().split(' ');
        bool firstOk = false;
        bool countOk = false;
        const qint64 first = header.value(0).toLongLong(&firstOk);
        const qint64 count = header.value(1).toLongLong(&countOk);
        if (header.size() != 2 || !firstOk || !countOk || first < 0 || count < 0)
            return -1; // "trailer" or anything else: not in this table
        at = end + 1;
        if (num >= first && num < first + count) {
            const QByteArray entry = pdf.mid(at + (num - first) * 20, 20);
            bool ok = false;
            const qint64 offset = entry.left(10).toLongLong(&ok);
            if (!ok || entry.size() < 18 || entry[17] != 'n' || offset <= 0 || offset >= pdf.size())
                return -1;
            return offset;
        }
        at += count * 20;
    }
}

// The dictionary of the object at offset ("num 0 obj <<…>> endobj"), or empty. Only for
// objects without strings or streams (the catalog).
QByteArray objectDictionary(const QByteArray &pdf, qsizetype at, int num)
{
    if (at < 0 || !pdf.mid(at).startsWith(QByteArray::number(num) + " 0 obj"))
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
    const QByteArray catalog = objectDictionary(pdf, objectOffset(pdf, prevXref, root), root);
    if (catalog.isEmpty())
        return pdf;
    QByteArray newInfo = "<<\n";
    const QList<std::pair<const char *, QString>> fields = {
        {"Title", info.title},       {"Author", info.author},   {"Subject", info.subject},
        {"Keywords", info.keywords}, {"Creator", info.creator}, {"Producer", info.producer}};
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            newInfo += '/' + QByteArray(key) + ' ' + textString(value) + '\n';
    }
    newInfo += "/CreationDate (D:" +
               QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)\n>>";
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
