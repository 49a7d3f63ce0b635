// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportblocks.h"

#include <memory>
#include <QColor>
#include <QHash>
#include <QList>

typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFont PangoFont;

namespace Flexwonen::Report::Pdf {

// How a piece of text is set.
struct TextStyle
{
    qreal size = 10; // pt
    bool bold = false;
    bool italic = false;
    QColor color = QColor(0x1a, 0x1a, 0x1a);
    enum class Align { Left, Right } align = Align::Left;
    bool singleLine = false; // ellipsized to the width (page header and footer)
};

// A run of bytes of a box's text that belongs to one structure element: the whole paragraph,
// or a Span or a Link of a paragraph that holds links.
struct TextSegment
{
    int begin = 0; // byte offsets in the layout's UTF-8 text
    int end = 0;
    int element = -1;
    bool link = false; // painted in the link colour, underlined
};

// One paragraph laid out by Pango at a width: the lines with their positions, and which bytes
// belong to which structure element. The layout is only read after it is built.
class TextBox
{
public:
    struct Line
    {
        qreal top = 0; // within the box, pt
        qreal bottom = 0;
        qreal baseline = 0;
        qreal x = 0; // left of the line's logical extent (alignment, right-to-left text)
    };

    TextBox(PangoLayout *layout, QList<TextSegment> segments, QColor color);
    ~TextBox();
    TextBox(const TextBox &) = delete;
    TextBox &operator=(const TextBox &) = delete;

    PangoLayout *layout() const { return m_layout; }
    const QList<Line> &lines() const { return m_lines; }
    const QList<TextSegment> &segments() const { return m_segments; }
    QColor color() const { return m_color; }
    qreal height() const { return m_lines.isEmpty() ? 0 : m_lines.last().bottom; }
    // The segment that holds byte offset; the last one when none does.
    const TextSegment &segmentAt(int offset) const;

private:
    void keepBreakSpaces();

    PangoLayout *m_layout;
    QList<TextSegment> m_segments;
    QColor m_color;
    QList<Line> m_lines;
};

using TextBoxPtr = std::shared_ptr<const TextBox>;

// Text from content as Pango gets it: C0 and C1 controls and the bidi embedding, override and
// isolate controls are dropped (an override would turn the rest of a paragraph around), a tab
// becomes a space, invalid UTF-16 is left out. Pango sees only text, never markup.
QString printableText(const QString &text);

// Makes text boxes with one Pango context: no ligatures (extracted text stays searchable), no
// hyphens inserted at breaks, words longer than a line broken between characters.
class TextBuilder
{
public:
    explicit TextBuilder(PangoContext *context);
    ~TextBuilder();
    TextBuilder(const TextBuilder &) = delete;
    TextBuilder &operator=(const TextBuilder &) = delete;

    // Plain text in one style; all of it belongs to element.
    TextBoxPtr plain(const QString &text, const TextStyle &style, qreal width, int element) const;

    // A paragraph of runs; segments as given (byte ranges are filled in here): one per run.
    struct Run
    {
        QString text;
        bool bold = false;
        bool italic = false;
        bool link = false;
        int element = -1;
    };
    TextBoxPtr runs(const QList<Run> &runs, const TextStyle &style, qreal width) const;

    static QColor linkColor() { return QColor(0x0b, 0x4f, 0x6c); }

private:
    // A character the bundled font has no glyph for becomes U+FFFD (an unmapped space a plain
    // space, an unmapped mark nothing): Pango would draw a box with the hexadecimal code, and
    // those digits would end up in the extracted text.
    QString drawable(const QString &text) const;

    PangoContext *m_context;
    PangoFont *m_font = nullptr; // the regular face, for coverage
    mutable QHash<char32_t, bool> m_covered;
};

} // namespace Flexwonen::Report::Pdf
