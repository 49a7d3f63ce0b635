// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <memory>

typedef struct _PangoContext PangoContext;
typedef struct _PangoFontMap PangoFontMap;

namespace Flexwonen::Report::Pdf {

// The bundled DejaVu Sans faces for Pango: a fontconfig configuration that holds only them (the
// report looks the same on every machine and needs no system font), a font map on it and a
// Pango context with 72 dpi (1 pt = 1 unit, the PDF's own unit), no hinting and no metric
// rounding, so text measured for layout is exactly the text painted. Throws Kb::Error when the
// fonts cannot be prepared.
class PangoFonts
{
public:
    PangoFonts();
    ~PangoFonts();
    PangoFonts(const PangoFonts &) = delete;
    PangoFonts &operator=(const PangoFonts &) = delete;

    PangoContext *context() const { return m_context; }
    static const char *family() { return "DejaVu Sans"; }

private:
    PangoFontMap *m_fontMap = nullptr;
    PangoContext *m_context = nullptr;
};

} // namespace Flexwonen::Report::Pdf
