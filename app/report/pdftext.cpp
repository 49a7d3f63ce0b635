// SPDX-License-Identifier: EUPL-1.2
// Pango first: glib's headers use names Qt defines as macros.
#include <pango/pangocairo.h>

#include "pdftext.h"

#include "pangofonts.h"

namespace Flexwonen::Report::Pdf {

namespace {

qreal fromPango(int units)
{
    return pango_units_to_double(units);
}

bool droppedControl(char16_t u)
{
    return (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0xFFFE || u == 0xFFFF;
}

PangoLayout *newLayout(PangoContext *context, const QByteArray &utf8, PangoAttrList *attrs,
                       const TextStyle &style, qreal width)
{
    PangoLayout *layout = pango_layout_new(context);
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family_static(font, PangoFonts::family());
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    // Never "fi" as one glyph: a reader searching for "financiële" must find it.
    pango_attr_list_insert_before(attrs, pango_attr_font_features_new("liga 0, clig 0"));
    pango_attr_list_insert_before(attrs, pango_attr_insert_hyphens_new(FALSE));
    pango_layout_set_attributes(layout, attrs);
    pango_layout_set_width(layout, pango_units_from_double(std::max<qreal>(width, 1)));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, style.align == TextStyle::Align::Right ? PANGO_ALIGN_RIGHT
                                                                              : PANGO_ALIGN_LEFT);
    if (style.singleLine)
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_text(layout, utf8.constData(), int(utf8.size()));
    return layout;
}

} // namespace

QString printableText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate())
            continue;
        const char16_t u = c.unicode();
        if (u == u'\t')
            out += QLatin1Char(' ');
        else if (u == u'\r')
            out += (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ? QString()
                                                                             : QStringLiteral("\n");
        else if (!droppedControl(u))
            out += c;
    }
    return out;
}

TextBox::TextBox(PangoLayout *layout, QList<TextSegment> segments, QColor color)
    : m_layout(layout)
    , m_segments(std::move(segments))
    , m_color(color)
{
    PangoLayoutIter *it = pango_layout_get_iter(m_layout);
    do {
        int top = 0;
        int bottom = 0;
        pango_layout_iter_get_line_yrange(it, &top, &bottom);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        m_lines.append({fromPango(top), fromPango(bottom),
                        fromPango(pango_layout_iter_get_baseline(it)), fromPango(logical.x)});
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    keepBreakSpaces();
}

void TextBox::keepBreakSpaces()
{
    // Pango draws no glyph for the space at the end of a wrapped line; cairo then keeps the
    // space as an empty /ActualText span nested in the paragraph's marked content, and
    // poppler's structure reader stops at the first one. The font's own space glyph, still
    // zero wide, keeps the text without the nested span.
    const char *text = pango_layout_get_text(m_layout);
    for (int i = 0; i < pango_layout_get_line_count(m_layout); ++i) {
        PangoLayoutLine *line = pango_layout_get_line(m_layout, i);
        for (GSList *l = line ? line->runs : nullptr; l; l = l->next) {
            auto *run = static_cast<PangoGlyphItem *>(l->data);
            PangoGlyphString *glyphs = run->glyphs;
            for (int g = 0; g < glyphs->num_glyphs; ++g) {
                if (glyphs->glyphs[g].glyph != PANGO_GLYPH_EMPTY ||
                    text[run->item->offset + glyphs->log_clusters[g]] != ' ')
                    continue;
                hb_font_t *font = pango_font_get_hb_font(run->item->analysis.font);
                hb_codepoint_t space = 0;
                if (font && hb_font_get_nominal_glyph(font, ' ', &space))
                    glyphs->glyphs[g].glyph = space;
            }
        }
    }
}

TextBox::~TextBox()
{
    g_object_unref(m_layout);
}

const TextSegment &TextBox::segmentAt(int offset) const
{
    for (const TextSegment &s : m_segments) {
        if (offset >= s.begin && offset < s.end)
            return s;
    }
    return m_segments.last();
}

TextBuilder::TextBuilder(PangoContext *context)
    : m_context(context)
{
    PangoFontDescription *description = pango_font_description_new();
    pango_font_description_set_family_static(description, PangoFonts::family());
    pango_font_description_set_absolute_size(description, 10 * PANGO_SCALE);
    m_font =
        pango_font_map_load_font(pango_context_get_font_map(m_context), m_context, description);
    pango_font_description_free(description);
}

TextBuilder::~TextBuilder()
{
    if (m_font)
        g_object_unref(m_font);
}

QString TextBuilder::drawable(const QString &text) const
{
    if (!m_font)
        return text;
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        auto it = m_covered.constFind(c);
        if (it == m_covered.cend())
            it = m_covered.insert(c, c == U'\n' || pango_font_has_char(m_font, gunichar(c)));
        if (*it) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        switch (QChar::category(c)) {
        case QChar::Other_Format:
            out += QString::fromUcs4(&c, 1); // invisible to Pango, never a box
            break;
        case QChar::Separator_Space:
            out += QLatin1Char(' ');
            break;
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            out += QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

TextBoxPtr TextBuilder::plain(const QString &text, const TextStyle &style, qreal width,
                              int element) const
{
    QString printable = drawable(printableText(text));
    if (style.singleLine)
        printable.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray utf8 = printable.toUtf8();
    PangoAttrList *attrs = pango_attr_list_new();
    PangoLayout *layout = newLayout(m_context, utf8, attrs, style, width);
    pango_attr_list_unref(attrs);
    return std::make_shared<const TextBox>(
        layout, QList<TextSegment>{{0, int(utf8.size()), element, false}}, style.color);
}

TextBoxPtr TextBuilder::runs(const QList<Run> &runs, const TextStyle &style, qreal width) const
{
    QByteArray utf8;
    QList<TextSegment> segments;
    PangoAttrList *attrs = pango_attr_list_new();
    for (const Run &run : runs) {
        const QByteArray bytes = drawable(printableText(run.text)).toUtf8();
        const auto begin = guint(utf8.size());
        utf8 += bytes;
        const auto end = guint(utf8.size());
        segments.append({int(begin), int(end), run.element, run.link});
        const auto add = [&](PangoAttribute *a) {
            a->start_index = begin;
            a->end_index = end;
            pango_attr_list_insert(attrs, a);
        };
        if (run.bold)
            add(pango_attr_weight_new(PANGO_WEIGHT_BOLD));
        if (run.italic)
            add(pango_attr_style_new(PANGO_STYLE_ITALIC));
        if (run.link) {
            // Also keeps a link in Pango runs of its own: the painter tags run by run.
            const QColor c = linkColor();
            add(pango_attr_foreground_new(guint16(c.red() * 257), guint16(c.green() * 257),
                                          guint16(c.blue() * 257)));
        }
    }
    PangoLayout *layout = newLayout(m_context, utf8, attrs, style, width);
    pango_attr_list_unref(attrs);
    if (segments.isEmpty())
        segments.append({0, 0, -1, false});
    return std::make_shared<const TextBox>(layout, std::move(segments), style.color);
}

} // namespace Flexwonen::Report::Pdf
