// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QString>

namespace Flexwonen::Report {

// The named styles of styles.xml that content.xml refers to. Where LibreOffice and Word have
// a built-in style of that job the name is theirs ("Heading_20_1" is LibreOffice's "Heading 1",
// which Word maps to its "Kop 1"), so text pasted into a municipality's template takes the
// template's look.
namespace OdtStyleName {
inline constexpr QLatin1String Standard{"Standard"};
inline constexpr QLatin1String Body{"Text_20_body"};
inline constexpr QLatin1String Small{"Small_20_Text"};
inline constexpr QLatin1String Caption{"Caption"};
inline constexpr QLatin1String ListParagraph{"List"};
inline constexpr QLatin1String TableContents{"Table_20_Contents"};
inline constexpr QLatin1String TableHeading{"Table_20_Heading"};
inline constexpr QLatin1String ContentsHeading{"Contents_20_Heading"};
inline constexpr QLatin1String Contents1{"Contents_20_1"};
inline constexpr QLatin1String Header{"Header"};
inline constexpr QLatin1String Footer{"Footer"};
inline constexpr QLatin1String Link{"Internet_20_link"};
inline constexpr QLatin1String VisitedLink{"Visited_20_Internet_20_Link"};
inline constexpr QLatin1String IndexLink{"Index_20_Link"};
inline constexpr QLatin1String BulletList{"List_20_1"};
inline constexpr QLatin1String NumberedList{"Numbering_20_123"};
QString heading(int level); // "Heading_20_1" … "Heading_20_3"
} // namespace OdtStyleName

// Text width of the page (A4 less 2 cm margins), what a top-level table or figure may fill.
inline constexpr qreal OdtTextWidthCm = 17.0;
// Deepest list nesting ODF list styles describe.
inline constexpr int OdtMaxListLevel = 10;

// styles.xml: the default language (nl-NL) and font, the named paragraph, character and list
// styles, the A4 page with the report title in the header and the footer note and page number
// in the footer.
class OdtStyleSheet
{
public:
    static QByteArray xml(const ReportContent &content);
};

} // namespace Flexwonen::Report
