// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "location.h"
#include "readerview.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace Flexwonen::Kb {
class KnowledgeBase;
}
namespace Flexwonen::Report {
class NlMap;
}

namespace Flexwonen::Ui {

class ErrorReporter;
class FindBar;
class ReaderView;
class RegionPage;
class StartPage;

// One reader tab: shows a Location (the start page, or an item: a region on its region page,
// anything else as text) and keeps its own back/forward history of locations. QTextBrowser's
// history cannot serve: the content is set as Markdown, not loaded from URLs.
class ReaderTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderTab)
public:
    // errors: where a location that cannot be read is reported (the tab shows why instead).
    ReaderTab(Kb::KnowledgeBase &kb, const Report::NlMap &map, ErrorReporter &errors,
              QWidget *parent = nullptr);

    // query and highlight: the search the location was opened from (as typed, and its
    // Kb::SearchResults::highlight terms), marked in the text while the location is shown.
    void open(const Location &location, const QString &query = {},
              const QStringList &highlight = {});
    void back();
    void forward();
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }
    Location location() const; // the start page before the first open()
    QString title() const { return m_title; }
    QList<Location> history() const;
    int historyIndex() const { return m_index; } // the shown entry of history()
    void goTo(int index);                        // an entry of history(), as Back's drop-down does
    // Where the shown text is scrolled to, as the text position at the top of the view: unlike
    // pixels, it holds at any width and zoom. restoreTopPosition scrolls there once the tab is
    // on screen (after a restart the text is laid out later than it is set).
    int topPosition() const;
    void restoreTopPosition(int position);

    QWidget *currentPage() const;
    ReaderView *itemView() const { return m_itemView; }
    StartPage *startPage() const { return m_startPage; }
    RegionPage *regionPage() const { return m_regionPage; }
    // The text view of whatever page is shown.
    ReaderView *currentTextView() const;
    FindBar *findBar() const { return m_findBar; }
    // The text size of every view of the tab, the pages built later included (ReaderZoom).
    void setZoom(double factor);

signals:
    void locationChanged(const Flexwonen::Ui::Location &location);
    // The user went to a location (open, back, forward) and it could be shown: what the
    // history records. Not for a page shown again in another language or after an update.
    void visited(const Flexwonen::Ui::Location &location);
    // A link asked for a new tab (Ctrl+click or middle click).
    void openInNewTabRequested(const Flexwonen::Ui::Location &location);
    // A way in offered on the start page (browse the regions, search, make a report).
    void commandRequested(Flexwonen::Ui::ReaderView::Command command);

protected:
    // LanguageChange: the page shown again in the new language, scrolled where it was.
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override; // a restored position waits for this

private:
    struct Entry
    {
        Location location;
        int scroll = 0;
        QString query;         // the search it was opened from
        QStringList highlight; // that search's terms, marked in the text
    };
    bool display(const Location &location); // false: it could not be shown (the tab says why)
    // Throws Flexwonen::Error; false for an item the content does not have.
    bool present(const Location &location);
    void go(int index);
    void rememberScroll();
    void applyPendingTop();
    void follow(const QString &itemId, bool newTab); // a link to an item
    void connectFind(ReaderView *view);    // and the rest every text view of the tab shares
    QString citationOf(const QString &id); // empty when it cannot be read (reported)
    template <typename Page> Page *ensurePage(Page *&page);

    Kb::KnowledgeBase &m_kb;
    const Report::NlMap &m_map;
    ErrorReporter &m_errors;
    QStackedWidget *m_stack;
    ReaderView *m_itemView;
    FindBar *m_findBar;
    StartPage *m_startPage = nullptr;
    RegionPage *m_regionPage = nullptr;
    QList<Entry> m_history;
    int m_index = -1;
    int m_pendingTop = -1;            // restoreTopPosition's position until the user scrolls
    QPointer<QObject> m_pendingWatch; // the connections that apply or drop it
    QString m_title;
    double m_zoom = 1.0;
};

} // namespace Flexwonen::Ui
