// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"

#include <QImage>
#include <QTextBrowser>

#include <functional>
#include <memory>

namespace Flexwonen::Kb::Search {
class WordMarker;
}

namespace Flexwonen::Ui {

// Shows Markdown composed by the app. Content can never make the app fetch or read anything:
// raw HTML is off, resources resolve to nothing, and external links open only after the user
// confirms. Links to items (kb:ID) are handed on, with whether Ctrl or the middle button asked
// for a new tab.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    // The ways in the start page offers as links (app:…); only views that allow them follow them,
    // so content can never open a dialog by a link.
    enum class Command { BrowseRegions, Search, Report };
    Q_ENUM(Command)
    // A readable line: at most about this many average characters, the text centred beyond.
    static constexpr int LineCharacters = 80;

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setCommandLinksAllowed(bool allowed) { m_commandLinks = allowed; }
    // The text size of every reader (ReaderZoom::factor), on top of the widget's font.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    // For the context menu: the item the view shows (empty: none, the start page) and how a
    // citation of an item is made (Kb::citation, failures reported by the caller).
    void setCurrentItemId(const QString &id) { m_currentItemId = id; }
    QString currentItemId() const { return m_currentItemId; }
    void setCitationSource(std::function<QString(const QString &id)> citationOf)
    {
        m_citationOf = std::move(citationOf);
    }
    // The menu a right click at pos (viewport coordinates) shows; the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

    void showMarkdown(const QString &markdown);
    QVariant loadResource(int type, const QUrl &name) override;
    // What every content image shows: drawn by the app, nothing is read.
    static QImage missingImage();

    // The words of the search the text was opened from, marked in it (issue 13): query as typed,
    // terms the result's highlight terms (Kb::SearchResults::highlight). No terms: no marks.
    void setSearchHighlight(const QString &query, const QStringList &terms);
    QString searchQuery() const { return m_searchQuery; }
    const QList<Kb::TextSpan> &searchMarks() const { return m_searchMarks; }
    // The words typed in the find bar, found in the text as a search would find them.
    QList<Kb::TextSpan> findWords(const QString &typed);
    // The find bar's matches, the current one (-1: none) emphasised and scrolled into view.
    void showFindMatches(const QList<Kb::TextSpan> &matches, int current);
    // The text as QTextCursor positions count it (spans index into this).
    QString positionText() const;

signals:
    void itemLinkActivated(const QString &itemId, bool newTab);
    // Ctrl+F with the focus here (Find in page, not the window's search), F3 / Shift+F3.
    void findRequested();
    void findStepRequested(bool backwards);
    void commandRequested(Flexwonen::Ui::ReaderView::Command command);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateLineLength();
    void copyCitation(const QString &id);
    void followLink(const QUrl &url);
    void showToolTipAt(const QPoint &viewportPos, const QPoint &globalPos);
    Kb::Search::WordMarker &marker();
    void updateMarks();
    void recolourLinks();

    Qt::KeyboardModifiers m_modifiers;
    std::unique_ptr<Kb::Search::WordMarker> m_marker;
    QString m_searchQuery;
    QStringList m_searchTerms;
    QList<Kb::TextSpan> m_searchMarks;
    QList<Kb::TextSpan> m_findMatches;
    int m_findCurrent = -1;
    bool m_commandLinks = false;
    double m_zoom = 1.0;
    QFont m_baseFont;
    QString m_currentItemId;
    std::function<QString(const QString &id)> m_citationOf;
};

} // namespace Flexwonen::Ui
