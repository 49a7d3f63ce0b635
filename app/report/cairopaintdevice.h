// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <memory>
#include <QPaintDevice>
#include <QSizeF>

typedef struct _cairo cairo_t;

namespace Flexwonen::Report::Pdf {

class CairoPaintEngine;
class TextBuilder;

// A QPaintDevice whose painting goes to a cairo context as vectors, so that a Figure's
// paint(QPainter &, QRectF) lands in the PDF as paths and text, not as an image. One unit is
// one PDF point (72 dpi) in cairo's user space at the time the device is made. Covers what the
// report figures use: paths, polygons, lines, rectangles, ellipses, points, text (set with
// Pango in the bundled font), solid and gradient brushes, pens with dashes, transforms, clips
// and opacity; images are embedded as images; other brush patterns become their colour.
class CairoPaintDevice : public QPaintDevice
{
public:
    CairoPaintDevice(cairo_t *cr, const TextBuilder &text, const QSizeF &size);
    ~CairoPaintDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSizeF m_size;
    std::unique_ptr<CairoPaintEngine> m_engine;
};

} // namespace Flexwonen::Report::Pdf
