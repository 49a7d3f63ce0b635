// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "report/nlmap.h"

#include <QColor>
#include <QPalette>

namespace Flexwonen::Ui {

// Every colour the window draws with beyond the palette's own roles, in one place, made from
// the palette of the widget that draws (issue 15.4): the map, the bar chart, the marks of
// search words and find matches, links. Print colours are apart: reports use
// Report::MapColours' defaults and their own, never these.
struct ScreenColours
{
    // Which designed set the palette calls for: by its base (a black base with white text is
    // high contrast).
    enum class Scheme { Light, Dark, HighContrast };
    static Scheme schemeOf(const QPalette &palette);
    static ScreenColours of(const QPalette &palette);

    Scheme scheme = Scheme::Light;
    // What the map, the chart, the lists and the reader are drawn on, and their text.
    QColor background;
    QColor text;
    QColor link;
    QColor focus; // the keyboard focus frame

    Report::MapColours map;

    QColor chartBar;   // the value
    QColor chartRange; // the tail of a range (value–max)
    QColor chartTrack; // the rest of the scale
    QColor chartOnBar; // text over chartBar; elsewhere text

    QColor hitBackground; // a search word in a snippet or in the reader
    QColor hitText;
    QColor findBackground; // the find bar's current match
    QColor findText;
};

} // namespace Flexwonen::Ui
