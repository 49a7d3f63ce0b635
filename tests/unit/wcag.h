// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <algorithm>
#include <cmath>
#include <QColor>

// The WCAG 2.x formulas, written out in the tests (not taken from the app's code) so that they
// judge the app's colours independently: relative luminance, contrast ratio, and what a
// translucent colour shows over an opaque one.
namespace Flexwonen::Test::Wcag {

inline double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

inline double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline QColor over(const QColor &c, const QColor &background)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + background.redF() * (1 - a)),
                            float(c.greenF() * a + background.greenF() * (1 - a)),
                            float(c.blueF() * a + background.blueF() * (1 - a)));
}

} // namespace Flexwonen::Test::Wcag
