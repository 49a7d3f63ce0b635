// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Flexwonen::Report {

// Text for an XMP packet, well-formed whatever a title holds: markup characters escaped, CR
// kept as a reference (a parser would turn a raw one into LF), and what XML 1.0 forbids in a
// document (most C0 controls, lone surrogates, U+FFFE, U+FFFF) left out.
QString xmlEscape(const QString &text);

// What the XMP metadata packet of a report says (the Info dictionary says the same).
struct XmpFields
{
    QString title;
    QString creator; // dc:creator: the author
    QString description;
    QString language = QStringLiteral("nl-NL");
    QString producer;
    QString creatorTool;
    QDateTime created; // invalid: left out
};

QByteArray xmpPacket(const XmpFields &fields);

} // namespace Flexwonen::Report
