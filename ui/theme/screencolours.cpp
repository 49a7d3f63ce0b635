// SPDX-License-Identifier: EUPL-1.2
#include "screencolours.h"

namespace Flexwonen::Ui {

namespace {

void setLight(ScreenColours &c)
{
    // The print colours, but province lines dark enough to stand 3:1 from land and tints.
    c.map.provinceBorder = QColor(0x5f, 0x6b, 0x78);
    c.chartBar = QColor(0x1d, 0x4f, 0x91);
    c.chartRange = QColor(0x9d, 0xb9, 0xdc);
    c.chartTrack = QColor(0xe8, 0xec, 0xf1);
    c.chartOnBar = Qt::white;
    c.hitBackground = QColor(0xfd, 0xe6, 0x8a);
    c.hitText = QColor(0x1f, 0x29, 0x33);
    c.findBackground = QColor(0xff, 0x98, 0x00);
    c.findText = Qt::black;
}

void setDark(ScreenColours &c)
{
    Report::MapColours &m = c.map;
    m.land = QColor(0x3a, 0x41, 0x49);
    m.otherRegion = QColor(0x2d, 0x47, 0x63);
    m.tint = QColor(0x6b, 0x44, 0x26);
    m.municipalBorder = QColor(0x1a, 0x1d, 0x21);
    m.provinceBorder = QColor(0xaa, 0xb4, 0xbf);
    m.outline = QColor(0xd0, 0xd6, 0xdc);
    m.marker = QColor(0x7f, 0xb0, 0xff);
    m.hover = QColor(0xb5, 0xd0, 0xff);
    m.highlight = QColor(0xff, 0x9a, 0x4d);
    m.highlightOutline = QColor(0xff, 0xb2, 0x73);
    m.label = QColor(0xee, 0xf1, 0xf4);
    m.highlightLabel = QColor(0xff, 0xc0, 0x8a);
    m.halo = QColor(0x16, 0x18, 0x1b, 230);
    m.markerRing = QColor(0x16, 0x18, 0x1b);
    m.municipalityMark = QColor(0xd9, 0xa6, 0xff);
    m.legendFrame = QColor(0x4a, 0x50, 0x58);
    m.legendBackground = QColor(0x20, 0x23, 0x27);
    m.regionLightness = 0.30;
    c.chartBar = QColor(0x7f, 0xb0, 0xff);
    c.chartRange = QColor(0x34, 0x50, 0x6e);
    c.chartTrack = QColor(0x26, 0x2a, 0x2f);
    c.chartOnBar = QColor(0x0b, 0x12, 0x20);
    // Marks stay black on yellow (and orange), as a highlighter on paper, in the dark too.
    c.hitBackground = QColor(0xff, 0xeb, 0x3b);
    c.hitText = Qt::black;
    c.findBackground = QColor(0xff, 0x98, 0x00);
    c.findText = Qt::black;
}

void setHighContrast(ScreenColours &c)
{
    // Lines and markers carry the map; areas stay near black so white and yellow stand out.
    Report::MapColours &m = c.map;
    m.land = Qt::black;
    m.otherRegion = Qt::black;
    m.tint = QColor(0x33, 0x2b, 0x00);
    m.municipalBorder = QColor(0x5c, 0x5c, 0x5c);
    m.provinceBorder = Qt::white;
    m.outline = Qt::white;
    m.marker = QColor(0x1a, 0xeb, 0xff);
    m.hover = Qt::white;
    m.highlight = Qt::yellow;
    m.highlightOutline = Qt::yellow;
    m.label = Qt::white;
    m.highlightLabel = Qt::yellow;
    m.halo = QColor(0, 0, 0, 230);
    m.markerRing = Qt::black;
    m.municipalityMark = QColor(0xff, 0x80, 0xff);
    m.legendFrame = Qt::white;
    m.legendBackground = Qt::black;
    m.regionLightness = 0.16;
    m.regionEdge = Qt::white;
    c.chartBar = QColor(0x1a, 0xeb, 0xff);
    c.chartRange = QColor(0x00, 0x5c, 0x66);
    c.chartTrack = Qt::black;
    c.chartOnBar = Qt::black;
    c.hitBackground = Qt::yellow;
    c.hitText = Qt::black;
    c.findBackground = QColor(0x1a, 0xeb, 0xff);
    c.findText = Qt::black;
}

} // namespace

ScreenColours::Scheme ScreenColours::schemeOf(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightnessF() >= 0.5)
        return Scheme::Light;
    const QColor text = palette.color(QPalette::Text);
    return base == QColor(Qt::black) && text == QColor(Qt::white) ? Scheme::HighContrast
                                                                  : Scheme::Dark;
}

ScreenColours ScreenColours::of(const QPalette &palette)
{
    ScreenColours c;
    c.scheme = schemeOf(palette);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.link = palette.color(QPalette::Link);
    c.focus = palette.color(QPalette::Highlight);
    switch (c.scheme) {
    case Scheme::Light:
        setLight(c);
        break;
    case Scheme::Dark:
        setDark(c);
        break;
    case Scheme::HighContrast:
        setHighContrast(c);
        break;
    }
    return c;
}

} // namespace Flexwonen::Ui
