// SPDX-License-Identifier: EUPL-1.2
// cairo and Pango first: glib's headers use names Qt defines as macros.
#include <cairo.h>
#include <pango/pangocairo.h>

#include "cairopaintdevice.h"

#include "pdftext.h"

#include <climits>
#include <cmath>
#include <cstring>
#include <QImage>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QRadialGradient>

namespace Flexwonen::Report::Pdf {

namespace {

cairo_matrix_t toCairo(const QTransform &t)
{
    cairo_matrix_t m;
    cairo_matrix_init(&m, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy());
    return m;
}

// cairo puts a context with a singular or broken matrix in an error state for good: such a
// transform draws nothing instead.
bool usable(const QTransform &t)
{
    const qreal values[] = {t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()};
    for (const qreal v : values) {
        if (!std::isfinite(v))
            return false;
    }
    return t.type() <= QTransform::TxShear && std::abs(t.determinant()) > 1e-12;
}

void setColor(cairo_t *cr, const QColor &color, qreal opacity)
{
    const QColor c = color.toRgb();
    cairo_set_source_rgba(cr, c.redF(), c.greenF(), c.blueF(), c.alphaF() * opacity);
}

} // namespace

class CairoPaintEngine final : public QPaintEngine
{
public:
    CairoPaintEngine(cairo_t *cr, const TextBuilder &text)
        : QPaintEngine(AllFeatures)
        , m_cr(cr)
        , m_text(text)
    {
        cairo_get_matrix(cr, &m_base);
    }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &changed) override
    {
        const DirtyFlags flags = changed.state();
        if (flags & DirtyPen)
            m_pen = changed.pen();
        if (flags & DirtyBrush)
            m_brush = changed.brush();
        if (flags & DirtyTransform)
            m_transform = changed.transform();
        if (flags & DirtyOpacity)
            m_opacity = changed.opacity();
        if (flags & DirtyClipEnabled)
            m_clipEnabled = changed.isClipEnabled();
        if (flags & DirtyClipPath)
            updateClip(changed.clipPath(), changed.clipOperation());
        if (flags & DirtyClipRegion) {
            QPainterPath path;
            path.addRegion(changed.clipRegion());
            updateClip(path, changed.clipOperation());
        }
    }

    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;

    void drawPath(const QPainterPath &path) override { draw(path, true); }

    void drawRects(const QRectF *rects, int count) override
    {
        QPainterPath path;
        for (int i = 0; i < count; ++i)
            path.addRect(rects[i]);
        draw(path, true);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        QPainterPath path;
        for (int i = 0; i < count; ++i) {
            path.moveTo(lines[i].p1());
            path.lineTo(lines[i].p2());
        }
        draw(path, false);
    }

    void drawEllipse(const QRectF &rect) override
    {
        QPainterPath path;
        path.addEllipse(rect);
        draw(path, true);
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 1)
            return;
        QPainterPath path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode == PolylineMode) {
            draw(path, false);
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        draw(path, true);
    }

    void drawPoints(const QPointF *points, int count) override
    {
        // A zero-length line with a round or square cap is a dot of the pen's width.
        QPainterPath path;
        for (int i = 0; i < count; ++i) {
            path.moveTo(points[i]);
            path.lineTo(points[i]);
        }
        draw(path, false);
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.isEmpty() || !usable(m_transform))
            return;
        const QFont font = item.font();
        TextStyle style;
        // At 72 dpi a pixel and a point are the same size.
        style.size = font.pointSizeF() > 0 ? font.pointSizeF() : qMax(1, font.pixelSize());
        style.bold = font.weight() >= QFont::DemiBold;
        style.italic = font.style() != QFont::StyleNormal;
        const TextBoxPtr box = m_text.plain(text, style, 1e6, -1);
        if (pango_layout_get_line_count(box->layout()) < 1)
            return;
        begin();
        const cairo_matrix_t m = toCairo(m_transform);
        cairo_transform(m_cr, &m);
        setColor(m_cr, m_pen.color(), m_opacity);
        cairo_move_to(m_cr, p.x(), p.y());
        pango_cairo_show_layout_line(m_cr, pango_layout_get_line_readonly(box->layout(), 0));
        finish();
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &sr) override
    {
        drawImage(r, pixmap.toImage(), sr, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags) override
    {
        const QImage source =
            image.copy(sr.toAlignedRect()).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (source.isNull() || !usable(m_transform) || r.isEmpty())
            return;
        // An image cairo owns: the PDF surface may read it after this call returns.
        cairo_surface_t *surface =
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, source.width(), source.height());
        if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(surface);
            return;
        }
        cairo_surface_flush(surface);
        unsigned char *data = cairo_image_surface_get_data(surface);
        const int stride = cairo_image_surface_get_stride(surface);
        for (int y = 0; y < source.height(); ++y)
            std::memcpy(data + qsizetype(y) * stride, source.constScanLine(y),
                        size_t(source.width()) * 4);
        cairo_surface_mark_dirty(surface);
        begin();
        const cairo_matrix_t m = toCairo(m_transform);
        cairo_transform(m_cr, &m);
        cairo_translate(m_cr, r.x(), r.y());
        cairo_scale(m_cr, r.width() / source.width(), r.height() / source.height());
        cairo_set_source_surface(m_cr, surface, 0, 0);
        cairo_paint_with_alpha(m_cr, m_opacity);
        finish();
        cairo_surface_destroy(surface);
    }

private:
    void updateClip(const QPainterPath &path, Qt::ClipOperation operation)
    {
        // Clips are kept in device space: a later transform does not move them.
        const QPainterPath device = m_transform.map(path);
        switch (operation) {
        case Qt::NoClip:
            m_clipEnabled = false;
            m_clips.clear();
            break;
        case Qt::ReplaceClip:
            m_clips = {device};
            break;
        case Qt::IntersectClip:
            m_clips.append(device);
            break;
        }
    }

    // Saves cairo's state and applies the clip; finish() restores.
    void begin()
    {
        cairo_save(m_cr);
        cairo_set_matrix(m_cr, &m_base);
        if (!m_clipEnabled)
            return;
        for (const QPainterPath &clip : std::as_const(m_clips)) {
            appendPath(clip);
            cairo_set_fill_rule(m_cr, clip.fillRule() == Qt::WindingFill
                                          ? CAIRO_FILL_RULE_WINDING
                                          : CAIRO_FILL_RULE_EVEN_ODD);
            cairo_clip(m_cr);
        }
    }

    void finish()
    {
        cairo_new_path(m_cr);
        cairo_restore(m_cr);
    }

    void appendPath(const QPainterPath &path)
    {
        cairo_new_path(m_cr);
        QPointF start;
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            if (!std::isfinite(e.x) || !std::isfinite(e.y))
                continue;
            switch (e.type) {
            case QPainterPath::MoveToElement:
                cairo_move_to(m_cr, e.x, e.y);
                start = e;
                break;
            case QPainterPath::LineToElement: {
                // QPainterPath closes a subpath with a line back to its start.
                const bool closes = QPointF(e) == start && i > 0 &&
                                    path.elementAt(i - 1).type != QPainterPath::MoveToElement;
                if (closes)
                    cairo_close_path(m_cr);
                else
                    cairo_line_to(m_cr, e.x, e.y);
                break;
            }
            case QPainterPath::CurveToElement:
                if (i + 2 < path.elementCount()) {
                    const QPainterPath::Element c2 = path.elementAt(i + 1);
                    const QPainterPath::Element end = path.elementAt(i + 2);
                    cairo_curve_to(m_cr, e.x, e.y, c2.x, c2.y, end.x, end.y);
                    i += 2;
                }
                break;
            case QPainterPath::CurveToDataElement:
                break;
            }
        }
    }

    bool setBrushSource(const QBrush &brush, const QRectF &bounds)
    {
        const QGradient *g = brush.gradient();
        cairo_pattern_t *pattern = nullptr;
        if (g && g->type() == QGradient::LinearGradient) {
            const auto *linear = static_cast<const QLinearGradient *>(g);
            QPointF a = linear->start();
            QPointF b = linear->finalStop();
            if (g->coordinateMode() == QGradient::ObjectBoundingMode ||
                g->coordinateMode() == QGradient::ObjectMode) {
                a = QPointF(bounds.x() + a.x() * bounds.width(),
                            bounds.y() + a.y() * bounds.height());
                b = QPointF(bounds.x() + b.x() * bounds.width(),
                            bounds.y() + b.y() * bounds.height());
            }
            pattern = cairo_pattern_create_linear(a.x(), a.y(), b.x(), b.y());
        } else if (g && g->type() == QGradient::RadialGradient) {
            const auto *radial = static_cast<const QRadialGradient *>(g);
            pattern = cairo_pattern_create_radial(
                radial->focalPoint().x(), radial->focalPoint().y(), radial->focalRadius(),
                radial->center().x(), radial->center().y(), radial->radius());
        }
        if (!pattern) {
            if (g && !g->stops().isEmpty())
                setColor(m_cr, g->stops().first().second, m_opacity);
            else
                setColor(m_cr, brush.color(), m_opacity);
            return true;
        }
        for (const QGradientStop &stop : g->stops()) {
            const QColor c = stop.second.toRgb();
            cairo_pattern_add_color_stop_rgba(pattern, stop.first, c.redF(), c.greenF(), c.blueF(),
                                              c.alphaF() * m_opacity);
        }
        cairo_pattern_set_extend(pattern,
                                 g->spread() == QGradient::RepeatSpread    ? CAIRO_EXTEND_REPEAT
                                 : g->spread() == QGradient::ReflectSpread ? CAIRO_EXTEND_REFLECT
                                                                           : CAIRO_EXTEND_PAD);
        cairo_set_source(m_cr, pattern);
        cairo_pattern_destroy(pattern);
        return true;
    }

    void stroke()
    {
        qreal width = m_pen.widthF();
        if (m_pen.isCosmetic()) {
            // A cosmetic pen is as wide on paper whatever the transform: stroke in page space.
            cairo_set_matrix(m_cr, &m_base);
            if (width <= 0)
                width = 0.3;
        }
        cairo_set_line_width(m_cr, width);
        switch (m_pen.capStyle()) {
        case Qt::SquareCap:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_SQUARE);
            break;
        case Qt::RoundCap:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_ROUND);
            break;
        default:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_BUTT);
            break;
        }
        switch (m_pen.joinStyle()) {
        case Qt::BevelJoin:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_BEVEL);
            break;
        case Qt::RoundJoin:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
            break;
        default:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_MITER);
            cairo_set_miter_limit(m_cr, m_pen.miterLimit());
            break;
        }
        if (m_pen.style() != Qt::SolidLine && m_pen.style() != Qt::NoPen) {
            // Qt's dashes are in pen widths.
            const qreal unit = width > 0 ? width : 1;
            QList<double> dashes;
            for (const qreal d : m_pen.dashPattern())
                dashes.append(std::max(0.0, d * unit));
            if (!dashes.isEmpty())
                cairo_set_dash(m_cr, dashes.constData(), int(dashes.size()),
                               m_pen.dashOffset() * unit);
        }
        setColor(m_cr, m_pen.color(), m_opacity);
        cairo_stroke_preserve(m_cr);
    }

    void draw(const QPainterPath &path, bool fill)
    {
        if (path.isEmpty() || !usable(m_transform))
            return;
        begin();
        const cairo_matrix_t m = toCairo(m_transform);
        cairo_transform(m_cr, &m);
        appendPath(path);
        if (fill && m_brush.style() != Qt::NoBrush) {
            setBrushSource(m_brush, path.boundingRect());
            cairo_set_fill_rule(m_cr, path.fillRule() == Qt::WindingFill
                                          ? CAIRO_FILL_RULE_WINDING
                                          : CAIRO_FILL_RULE_EVEN_ODD);
            cairo_fill_preserve(m_cr);
        }
        if (m_pen.style() != Qt::NoPen)
            stroke();
        finish();
    }

    cairo_t *m_cr;
    const TextBuilder &m_text;
    cairo_matrix_t m_base;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1;
    bool m_clipEnabled = false;
    QList<QPainterPath> m_clips;
};

CairoPaintDevice::CairoPaintDevice(cairo_t *cr, const TextBuilder &text, const QSizeF &size)
    : m_size(size)
    , m_engine(std::make_unique<CairoPaintEngine>(cr, text))
{}

CairoPaintDevice::~CairoPaintDevice() = default;

QPaintEngine *CairoPaintDevice::paintEngine() const
{
    return m_engine.get();
}

int CairoPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(m_size.width());
    case PdmHeight:
        return qRound(m_size.height());
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / 72);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / 72);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 72;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        break;
    }
    return QPaintDevice::metric(metric);
}

} // namespace Flexwonen::Report::Pdf
