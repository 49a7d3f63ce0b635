// SPDX-License-Identifier: EUPL-1.2
#include "pdfpostprocessor.h"

#include "kb/kberror.h"
#include "pdfxmp.h"
#include "reportlog.h"

#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::Pdf {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

bool paints(const std::string &op)
{
    static const std::set<std::string> painting = {"S",  "s",  "f",  "F", "f*", "B",  "B*", "b",
                                                   "b*", "Tj", "TJ", "'", "\"", "Do", "sh", "BI"};
    return painting.count(op) > 0;
}

// Wraps each stretch of content at marked-content depth 0 that paints something in
// /Artifact BMC … EMC. A stretch ends where a marked-content sequence begins; cairo opens and
// closes those outside text objects, so no text object is cut.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter
{
public:
    void handleToken(const QPDFTokenizer::Token &token) override
    {
        m_instruction.push_back(token);
        if (token.getType() != QPDFTokenizer::tt_word)
            return;
        const std::string &op = token.getValue();
        if (op == "BDC" || op == "BMC") {
            if (m_depth == 0)
                flushStretch();
            ++m_depth;
            flushInstruction();
        } else if (op == "EMC") {
            m_depth = std::max(0, m_depth - 1);
            flushInstruction();
        } else if (m_depth == 0) {
            m_paints = m_paints || paints(op);
            m_stretch.insert(m_stretch.end(), m_instruction.begin(), m_instruction.end());
            m_instruction.clear();
        } else {
            flushInstruction();
        }
    }

    void handleEOF() override
    {
        m_stretch.insert(m_stretch.end(), m_instruction.begin(), m_instruction.end());
        m_instruction.clear();
        flushStretch();
    }

    int artifacts() const { return m_artifacts; }

private:
    void flushInstruction()
    {
        for (const QPDFTokenizer::Token &t : m_instruction)
            writeToken(t);
        m_instruction.clear();
    }

    void flushStretch()
    {
        if (m_paints) {
            write("/Artifact BMC\n");
            ++m_artifacts;
        }
        for (const QPDFTokenizer::Token &t : m_stretch)
            writeToken(t);
        if (m_paints)
            write("\nEMC\n");
        m_stretch.clear();
        m_paints = false;
    }

    std::vector<QPDFTokenizer::Token> m_instruction; // operands so far and the operator
    std::vector<QPDFTokenizer::Token> m_stretch;     // instructions at depth 0
    int m_depth = 0;
    bool m_paints = false;
    int m_artifacts = 0;
};

QPDFObjectHandle name(const char *n)
{
    return QPDFObjectHandle::newName(n);
}

// The structure elements in document order (depth first), each once.
void collectElements(QPDFObjectHandle node, std::vector<QPDFObjectHandle> &out,
                     std::set<QPDFObjGen> &seen)
{
    if (node.isArray()) {
        for (QPDFObjectHandle &child : node.getArrayAsVector())
            collectElements(child, out, seen);
        return;
    }
    if (!node.isDictionary() || !node.getKey("/S").isName())
        return; // a marked-content id, an object or marked-content reference
    if (node.isIndirect() && !seen.insert(node.getObjGen()).second)
        return;
    out.push_back(node);
    collectElements(node.getKey("/K"), out, seen);
}

void tagStructure(QPDF &pdf, const PdfPostProcessor::Input &input)
{
    QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
    if (!tree.isDictionary())
        throw Kb::Error(Kb::Error::Kind::Io, u"De PDF heeft geen structuurboom"_s);
    std::vector<QPDFObjectHandle> elements;
    std::set<QPDFObjGen> seen;
    collectElements(tree.getKey("/K"), elements, seen);
    qsizetype figure = 0;
    qsizetype table = 0;
    for (QPDFObjectHandle &e : elements) {
        const std::string type = e.getKey("/S").getName();
        if (type == "/Figure") {
            const QString alt = input.figureAlts.value(figure, u"Afbeelding"_s);
            e.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(utf8(alt)));
            if (figure < input.figurePlacements.size()) {
                const FigurePlacement &at = input.figurePlacements[figure];
                const double height = Page::Height;
                QPDFObjectHandle layout = QPDFObjectHandle::newDictionary();
                layout.replaceKey("/O", name("/Layout"));
                layout.replaceKey("/Placement", name("/Block"));
                layout.replaceKey("/BBox", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                               at.rect.left(), height - at.rect.bottom(),
                                               at.rect.right(), height - at.rect.top())));
                e.replaceKey("/A", layout);
            }
            ++figure;
        } else if (type == "/TH") {
            QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
            attributes.replaceKey("/O", name("/Table"));
            attributes.replaceKey("/Scope", name("/Column"));
            e.replaceKey("/A", attributes);
        } else if (type == "/Table") {
            const QString summary = input.tableSummaries.value(table);
            if (!summary.isEmpty()) {
                QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
                attributes.replaceKey("/O", name("/Table"));
                attributes.replaceKey("/Summary",
                                      QPDFObjectHandle::newUnicodeString(utf8(summary)));
                e.replaceKey("/A", attributes);
            }
            ++table;
        }
    }
    if (figure != input.figureAlts.size())
        qCWarning(lcReport) << "PDF: figuren in de structuur" << figure << "verwacht"
                            << input.figureAlts.size();
}

void markArtifacts(QPDF &pdf)
{
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        ArtifactFilter filter;
        Pl_Buffer buffer("artifacts");
        page.filterContents(&filter, &buffer);
        buffer.finish();
        std::shared_ptr<Buffer> data = buffer.getBufferSharedPointer();
        page.getObjectHandle().replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, data));
    }
}

void setDocumentInfo(QPDF &pdf, const PdfPostProcessor::Input &input)
{
    const PdfInfo &info = input.info;
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(info.language)));
    QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", preferences);
    QPDFObjectHandle markInfo = QPDFObjectHandle::newDictionary();
    markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    root.replaceKey("/MarkInfo", markInfo);

    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle docInfo = trailer.getKey("/Info");
    if (!docInfo.isDictionary()) {
        docInfo = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", docInfo);
    }
    const auto setText = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            docInfo.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
    };
    setText("/Title", info.title);
    setText("/Author", info.author);
    setText("/Subject", info.subject);
    setText("/Keywords", info.keywords);
    setText("/Creator", info.creator);
    setText("/Producer", info.producer);

    XmpFields xmp;
    xmp.title = info.title;
    xmp.creator = info.author;
    xmp.description = info.subject;
    xmp.language = info.language;
    xmp.producer = info.producer;
    xmp.creatorTool = info.creator;
    xmp.created = input.created;
    QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, xmpPacket(xmp).toStdString());
    metadata.getDict().replaceKey("/Type", name("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", name("/XML"));
    root.replaceKey("/Metadata", metadata);
}

} // namespace

QByteArray PdfPostProcessor::process(const QByteArray &input) const
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("rapport.pdf", input.constData(), size_t(input.size()));
        tagStructure(pdf, m_input);
        markArtifacts(pdf);
        setDocumentInfo(pdf, m_input);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setCompressStreams(true);
        writer.setMinimumPDFVersion("1.7");
        writer.setDeterministicID(true);
        writer.write();
        for (const QPDFExc &warning : pdf.getWarnings())
            qCWarning(lcReport).noquote() << "qpdf:" << QString::fromStdString(warning.what());
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const Kb::Error &) {
        throw;
    } catch (const std::exception &e) {
        qCWarning(lcReport).noquote() << "qpdf:" << QString::fromLocal8Bit(e.what());
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"De PDF kon niet worden afgewerkt (toegankelijkheid, metadata)"_s);
    }
}

} // namespace Flexwonen::Report::Pdf
