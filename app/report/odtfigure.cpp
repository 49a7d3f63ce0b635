// SPDX-License-Identifier: EUPL-1.2
#include "odtfigure.h"

#include <cmath>
#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace Flexwonen::Report {

namespace {
// Half a metre is more than any page; beyond it a size is a bug, not a figure (and at 200 dpi
// it would ask for gigabytes).
constexpr qreal MaxSideMm = 500;
} // namespace

OdtPicture OdtPicture::render(const Figure &figure, qreal maxWidthCm)
{
    const QSizeF mm = figure.sizeMm;
    if (!figure.paint || !std::isfinite(mm.width()) || !std::isfinite(mm.height()) ||
        mm.width() < 1 || mm.height() < 1 || mm.width() > MaxSideMm || mm.height() > MaxSideMm)
        return {};
    OdtPicture picture;
    picture.pixels = QSize(qRound(mm.width() / 25.4 * OdtPictureDpi),
                           qRound(mm.height() / 25.4 * OdtPictureDpi));
    QImage image(picture.pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    // Point sizes of the painter's fonts then come out at their size on paper.
    const int dotsPerMetre = qRound(OdtPictureDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        figure.paint(painter, QRectF(QPointF(0, 0), QSizeF(picture.pixels)));
    }
    QBuffer buffer(&picture.png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    const qreal scale = qMin(1.0, maxWidthCm * 10 / mm.width());
    picture.sizeCm = QSizeF(mm.width() / 10 * scale, mm.height() / 10 * scale);
    return picture;
}

} // namespace Flexwonen::Report
