// SPDX-License-Identifier: EUPL-1.2
#include "odtwriter.h"

#include "odtcontent.h"
#include "odtpackage.h"
#include "odtstyles.h"
#include "odtxml.h"

#include <QDateTime>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

QString statusName(ReportMetadata::Status status)
{
    return status == ReportMetadata::Status::Final ? u"definitief"_s : u"concept"_s;
}

// meta.xml: what Word's and Writer's document properties show. The organisation, department
// and status have no field of their own in ODF; they are user-defined properties (Word's
// "Custom" tab, Writer's "Custom Properties").
QByteArray metaXml(const ReportContent &content)
{
    const ReportMetadata &m = content.metadata;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString creator = m.author.isEmpty() ? m.organisation : m.author;

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    OdtXml::startRoot(xml, u"office:document-meta"_s, OdtXml::Part::Meta);
    xml.writeStartElement(u"office:meta"_s);
    xml.writeTextElement(u"meta:generator"_s, u"Flexwonen Kennisbank/" FLEXWONEN_VERSION ""_s);
    xml.writeTextElement(u"dc:title"_s, OdtXml::xmlSafe(content.title));
    if (!content.subject.isEmpty())
        xml.writeTextElement(u"dc:subject"_s, OdtXml::xmlSafe(content.subject));
    if (!creator.isEmpty()) {
        xml.writeTextElement(u"meta:initial-creator"_s, OdtXml::xmlSafe(creator));
        xml.writeTextElement(u"dc:creator"_s, OdtXml::xmlSafe(creator));
    }
    xml.writeTextElement(u"meta:creation-date"_s, now);
    xml.writeTextElement(u"dc:date"_s, now);
    xml.writeTextElement(u"dc:language"_s, u"nl-NL"_s);
    const auto userField = [&xml](const QString &name, const QString &value) {
        xml.writeStartElement(u"meta:user-defined"_s);
        xml.writeAttribute(u"meta:name"_s, name);
        xml.writeAttribute(u"meta:value-type"_s, u"string"_s);
        xml.writeCharacters(OdtXml::xmlSafe(value));
        xml.writeEndElement();
    };
    userField(u"Status"_s, statusName(m.status));
    if (!m.organisation.isEmpty())
        userField(u"Organisatie"_s, m.organisation);
    if (!m.department.isEmpty())
        userField(u"Afdeling"_s, m.department);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray OdtWriter::write(const ReportContent &content)
{
    OdtContentWriter body(content);
    const QByteArray contentXml = body.xml();

    OdtPackage package(OdtXml::TextMediaType);
    package.add(u"content.xml"_s, u"text/xml"_s, contentXml);
    package.add(u"styles.xml"_s, u"text/xml"_s, OdtStyleSheet::xml(content));
    package.add(u"meta.xml"_s, u"text/xml"_s, metaXml(content));
    for (const OdtContentWriter::Picture &picture : body.pictures())
        package.add(picture.path, u"image/png"_s, picture.png, false);
    return package.finish();
}

} // namespace Flexwonen::Report
