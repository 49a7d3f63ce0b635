// SPDX-License-Identifier: EUPL-1.2
#include "readerview.h"

#include "common/plaintext.h"
#include "kb/search/wordmarker.h"
#include "theme/screencolours.h"

#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

namespace Flexwonen::Ui {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("ReaderView"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(20);
    m_baseFont = document()->defaultFont();
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderView::followLink);
}

void ReaderView::setZoom(double factor)
{
    m_zoom = factor;
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * factor);
    document()->setDefaultFont(font);
    updateLineLength();
}

void ReaderView::updateLineLength()
{
    // Long lines are hard to read: the text gets at most LineCharacters of ordinary Dutch text
    // (measured on a sentence, not the font's average glyph) and is centred in a wider view. The
    // root frame's margins, not the viewport's, so the page stays one colour.
    static const QString sample =
        QStringLiteral("De kennisbank bundelt wat bekend is over goede tijdelijke huisvesting "
                       "van arbeidsmigranten, met regio's, dossiers en kerncijfers.");
    const QFontMetricsF metrics(document()->defaultFont());
    const qreal perCharacter = metrics.horizontalAdvance(sample) / qreal(sample.size());
    const qreal text = perCharacter * LineCharacters;
    const qreal available = viewport()->width() - 2 * document()->documentMargin();
    const qreal side = qMax<qreal>(0, std::floor((available - text) / 2));
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (format.leftMargin() == side && format.rightMargin() == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateLineLength();
}

void ReaderView::copyCitation(const QString &id)
{
    const QString text = m_citationOf ? m_citationOf(id) : QString();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QMenu *ReaderView::createContextMenu(const QPoint &pos)
{
    QMenu *menu = createStandardContextMenu(mapToGlobal(viewport()->mapTo(this, pos)));
    // Qt's "Copy Link Location" would put an internal kb:ID on the clipboard.
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("link-copy"))
            menu->removeAction(action);
    }
    QAction *first = menu->actions().value(0);
    QList<QAction *> ours;
    const QUrl url(anchorAt(pos));
    if (url.scheme() == QLatin1String("kb")) {
        const QString id = url.path();
        auto *open = new QAction(tr("Openen in nieuw tabblad"), menu);
        open->setObjectName(QStringLiteral("openLinkInNewTab"));
        connect(open, &QAction::triggered, this, [this, id] { emit itemLinkActivated(id, true); });
        auto *cite = new QAction(tr("Kopieer bronvermelding van de link"), menu);
        cite->setObjectName(QStringLiteral("copyLinkCitation"));
        connect(cite, &QAction::triggered, this, [this, id] { copyCitation(id); });
        ours << open << cite;
    } else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        auto *open = new QAction(tr("Link openen in de browser…"), menu);
        open->setObjectName(QStringLiteral("openExternalLink"));
        connect(open, &QAction::triggered, this, [this, url] { followLink(url); });
        auto *copy = new QAction(tr("Kopieer link"), menu);
        copy->setObjectName(QStringLiteral("copyExternalLink"));
        connect(copy, &QAction::triggered, this,
                [url] { QGuiApplication::clipboard()->setText(url.toString()); });
        ours << open << copy;
    }
    if (!m_currentItemId.isEmpty()) {
        auto *cite = new QAction(tr("Kopieer bronvermelding"), menu);
        cite->setObjectName(QStringLiteral("copyCitation"));
        connect(cite, &QAction::triggered, this, [this] { copyCitation(m_currentItemId); });
        ours << cite;
    }
    if (!ours.isEmpty()) {
        menu->insertActions(first, ours);
        menu->insertSeparator(first);
    }
    return menu;
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(viewport()->mapFrom(this, event->pos()));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

ReaderView::~ReaderView() = default;

QVariant ReaderView::loadResource(int type, const QUrl &)
{
    // No file and no network access caused by content. Content has no images of its own yet, so
    // every image is answered with a drawn placeholder: never a null QVariant (QTextDocument
    // would read file: URLs itself) and never an empty image (Qt's image handler would then
    // load the name as a local path).
    if (type == QTextDocument::ImageResource)
        return missingImage();
    return QByteArray();
}

QImage ReaderView::missingImage()
{
    static const QImage placeholder = [] {
        QImage image(24, 18, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5));
        painter.drawRoundedRect(QRectF(1, 1, 22, 16), 2, 2);
        painter.drawLine(QPointF(4, 14), QPointF(20, 4)); // "no picture"
        return image;
    }();
    return placeholder;
}

void ReaderView::showMarkdown(const QString &markdown)
{
    // MarkdownNoHTML: content never carries raw HTML into the reader.
    constexpr auto features = QTextDocument::MarkdownFeatures(
        int(QTextDocument::MarkdownDialectGitHub) | int(QTextDocument::MarkdownNoHTML));
    document()->setMarkdown(markdown, features);
    recolourLinks();
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    format.setLeftMargin(-1); // a new root frame: set the line length again
    document()->rootFrame()->setFrameFormat(format);
    updateLineLength();
    // A new text starts at its top: the old cursor would otherwise keep the view scrolled.
    setTextCursor(QTextCursor(document()));
    m_findMatches.clear();
    m_findCurrent = -1;
    m_searchMarks = m_searchTerms.isEmpty() ? QList<Kb::TextSpan>() : marker().find(positionText());
    updateMarks();
}

Kb::Search::WordMarker &ReaderView::marker()
{
    // Made on first use: most views never mark anything.
    if (!m_marker)
        m_marker = std::make_unique<Kb::Search::WordMarker>();
    return *m_marker;
}

QString ReaderView::positionText() const
{
    // One character per cursor position (block and frame separators included), so that a span
    // found in it is a cursor range; toPlainText() drops or replaces some of them.
    return document()->toRawText();
}

void ReaderView::setSearchHighlight(const QString &query, const QStringList &terms)
{
    m_searchQuery = query;
    m_searchTerms = terms;
    if (terms.isEmpty()) {
        m_searchMarks.clear();
    } else {
        marker().setTerms(terms);
        m_searchMarks = marker().find(positionText());
    }
    updateMarks();
}

QList<Kb::TextSpan> ReaderView::findWords(const QString &typed)
{
    Kb::Search::WordMarker words;
    words.setTyped(typed);
    return words.find(positionText());
}

void ReaderView::showFindMatches(const QList<Kb::TextSpan> &matches, int current)
{
    m_findMatches = matches;
    m_findCurrent = current >= 0 && current < matches.size() ? current : -1;
    updateMarks();
    if (m_findCurrent >= 0) {
        const Kb::TextSpan &span = m_findMatches[m_findCurrent];
        QTextCursor cursor(document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

void ReaderView::recolourLinks()
{
    // The Markdown importer colours links with the application palette of that moment: the
    // view's own link colour instead, again whenever the palette changes (a theme switch).
    const QColor link = palette().color(QPalette::Link);
    QList<Kb::TextSpan> links; // first all, then changed: a change may merge fragments
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() &&
                fragment.charFormat().foreground().color() != link)
                links.append({fragment.position(), fragment.length()});
        }
    }
    QTextCharFormat format;
    format.setForeground(link);
    for (const Kb::TextSpan &span : std::as_const(links)) {
        QTextCursor cursor(document());
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

void ReaderView::updateMarks()
{
    // The marks in the theme's hit colours (ScreenColours), the current find match apart.
    const ScreenColours colours = ScreenColours::of(palette());
    QTextCharFormat found;
    found.setBackground(colours.hitBackground);
    found.setForeground(colours.hitText);
    QTextCharFormat current = found;
    current.setBackground(colours.findBackground);
    current.setForeground(colours.findText);
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [&](const Kb::TextSpan &span, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(span.start));
        selection.cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };
    for (const Kb::TextSpan &span : std::as_const(m_searchMarks))
        add(span, found);
    for (qsizetype i = 0; i < m_findMatches.size(); ++i)
        add(m_findMatches[i], i == m_findCurrent ? current : found);
    setExtraSelections(selections);
}

// Markdown link and image titles become tooltips; Qt would show them as rich text when they
// look like markup. They are content: shown here as text.
void ReaderView::showToolTipAt(const QPoint &viewportPos, const QPoint &globalPos)
{
    const QString tip = cursorForPosition(viewportPos).charFormat().toolTip();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, toolTipHtml(tip), viewport());
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showToolTipAt(help->pos(), help->globalPos());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

bool ReaderView::event(QEvent *event)
{
    // Ctrl+F here is Find in page: claimed before the window's shortcut for the search field.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find) || key->key() == Qt::Key_F3) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        showToolTipAt(viewport()->mapFrom(this, help->pos()), help->globalPos());
        return true;
    }
    if (event->type() == QEvent::PaletteChange) {
        recolourLinks();
        updateMarks();
    }
    return QTextBrowser::event(event);
}

// anchorClicked carries no modifiers; remember them from the event that triggers it.
void ReaderView::mousePressEvent(QMouseEvent *event)
{
    m_modifiers = event->modifiers();
    QTextBrowser::mousePressEvent(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    m_modifiers = event->modifiers();
    if (event->button() == Qt::MiddleButton) {
        const QUrl url(anchorAt(event->position().toPoint()));
        if (url.scheme() == QLatin1String("kb")) {
            emit itemLinkActivated(url.path(), true);
            return;
        }
    }
    QTextBrowser::mouseReleaseEvent(event);
    m_modifiers = {};
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        emit findRequested();
        return;
    }
    if (event->key() == Qt::Key_F3) {
        emit findStepRequested(event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    m_modifiers = event->modifiers();
    QTextBrowser::keyPressEvent(event);
    m_modifiers = {};
}

void ReaderView::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("app")) {
        if (!m_commandLinks)
            return;
        const QString name = url.path();
        if (name == QLatin1String("regions"))
            emit commandRequested(Command::BrowseRegions);
        else if (name == QLatin1String("search"))
            emit commandRequested(Command::Search);
        else if (name == QLatin1String("report"))
            emit commandRequested(Command::Report);
        return;
    }
    if (url.scheme() == QLatin1String("kb")) {
        emit itemLinkActivated(url.path(), m_modifiers.testFlag(Qt::ControlModifier));
        return;
    }
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return;
    // The address comes from the content: a plain-text box.
    const auto answer = showPlainMessage(
        this, QMessageBox::Question, tr("Externe link openen"),
        tr("Deze link opent een website buiten de kennisbank:\n\n%1\n\nIn de browser openen?")
            .arg(url.toDisplayString()),
        QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(url);
}

} // namespace Flexwonen::Ui
