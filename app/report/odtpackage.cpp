// SPDX-License-Identifier: EUPL-1.2
#include "odtpackage.h"

#include "kb/kberror.h"
#include "odtxml.h"

#include <memory>
#include <QXmlStreamWriter>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

[[noreturn]] void fail(const QString &what, zip_error_t *error)
{
    throw Kb::Error(Kb::Error::Kind::Io,
                    u"Het ODT-bestand kon niet worden ingepakt (%1: %2)."_s.arg(
                        what, QString::fromUtf8(zip_error_strerror(error))));
}

struct ZipError
{
    zip_error_t error;
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;
};

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
struct ArchiveDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Source = std::unique_ptr<zip_source_t, SourceFree>;
using Archive = std::unique_ptr<zip_t, ArchiveDiscard>;

// Adds bytes (which must outlive zip_close) as path.
void addFile(zip_t *archive, const QString &path, const QByteArray &bytes, bool compress)
{
    zip_source_t *source =
        zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        fail(path, zip_get_error(archive));
    const zip_int64_t index =
        zip_file_add(archive, path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        fail(path, zip_get_error(archive));
    }
    if (zip_set_file_compression(archive, zip_uint64_t(index),
                                 compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0)
        fail(path, zip_get_error(archive));
}

} // namespace

OdtPackage::OdtPackage(QString mediaType)
    : m_mediaType(std::move(mediaType))
{}

void OdtPackage::add(const QString &path, const QString &mediaType, QByteArray bytes, bool compress)
{
    m_entries.append({path, mediaType, std::move(bytes), compress});
}

QByteArray OdtPackage::manifest() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    OdtXml::startRoot(xml, u"manifest:manifest"_s, OdtXml::Part::Manifest);
    const auto entry = [&xml](const QString &path, const QString &type, bool version) {
        xml.writeEmptyElement(u"manifest:file-entry"_s);
        xml.writeAttribute(u"manifest:full-path"_s, path);
        if (version)
            xml.writeAttribute(u"manifest:version"_s, OdtXml::Version);
        xml.writeAttribute(u"manifest:media-type"_s, type);
    };
    entry(u"/"_s, m_mediaType, true);
    for (const Entry &e : m_entries)
        entry(e.path, e.mediaType, false);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray OdtPackage::finish() const
{
    const QByteArray mimetype = m_mediaType.toUtf8();
    const QByteArray manifestXml = manifest();

    ZipError error;
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error.error));
    if (!buffer)
        fail(u"geheugen"_s, &error.error);
    Archive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error.error));
    if (!archive)
        fail(u"openen"_s, &error.error);
    // The archive now owns the buffer; keep it alive after zip_close to read the result.
    zip_source_keep(buffer.get());

    addFile(archive.get(), u"mimetype"_s, mimetype, false);
    addFile(archive.get(), u"META-INF/manifest.xml"_s, manifestXml, true);
    for (const Entry &e : m_entries)
        addFile(archive.get(), e.path, e.bytes, e.compress);
    if (zip_close(archive.get()) != 0)
        fail(u"sluiten"_s, zip_get_error(archive.get()));
    archive.release(); // zip_close freed it

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        fail(u"lezen"_s, zip_source_error(buffer.get()));
    if (zip_source_open(buffer.get()) != 0)
        fail(u"lezen"_s, zip_source_error(buffer.get()));
    QByteArray out(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer.get(), out.data(), stat.size);
    zip_source_close(buffer.get());
    if (read < 0 || zip_uint64_t(read) != stat.size)
        fail(u"lezen"_s, zip_source_error(buffer.get()));
    return out;
}

} // namespace Flexwonen::Report
