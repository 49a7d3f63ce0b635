// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportblocks.h"

#include <QByteArray>
#include <QSize>
#include <QSizeF>

namespace Flexwonen::Report {

// A figure as the PNG an ODT embeds: painted at 200 dpi of its own size on white, as on paper,
// with 200 dpi in the file so that readers know its size.
struct OdtPicture
{
    QByteArray png;
    QSize pixels;
    QSizeF sizeCm; // what the frame shows: the figure's size, scaled down to fit the column

    // An invalid figure (no painter, no size or an absurd one) gives an empty picture.
    static OdtPicture render(const Figure &figure, qreal maxWidthCm);
};

inline constexpr qreal OdtPictureDpi = 200;

} // namespace Flexwonen::Report
