// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "kb/kberror.h"
#include "pdfinfopatch.h"
#include "pdfrenderer.h"
#include "reportlog.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

constexpr int Resolution = 300;

// The author the user chose (export dialog, --author), with their organisation; empty if none.
QString authorOf(const ReportContent &content)
{
    QStringList parts;
    for (const QString &part : {content.metadata.author, content.metadata.organisation}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.simplified());
    }
    return parts.join(u", "_s);
}

// Text for the XMP packet, well-formed whatever a title holds: markup characters escaped, CR
// kept as a reference (a parser would turn a raw one into LF), and what XML 1.0 forbids in a
// document (most C0 controls, lone surrogates, U+FFFE, U+FFFF) left out.
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

// XMP packet: what Qt 6.4 can carry of author, subject and language (dc:creator,
// dc:description, dc:language); the Info dictionary gets the same via addPdfInfo.
QByteArray xmpPacket(const ReportContent &content)
{
    const QString xmp =
        u"<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt>"
        "</dc:description>\n"
        "<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>\n"
        "<pdf:Producer>Qt %4</pdf:Producer>\n"
        "<xmp:CreatorTool>Flexwonen Kennisbank %5</xmp:CreatorTool>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>"_s.arg(
            xmlEscape(content.title), xmlEscape(authorOf(content)), xmlEscape(content.subject),
            QString::fromLatin1(qVersion()), QStringLiteral(FLEXWONEN_VERSION));
    return xmp.toUtf8();
}

} // namespace

QByteArray PdfExporter::render(ReportDocument &report, const Progress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool finished = false;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(report.content().title);
        writer.setCreator(u"Flexwonen Kennisbank %1"_s.arg(QStringLiteral(FLEXWONEN_VERSION)));
        writer.setDocumentXmpMetadata(xmpPacket(report.content()));
        report.layout(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            throw Kb::Error(Kb::Error::Kind::Io, u"Kan de PDF niet opmaken"_s);
        finished = report.paint(painter, writer, progress);
        painter.end();
    }
    if (!finished)
        return {};
    return addPdfInfo(buffer.data(),
                      {report.content().title, authorOf(report.content()), report.content().subject,
                       u"arbeidsmigranten, huisvesting, flexwonen"_s,
                       u"Flexwonen Kennisbank %1"_s.arg(QStringLiteral(FLEXWONEN_VERSION)),
                       u"Qt %1"_s.arg(QString::fromLatin1(qVersion()))});
}

void PdfExporter::checkTarget(const QString &path, Overwrite overwrite)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (path.isEmpty())
        throw Kb::Error(Kb::Error::Kind::BadInput, u"Geen uitvoerbestand opgegeven"_s);
    if (!dir.exists())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"De map %1 bestaat niet"_s.arg(QDir::toNativeSeparators(dir.filePath())));
    if (!dir.isDir())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"%1 is geen map"_s.arg(QDir::toNativeSeparators(dir.filePath())));
    if (file.isDir())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"%1 is een map, geen bestand"_s.arg(QDir::toNativeSeparators(path)));
    // A symbolic link counts as an existing file even when it points nowhere: writing through
    // it would put the report where the link's maker chose, not where the user asked.
    if ((file.exists() || file.isSymLink()) && overwrite == Overwrite::No)
        throw Kb::Error(
            Kb::Error::Kind::Io,
            u"Het bestand %1 bestaat al en is niet overschreven (gebruik --force)"_s.arg(
                QDir::toNativeSeparators(path)));
}

void PdfExporter::saveAtomically(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    // QSaveFile would write to a link's target; the report replaces the link itself instead,
    // and whatever it pointed at stays untouched.
    if (QFileInfo(path).isSymLink() && !QFile::remove(path))
        throw Kb::Error(Kb::Error::Kind::Io, u"Kan de koppeling %1 niet vervangen"_s.arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"Kan %1 niet schrijven: %2"_s.arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Kb::Error(
            Kb::Error::Kind::Io,
            u"Schrijven naar %1 mislukt (schijf vol?): %2; er is niets opgeslagen"_s.arg(shown,
                                                                                         reason));
    }
    if (!file.commit())
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"Opslaan van %1 mislukt (schijf vol?): %2; er is niets opgeslagen"_s.arg(
                            shown, file.errorString()));
    qCInfo(lcReport).noquote() << u"rapport opgeslagen: %1 (%2 bytes)"_s.arg(shown).arg(
        bytes.size());
}

bool PdfExporter::write(ReportDocument &report, const QString &path, Overwrite overwrite,
                        const Progress &progress)
{
    checkTarget(path, overwrite);
    const QByteArray pdf = render(report, progress);
    if (pdf.isEmpty())
        return false;
    saveAtomically(path, pdf);
    return true;
}

bool PdfExporter::write(const ReportContent &content, const QString &path, Overwrite overwrite,
                        const Progress &progress)
{
    checkTarget(path, overwrite);
    const QByteArray pdf = PdfRenderer::render(content, progress);
    if (pdf.isEmpty())
        return false;
    saveAtomically(path, pdf);
    return true;
}

} // namespace Flexwonen::Report
