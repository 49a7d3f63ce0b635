// SPDX-License-Identifier: EUPL-1.2
// Pango and fontconfig first: glib's headers use names Qt defines as macros.
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "pangofonts.h"

#include "kb/kberror.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::Pdf {

namespace {

// Fontconfig reads fonts from files: the resources are copied once per process to a private
// temporary folder, which lives (and the configuration with it) until the process ends.
class BundledFontConfig
{
public:
    BundledFontConfig()
    {
        if (!m_dir.isValid())
            return;
        FcConfig *config = FcConfigCreate();
        bool complete = config != nullptr;
        for (const QString &name : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s,
                                    u"DejaVuSans-Oblique.ttf"_s, u"DejaVuSans-BoldOblique.ttf"_s}) {
            QFile source(u":/flexwonen/fonts/"_s + name);
            const QString target = m_dir.filePath(name);
            if (!complete || !source.open(QIODevice::ReadOnly) || !source.copy(target)) {
                complete = false;
                break;
            }
            const QByteArray path = QFile::encodeName(target);
            complete =
                FcConfigAppFontAddFile(config, reinterpret_cast<const FcChar8 *>(path.constData()));
        }
        if (!complete) {
            if (config)
                FcConfigDestroy(config);
            return;
        }
        m_config = config;
    }
    ~BundledFontConfig()
    {
        if (m_config)
            FcConfigDestroy(m_config);
    }
    FcConfig *config() const { return m_config; }

private:
    QTemporaryDir m_dir;
    FcConfig *m_config = nullptr;
};

FcConfig *bundledConfig()
{
    static const BundledFontConfig fonts;
    return fonts.config();
}

} // namespace

PangoFonts::PangoFonts()
{
    FcConfig *config = bundledConfig();
    if (!config)
        throw Kb::Error(Kb::Error::Kind::Io,
                        u"Kan de lettertypen voor de PDF niet klaarzetten (tijdelijke map)"_s);
    m_fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!m_fontMap || !PANGO_IS_FC_FONT_MAP(m_fontMap)) {
        if (m_fontMap)
            g_object_unref(m_fontMap);
        throw Kb::Error(Kb::Error::Kind::Io, u"Pango kan geen lettertypen uit bestanden laden"_s);
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(m_fontMap), config);
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(m_fontMap), 72.0);
    m_context = pango_font_map_create_context(m_fontMap);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(m_context, pango_language_from_string("nl-nl"));
    pango_context_set_round_glyph_positions(m_context, FALSE);
}

PangoFonts::~PangoFonts()
{
    if (m_context)
        g_object_unref(m_context);
    if (m_fontMap)
        g_object_unref(m_fontMap);
}

} // namespace Flexwonen::Report::Pdf
