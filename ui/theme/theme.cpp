// SPDX-License-Identifier: EUPL-1.2
#include "theme.h"

#include "common/uilog.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace Flexwonen::Ui {

namespace {

// The colours of one palette; the disabled group gets its own text colours.
struct Colours
{
    QColor window, windowText, base, alternateBase, button, buttonText, text, highlight,
        highlightedText, link, linkVisited, placeholder, toolTipBase, toolTipText, light, midlight,
        mid, dark, shadow, disabledText;
};

QPalette paletteOf(const Colours &c)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::BrightText, c.text);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

// Every text colour reaches 4.5:1 on the window, base and alternate base; the selection holds
// its text at 4.5:1 and stands 3:1 from the base as a focus frame (tst_theme checks).
const Colours LightColours{
    .window = {0xf3, 0xf4, 0xf6},
    .windowText = {0x1f, 0x29, 0x33},
    .base = {0xff, 0xff, 0xff},
    .alternateBase = {0xf4, 0xf6, 0xf8},
    .button = {0xe9, 0xec, 0xef},
    .buttonText = {0x1f, 0x29, 0x33},
    .text = {0x1f, 0x29, 0x33},
    .highlight = {0x1d, 0x4f, 0x91},
    .highlightedText = {0xff, 0xff, 0xff},
    .link = {0x0b, 0x57, 0xa4},
    .linkVisited = {0x6b, 0x21, 0xa8},
    .placeholder = {0x5a, 0x65, 0x72},
    .toolTipBase = {0xff, 0xff, 0xff},
    .toolTipText = {0x1f, 0x29, 0x33},
    .light = {0xff, 0xff, 0xff},
    .midlight = {0xf0, 0xf1, 0xf3},
    .mid = {0xb8, 0xbf, 0xc7},
    .dark = {0x8a, 0x96, 0xa3},
    .shadow = {0x5f, 0x6b, 0x78},
    .disabledText = {0x8a, 0x96, 0xa3},
};

const Colours DarkColours{
    .window = {0x1e, 0x21, 0x24},
    .windowText = {0xe6, 0xe8, 0xeb},
    .base = {0x16, 0x18, 0x1b},
    .alternateBase = {0x21, 0x24, 0x28},
    .button = {0x2b, 0x2f, 0x34},
    .buttonText = {0xe6, 0xe8, 0xeb},
    .text = {0xe6, 0xe8, 0xeb},
    .highlight = {0x2f, 0x6b, 0xc4},
    .highlightedText = {0xff, 0xff, 0xff},
    .link = {0x8a, 0xb4, 0xf8},
    .linkVisited = {0xc5, 0x8a, 0xf9},
    .placeholder = {0xa0, 0xa7, 0xb0},
    .toolTipBase = {0x2b, 0x2f, 0x34},
    .toolTipText = {0xe6, 0xe8, 0xeb},
    .light = {0x3a, 0x3f, 0x45},
    .midlight = {0x30, 0x35, 0x3a},
    .mid = {0x4a, 0x50, 0x58},
    .dark = {0x12, 0x14, 0x16},
    .shadow = {0x00, 0x00, 0x00},
    .disabledText = {0x7b, 0x82, 0x8a},
};

// Windows' high contrast black: no grey text, links yellow, the selection cyan with black text.
const Colours HighContrastColours{
    .window = {0x00, 0x00, 0x00},
    .windowText = {0xff, 0xff, 0xff},
    .base = {0x00, 0x00, 0x00},
    .alternateBase = {0x00, 0x00, 0x00},
    .button = {0x00, 0x00, 0x00},
    .buttonText = {0xff, 0xff, 0xff},
    .text = {0xff, 0xff, 0xff},
    .highlight = {0x1a, 0xeb, 0xff},
    .highlightedText = {0x00, 0x00, 0x00},
    .link = {0xff, 0xff, 0x00},
    .linkVisited = {0xff, 0xff, 0x00},
    .placeholder = {0xff, 0xff, 0xff},
    .toolTipBase = {0x00, 0x00, 0x00},
    .toolTipText = {0xff, 0xff, 0xff},
    .light = {0xff, 0xff, 0xff},
    .midlight = {0xff, 0xff, 0xff},
    .mid = {0xff, 0xff, 0xff},
    .dark = {0xff, 0xff, 0xff},
    .shadow = {0xff, 0xff, 0xff},
    .disabledText = {0x3f, 0xf2, 0x3f},
};

// Fusion draws the edges of fields, combo boxes and buttons in the window colour darkened:
// about 2:1 on a light window, less on a dark one, nothing on black. Our themes outline them
// in a colour at 3:1 at least (WCAG 1.4.11), high contrast in white as Windows does; the
// keyboard focus keeps Fusion's frame in the highlight colour.
class OutlinedStyle final : public QProxyStyle
{
public:
    explicit OutlinedStyle(const QColor &edge)
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
        , m_edge(edge)
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element == PE_FrameLineEdit || element == PE_PanelButtonCommand)
            outline(option, painter);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        if (control == CC_ComboBox || control == CC_SpinBox)
            outline(option, painter);
    }

private:
    void outline(const QStyleOption *option, QPainter *painter) const
    {
        if (option->state & State_HasFocus)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(m_edge);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }

    QColor m_edge;
};

} // namespace

QColor themeEdge(Theme theme)
{
    switch (theme) {
    case Theme::System:
        break;
    case Theme::Light:
        return {0x76, 0x80, 0x8b};
    case Theme::Dark:
        return {0x75, 0x7e, 0x88};
    case Theme::HighContrast:
        return Qt::white;
    }
    return {};
}

std::optional<QPalette> themePalette(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return std::nullopt;
    case Theme::Light:
        return paletteOf(LightColours);
    case Theme::Dark:
        return paletteOf(DarkColours);
    case Theme::HighContrast:
        return paletteOf(HighContrastColours);
    }
    return std::nullopt;
}

Theme themeFromEnvironment()
{
    const QString name = qEnvironmentVariable("FLEXWONEN_THEME");
    if (name.isEmpty())
        return Theme::System;
    if (const std::optional<Theme> theme = themeFromName(name))
        return *theme;
    qCWarning(lcUi) << "FLEXWONEN_THEME onbekend, genegeerd:" << name.left(40);
    return Theme::System;
}

ThemeApplier::ThemeApplier()
    : m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{}

void ThemeApplier::apply(Theme theme)
{
    if (theme == m_theme)
        return; // at start, System: the platform's look is already there
    const std::optional<QPalette> palette = themePalette(theme);
    // The style first: setting one resets the application palette to the style's own.
    if (palette)
        QApplication::setStyle(new OutlinedStyle(themeEdge(theme))); // the application owns it
    else
        QApplication::setStyle(m_systemStyle);
    QApplication::setPalette(palette ? *palette : m_systemPalette);
    m_theme = theme;
}

} // namespace Flexwonen::Ui
