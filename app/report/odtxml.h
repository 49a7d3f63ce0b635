// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QXmlStreamWriter;

namespace Flexwonen::Report::OdtXml {

// The ODF version every part declares: 1.2 is what Word 2010 and later and every LibreOffice
// read, and everything the writer uses exists in it.
inline constexpr QLatin1String Version{"1.2"};
inline constexpr QLatin1String TextMediaType{"application/vnd.oasis.opendocument.text"};

// The namespaces of a document part, declared on its root element. The writers use qualified
// names ("text:p") throughout, so every prefix they use must be declared here.
enum class Part { Content, Styles, Meta, Manifest };
void startRoot(QXmlStreamWriter &xml, const QString &qualifiedName, Part part);

// Text as XML 1.0 may carry it: C0 controls other than tab/newline/carriage return, C1
// controls, U+FFFE/U+FFFF and unpaired surrogates are dropped (content is untrusted; a single
// such character makes the whole part unreadable to Word and LibreOffice).
QString xmlSafe(const QString &text);

// Writes text inside a paragraph so that it reads back as itself: readers collapse runs of
// spaces and drop leading ones, so such spaces become <text:s>, a tab <text:tab/>, a line end
// <text:line-break/>. spaceCollapses is the caller's state across the runs (and elements) of
// one paragraph: true at its start, and whenever a plain space written next would be dropped.
void writeText(QXmlStreamWriter &xml, const QString &text, bool &spaceCollapses);

// A length in centimetres as ODF writes it ("12.5cm").
QString cm(qreal centimetres);

} // namespace Flexwonen::Report::OdtXml
