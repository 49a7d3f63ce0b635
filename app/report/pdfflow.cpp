// SPDX-License-Identifier: EUPL-1.2
#include "pdfflow.h"

#include "reportblocks.h"

#include <algorithm>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Report::Pdf {

namespace {

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x44, 0x44, 0x44);
const QColor HeadingInk(0x0b, 0x4f, 0x6c);
const QColor BorderColor(0xb4, 0xc3, 0xcc);
const QColor HeaderFill(0xe3, 0xee, 0xf3);

constexpr qreal CellPadding = 3;
constexpr qreal CellRule = 0.5;
constexpr qreal ListIndent = 16;
constexpr qreal LabelWidth = 18;
constexpr qreal ColumnGap = 12;
constexpr qreal ContentsNumberWidth = 36;

struct HeadingStyle
{
    qreal size;
    QColor color;
    qreal before;
    qreal after;
};

HeadingStyle headingStyle(int level)
{
    switch (level) {
    case 1:
        return {17, HeadingInk, 14, 6};
    case 2:
        return {13, HeadingInk, 12, 4};
    default:
        return {11, Ink, 8, 3};
    }
}

TextStyle bodyStyle(TextRole role = TextRole::Body)
{
    TextStyle style;
    switch (role) {
    case TextRole::Body:
        break;
    case TextRole::Small:
        style.size = 8;
        style.color = Muted;
        break;
    case TextRole::Caption:
        style.size = 8;
        style.italic = true;
        style.color = Muted;
        break;
    }
    return style;
}

QString headingTitle(const Paragraph &text)
{
    return printableText(text.plainText()).simplified();
}

// cairo copies a uri='…' attribute into the PDF as it stands: only unreserved ASCII and percent
// escapes may get there, never a quote, a backslash, a parenthesis or a control character.
QByteArray safeUri(const QString &link)
{
    const QByteArray encoded = QUrl(link, QUrl::StrictMode).toEncoded();
    QByteArray out;
    for (const char c : encoded) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '\'' || c == '\\' || c == '(' || c == ')' || c == '<' ||
            c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`')
            out += '%' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

void Slice::shift(qreal dy)
{
    for (Piece &p : pieces) {
        p.pos.ry() += dy;
        p.rect.translate(0, dy);
    }
}

QByteArray FlowBuilder::linkAttributes(const QString &link) const
{
    if (link.startsWith(QLatin1Char('#'))) {
        const QByteArray dest = m_anchors.value(link.mid(1));
        return dest.isEmpty() ? QByteArray() : "dest='" + dest + '\'';
    }
    if (!isPrintableLink(link))
        return {};
    return "uri='" + safeUri(link) + '\'';
}

Flow FlowBuilder::build(const QList<Block> &blocks)
{
    m_flow = {};
    m_anchors.clear();
    m_nextHeading = 0;
    m_spaceAfter = 0;
    m_breakBefore = false;
    addElement("Document", -1, false);
    collectHeadings(blocks);
    addBlocks(blocks, Frame{}, m_flow.slices);
    return std::move(m_flow);
}

void FlowBuilder::collectHeadings(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Heading && !b.text.isEmpty()) {
            Heading h;
            h.level = std::clamp(b.level, 1, 3);
            h.title = headingTitle(b.text);
            h.dest = "h" + QByteArray::number(m_flow.headings.size() + 1);
            if (!b.anchor.isEmpty() && !m_anchors.contains(b.anchor))
                m_anchors.insert(b.anchor, h.dest);
            m_flow.headings.append(h);
        } else if (b.kind == Block::Kind::Columns && b.columns) {
            for (const QList<Block> &column : std::as_const(b.columns->columns))
                collectHeadings(column);
        }
    }
}

int FlowBuilder::addElement(const QByteArray &tag, int parent, bool leaf,
                            const QByteArray &attributes)
{
    m_flow.elements.append({tag, parent, leaf, attributes});
    return int(m_flow.elements.size()) - 1;
}

qreal FlowBuilder::spaceBefore(qreal wanted)
{
    const qreal space = std::max(m_spaceAfter, wanted);
    m_spaceAfter = 0;
    return space;
}

Slice &FlowBuilder::newSlice(QList<Slice> &out, qreal spaceBefore)
{
    Slice s;
    s.spaceBefore = spaceBefore;
    s.pageBreakBefore = m_breakBefore;
    m_breakBefore = false;
    out.append(std::move(s));
    return out.last();
}

int FlowBuilder::textElement(const QByteArray &tag, int parent, const Paragraph &text,
                             QList<TextBuilder::Run> &runs)
{
    QList<QByteArray> attributes;
    bool anyLink = false;
    for (const TextRun &run : text.runs) {
        attributes.append(run.link.isEmpty() ? QByteArray() : linkAttributes(run.link));
        anyLink = anyLink || !attributes.last().isEmpty();
    }
    if (!anyLink) {
        const int e = addElement(tag, parent, true);
        for (const TextRun &run : text.runs)
            runs.append({run.text, run.bold, run.italic, false, e});
        if (runs.isEmpty())
            runs.append({QString(), false, false, false, e});
        return e;
    }
    const int e = addElement(tag, parent, false);
    int current = -1;
    QByteArray currentAttributes;
    for (qsizetype i = 0; i < text.runs.size(); ++i) {
        const TextRun &run = text.runs[i];
        const QByteArray &a = attributes[i];
        if (current < 0 || a != currentAttributes) {
            current = addElement(a.isEmpty() ? "Span" : "Link", e, true, a);
            currentAttributes = a;
        }
        runs.append({run.text, run.bold, run.italic, !a.isEmpty(), current});
    }
    return e;
}

void FlowBuilder::addLines(const TextBoxPtr &box, int element, qreal x, QList<Slice> &out,
                           const Piece *label)
{
    const qsizetype n = box->lines().size();
    const qreal first = spaceBefore(0);
    for (qsizetype i = 0; i < n; ++i) {
        const TextBox::Line &line = box->lines()[i];
        Slice &s = newSlice(out, i == 0 ? first : 0);
        s.height = line.bottom - line.top;
        // No single first line at the foot of a page, no single last line at the top.
        s.keepWithNext = (n >= 2 && i == 0) || (n >= 3 && i == n - 2);
        if (i == 0 && label)
            s.pieces.append(*label);
        Piece p;
        p.kind = Piece::Kind::Line;
        p.element = element;
        p.pos = QPointF(x + line.x, line.baseline - line.top);
        p.text = box;
        p.line = int(i);
        s.pieces.append(std::move(p));
    }
}

void FlowBuilder::addBlocks(const QList<Block> &blocks, const Frame &frame, QList<Slice> &out)
{
    QList<OpenList> lists;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (b.kind != Block::Kind::ListItem && !lists.isEmpty()) {
            lists.clear();
            m_spaceAfter = std::max(m_spaceAfter, 5.0); // after the whole list
        }
        switch (b.kind) {
        case Block::Kind::Heading:
            addHeading(b, frame, out);
            break;
        case Block::Kind::Paragraph:
            addParagraph(b, frame, out);
            break;
        case Block::Kind::ListItem: {
            const bool nested = i + 1 < blocks.size() &&
                                blocks[i + 1].kind == Block::Kind::ListItem &&
                                std::max(1, blocks[i + 1].level) > std::max(1, b.level);
            addListItem(b, nested, lists, frame, out);
            break;
        }
        case Block::Kind::Table:
            if (b.table)
                addTable(*b.table, frame, out);
            break;
        case Block::Kind::Figure:
            if (b.figure)
                addFigure(b.figure, frame, out);
            break;
        case Block::Kind::Columns:
            if (b.columns)
                addColumns(*b.columns, frame, out);
            break;
        case Block::Kind::TableOfContents:
            addContents(frame, out);
            break;
        case Block::Kind::PageBreak:
            m_breakBefore = true;
            break;
        }
    }
}

void FlowBuilder::addHeading(const Block &b, const Frame &frame, QList<Slice> &out)
{
    if (b.text.isEmpty())
        return;
    const int level = std::clamp(b.level, 1, 3);
    const HeadingStyle hs = headingStyle(level);
    QList<TextBuilder::Run> runs;
    const int e = textElement("H" + QByteArray::number(level), frame.parent, b.text, runs);
    TextStyle style;
    style.size = hs.size;
    style.bold = true;
    style.color = hs.color;
    const TextBoxPtr box = m_text.runs(runs, style, frame.width);
    Heading &heading = m_flow.headings[m_nextHeading++];
    Slice &s = newSlice(out, spaceBefore(hs.before));
    s.height = box->height();
    s.keepWithNext = true;
    Piece dest;
    dest.kind = Piece::Kind::Dest;
    dest.pos = QPointF(frame.x, 0);
    dest.dest = heading.dest;
    s.pieces.append(dest);
    for (qsizetype i = 0; i < box->lines().size(); ++i) {
        Piece p;
        p.kind = Piece::Kind::Line;
        p.element = e;
        p.pos = QPointF(frame.x + box->lines()[i].x, box->lines()[i].baseline);
        p.text = box;
        p.line = int(i);
        s.pieces.append(std::move(p));
    }
    if (&out == &m_flow.slices)
        heading.slice = int(out.size()) - 1;
    m_spaceAfter = hs.after;
}

void FlowBuilder::addParagraph(const Block &b, const Frame &frame, QList<Slice> &out)
{
    if (b.text.isEmpty())
        return;
    QList<TextBuilder::Run> runs;
    const int e = textElement("P", frame.parent, b.text, runs);
    addLines(m_text.runs(runs, bodyStyle(b.role), frame.width), e, frame.x, out);
    m_spaceAfter = b.role == TextRole::Body ? 5 : 3;
}

void FlowBuilder::addListItem(const Block &b, bool nestedFollows, QList<OpenList> &lists,
                              const Frame &frame, QList<Slice> &out)
{
    const int level = std::max(1, b.level);
    while (!lists.isEmpty() && lists.last().level > level)
        lists.removeLast();
    if (lists.isEmpty() || lists.last().level < level) {
        int parent = frame.parent;
        if (!lists.isEmpty())
            parent = lists.last().nestParent;
        lists.append({level, addElement("L", parent, false), -1, 0});
        m_spaceAfter = std::max(m_spaceAfter, lists.size() == 1 ? 4.0 : 1.0);
    }
    OpenList &list = lists.last();
    ++list.count;
    const int li = addElement("LI", list.element, false);
    const int label = addElement("Lbl", li, true);
    int textParent = li;
    QByteArray tag = "LBody";
    // A deeper list belongs to this item: its body then holds the text (a P) and that list.
    if (nestedFollows) {
        textParent = addElement("LBody", li, false);
        tag = "P";
    }
    list.nestParent = nestedFollows ? textParent : li;
    QList<TextBuilder::Run> runs;
    const int e = textElement(tag, textParent, b.text, runs);

    static const QStringList bullets = {u"•"_s, u"◦"_s, u"▪"_s};
    const QString labelText = b.ordered ? u"%1."_s.arg(b.number > 0 ? b.number : list.count)
                                        : bullets[(level - 1) % bullets.size()];
    const qreal indent = std::min((level - 1) * ListIndent, frame.width / 2);
    const TextStyle style = bodyStyle();
    const TextBoxPtr box = m_text.runs(runs, style, frame.width - indent - LabelWidth);
    const TextBoxPtr labelBox = m_text.plain(labelText, style, LabelWidth - 3, label);
    const TextBox::Line &first = box->lines().first();
    Piece labelPiece;
    labelPiece.kind = Piece::Kind::Line;
    labelPiece.element = label;
    labelPiece.pos =
        QPointF(frame.x + indent + labelBox->lines().first().x, first.baseline - first.top);
    labelPiece.text = labelBox;
    m_spaceAfter = std::max(m_spaceAfter, 2.0);
    addLines(box, e, frame.x + indent + LabelWidth, out, &labelPiece);
    m_spaceAfter = 2;
}

// What one table cell holds, before it is cut into bands.
struct CellContent
{
    qreal x = 0;
    qreal width = 0;
    bool header = false;
    QList<Piece> pieces;                    // positions relative to the cell's content top-left
    QList<std::pair<qreal, qreal>> extents; // top and bottom of each piece
};

namespace {

// The widths of columns with these relative weights (missing or not positive: 1) in width.
QList<qreal> shareOut(qreal width, const QList<qreal> &weights, qsizetype columns)
{
    QList<qreal> normal;
    qreal total = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        const qreal w = weights.value(c, 1);
        normal.append(w > 0 ? w : 1);
        total += normal.last();
    }
    QList<qreal> widths;
    for (const qreal w : std::as_const(normal))
        widths.append(width * w / total);
    return widths;
}

// A paragraph's lines into a cell, top points below the cell's content top.
void appendLines(CellContent &cell, const TextBoxPtr &box, int element, qreal top)
{
    for (qsizetype i = 0; i < box->lines().size(); ++i) {
        const TextBox::Line &line = box->lines()[i];
        Piece p;
        p.kind = Piece::Kind::Line;
        p.element = element;
        p.pos = QPointF(cell.x + CellPadding + line.x, top + line.baseline);
        p.text = box;
        p.line = int(i);
        cell.pieces.append(std::move(p));
        cell.extents.append({top + line.top, top + line.bottom});
    }
}

// A header band as it is painted again at the top of each page the table goes on to.
Slice repeatedHeader(const Slice &band)
{
    Slice copy = band;
    copy.spaceBefore = 0;
    copy.pageBreakBefore = false;
    copy.pieces.removeIf([](const Piece &p) { return p.kind == Piece::Kind::Mark; });
    for (Piece &p : copy.pieces)
        p.element = -1; // a repeated header is read once, where the table starts
    return copy;
}

// A row as one slice, or (taller than limit: a cell with pages of text) as bands cut between
// lines, so nothing of it is lost or painted twice.
QList<Slice> rowBands(const QList<CellContent> &cells, qreal limit, qreal minHeight)
{
    QList<Slice> bands;
    QList<qsizetype> next(cells.size(), 0);
    QList<qreal> offset(cells.size(), 0);
    bool remaining = true;
    while (remaining) {
        Slice band;
        qreal content = minHeight;
        QList<QList<Piece>> taken(cells.size());
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const CellContent &cell = cells[c];
            while (next[c] < cell.pieces.size()) {
                const qreal bottom = cell.extents[next[c]].second - offset[c];
                if (bottom > limit && !taken[c].isEmpty())
                    break;
                Piece p = cell.pieces[next[c]];
                p.pos += QPointF(0, CellPadding - offset[c]);
                taken[c].append(p);
                content = std::max(content, bottom);
                ++next[c];
            }
        }
        band.height = content + 2 * CellPadding;
        for (const CellContent &cell : cells) {
            const QRectF rect(cell.x, 0, cell.width, band.height);
            if (cell.header) {
                Piece fill;
                fill.kind = Piece::Kind::Fill;
                fill.rect = rect;
                fill.color = HeaderFill;
                band.pieces.append(fill);
            }
            Piece rule;
            rule.kind = Piece::Kind::Rule;
            rule.rect = rect;
            rule.color = BorderColor;
            rule.width = CellRule;
            band.pieces.append(rule);
        }
        remaining = false;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            band.pieces.append(taken[c]);
            if (next[c] < cells[c].pieces.size()) {
                remaining = true;
                offset[c] = cells[c].extents[next[c]].first;
            }
        }
        bands.append(std::move(band));
    }
    return bands;
}

} // namespace

void FlowBuilder::addTable(const Table &table, const Frame &frame, QList<Slice> &out)
{
    if (table.rows.isEmpty())
        return;
    qsizetype columns = table.columnWeights.size();
    for (const QList<TableCell> &row : table.rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return;
    const QList<qreal> widths = shareOut(frame.width, table.columnWeights, columns);
    const int tableIndex = int(m_flow.tables.size());
    m_flow.tables.append({printableText(table.summary).simplified(), {}});
    const int tableElement = addElement("Table", frame.parent, false);
    const qreal space = spaceBefore(6);
    qreal headerHeight = 0;
    bool firstBand = true;
    // An empty cell is as tall as a line of text.
    const qreal emptyLine = m_text.plain(QString(), bodyStyle(), 10, -1)->height();

    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const bool header = r < table.headerRows;
        const int tr = addElement("TR", tableElement, false);
        QList<CellContent> cells;
        qreal x = frame.x;
        for (qsizetype c = 0; c < columns; ++c) {
            const TableCell *source = c < table.rows[r].size() ? &table.rows[r][c] : nullptr;
            cells.append(tableCell(source, header, tr, x, widths[c]));
            x += widths[c];
        }
        // A body row's band fits a page under the repeated header; a header row takes at most
        // half a page.
        const qreal limit =
            (header ? Page::MaxUnbreakable / 2 : Page::MaxUnbreakable - headerHeight) -
            2 * CellPadding;
        for (Slice &band : rowBands(cells, limit, emptyLine)) {
            band.spaceBefore = firstBand ? space : 0;
            band.pageBreakBefore = firstBand && m_breakBefore;
            firstBand = false;
            band.keepWithNext = header;
            band.table = header ? -1 : tableIndex;
            if (header) {
                headerHeight += band.height;
                m_flow.tables[tableIndex].headerRows.append(repeatedHeader(band));
            }
            out.append(std::move(band));
        }
    }
    m_breakBefore = false;
    m_spaceAfter = 8;
}

CellContent FlowBuilder::tableCell(const TableCell *source, bool header, int row, qreal x,
                                   qreal width)
{
    CellContent cell;
    cell.x = x;
    cell.width = width;
    cell.header = header;
    const QByteArray tag = header ? "TH" : "TD";
    QList<const Paragraph *> paragraphs;
    if (source) {
        for (const Paragraph &p : source->paragraphs) {
            if (!p.isEmpty())
                paragraphs.append(&p);
        }
    }
    TextStyle style = bodyStyle();
    if (header)
        style.bold = true;
    const qreal textWidth = cell.width - 2 * CellPadding;
    if (paragraphs.isEmpty()) {
        // Still an element, so the row keeps its columns for a screen reader.
        Piece mark;
        mark.kind = Piece::Kind::Mark;
        mark.element = addElement(tag, row, true);
        cell.pieces.append(mark);
        cell.extents.append({0, 0});
    } else if (paragraphs.size() == 1) {
        QList<TextBuilder::Run> runs;
        const int e = textElement(tag, row, *paragraphs.first(), runs);
        appendLines(cell, m_text.runs(runs, style, textWidth), e, 0);
    } else {
        const int cellElement = addElement(tag, row, false);
        qreal top = 0;
        for (const Paragraph *p : paragraphs) {
            QList<TextBuilder::Run> runs;
            const int e = textElement("P", cellElement, *p, runs);
            const TextBoxPtr box = m_text.runs(runs, style, textWidth);
            appendLines(cell, box, e, top);
            top += box->height() + 2;
        }
    }
    return cell;
}

void FlowBuilder::addFigure(const std::shared_ptr<Figure> &figure, const Frame &frame,
                            QList<Slice> &out)
{
    qreal w = figure->sizeMm.width() * Page::Mm;
    qreal h = figure->sizeMm.height() * Page::Mm;
    if (!(w > 0 && h > 0)) {
        w = frame.width;
        h = frame.width * 0.6;
    }
    const qreal scale = std::min({1.0, frame.width / w, Page::MaxUnbreakable / h});
    w *= scale;
    h *= scale;
    const int e = addElement("Figure", frame.parent, true);
    const QString alt = printableText(figure->altText).simplified();
    m_flow.figures.append({alt.isEmpty() ? u"Afbeelding"_s : alt});
    Slice &s = newSlice(out, spaceBefore(6));
    s.height = h;
    Piece p;
    p.kind = Piece::Kind::Figure;
    p.element = e;
    p.rect = QRectF(frame.x + (frame.width - w) / 2, 0, w, h);
    p.figure = figure;
    s.pieces.append(std::move(p));
    m_spaceAfter = 4;
}

void FlowBuilder::addColumns(const Columns &columns, const Frame &frame, QList<Slice> &out)
{
    if (columns.columns.isEmpty())
        return;
    // Everything made for the columns, to undo when they do not fit on a page side by side.
    const Checkpoint before = checkpoint();
    const bool breakBefore = m_breakBefore;
    const qreal space = spaceBefore(6);
    m_breakBefore = false;

    QList<Piece> pieces;
    const qreal height = addColumnPieces(columns, frame, pieces);
    m_breakBefore = false;
    if (height > Page::MaxUnbreakable) {
        // Taller than a page: one after the other at full width, so nothing is cut off.
        rollBack(before);
        m_spaceAfter = space;
        m_breakBefore = breakBefore;
        for (const QList<Block> &column : columns.columns)
            addBlocks(column, frame, out);
        return;
    }
    m_breakBefore = breakBefore;
    Slice &s = newSlice(out, space);
    s.height = height;
    s.pieces = std::move(pieces);
    if (&out == &m_flow.slices) {
        for (int h = before.heading; h < m_nextHeading; ++h)
            m_flow.headings[h].slice = int(out.size()) - 1;
    }
    m_spaceAfter = 6;
}

qreal FlowBuilder::addColumnPieces(const Columns &columns, const Frame &frame, QList<Piece> &pieces)
{
    const qsizetype n = columns.columns.size();
    const QList<qreal> widths =
        shareOut(frame.width - ColumnGap * qreal(n - 1), columns.weights, n);
    qreal height = 0;
    qreal x = frame.x;
    for (qsizetype c = 0; c < n; ++c) {
        Frame column{x, widths[c], frame.parent};
        x += column.width + ColumnGap;
        QList<Slice> slices;
        m_spaceAfter = 0;
        addBlocks(columns.columns[c], column, slices);
        // The column's slices one under the other, as the Paginator would set them.
        qreal y = 0;
        for (qsizetype k = 0; k < slices.size(); ++k) {
            if (k > 0)
                y += slices[k].spaceBefore;
            slices[k].shift(y);
            pieces.append(slices[k].pieces);
            y += slices[k].height;
        }
        height = std::max(height, y);
    }
    return height;
}

FlowBuilder::Checkpoint FlowBuilder::checkpoint() const
{
    return {m_flow.elements.size(), m_flow.figures.size(), m_flow.tables.size(), m_nextHeading};
}

void FlowBuilder::rollBack(const Checkpoint &to)
{
    m_flow.elements.resize(to.elements);
    m_flow.figures.resize(to.figures);
    m_flow.tables.resize(to.tables);
    m_nextHeading = to.heading;
}

void FlowBuilder::addContents(const Frame &frame, QList<Slice> &out)
{
    QList<int> entries;
    for (int h = m_nextHeading; h < m_flow.headings.size(); ++h) {
        if (m_flow.headings[h].level == 2)
            entries.append(h);
    }
    if (entries.isEmpty())
        return;
    const int toc = addElement("TOC", frame.parent, false);
    const qreal space = spaceBefore(4);
    const TextStyle style = bodyStyle();
    bool first = true;
    for (const int h : std::as_const(entries)) {
        const Heading &heading = m_flow.headings[h];
        const int item = addElement("TOCI", toc, false);
        const int link = addElement("Link", item, true, "dest='" + heading.dest + '\'');
        // The number's width is reserved: an entry is as tall before its page is known as
        // after, so filling in the numbers moves nothing.
        const TextBoxPtr box =
            m_text.plain(heading.title, style, frame.width - ContentsNumberWidth, link);
        Slice &s = newSlice(out, first ? space : 2);
        first = false;
        s.height = box->height();
        for (qsizetype i = 0; i < box->lines().size(); ++i) {
            Piece p;
            p.kind = Piece::Kind::Line;
            p.element = link;
            p.pos = QPointF(frame.x + box->lines()[i].x, box->lines()[i].baseline);
            p.text = box;
            p.line = int(i);
            s.pieces.append(std::move(p));
        }
        const TextBox::Line &last = box->lines().last();
        Piece number;
        number.kind = Piece::Kind::PageNumber;
        number.element = link;
        number.rect = QRectF(frame.x + frame.width - ContentsNumberWidth, last.top,
                             ContentsNumberWidth, last.bottom - last.top);
        number.pos = QPointF(number.rect.left(), last.baseline);
        number.heading = h;
        s.pieces.append(std::move(number));
    }
    m_spaceAfter = 8;
}

} // namespace Flexwonen::Report::Pdf
