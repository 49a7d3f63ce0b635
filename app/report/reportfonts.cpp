// SPDX-License-Identifier: EUPL-1.2
#include "reportfonts.h"

#include <QFontDatabase>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report {

namespace {

QString registerFonts()
{
    QString family;
    for (const QString &file : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s,
                                u"DejaVuSans-Oblique.ttf"_s, u"DejaVuSans-BoldOblique.ttf"_s}) {
        const int id = QFontDatabase::addApplicationFont(u":/flexwonen/fonts/"_s + file);
        if (id >= 0 && family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    return family.isEmpty() ? u"DejaVu Sans"_s : family;
}

} // namespace

QString reportFontFamily()
{
    static const QString family = registerFonts();
    return family;
}

QFont reportFont(qreal pointSize, bool bold)
{
    QFont font(reportFontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setLetterSpacing(QFont::PercentageSpacing, 100.001);
    font.setKerning(true);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace Flexwonen::Report
