// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/search/searchtypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Flexwonen::Ui {

class ReaderView;

// Find in page (issue 13): a bar under the reader's text that steps through the words found in
// it, "3 van 12". Opened with Ctrl+F in the reader, it starts with the words of the search the
// page was opened from (their stems and compounds, as the search found them); typing looks for
// the typed words the same way. Enter or F3 goes to the next, Shift+Enter or Shift+F3 to the
// previous, Esc closes the bar and gives the focus back to the text.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QWidget *parent = nullptr);

    // The text it searches (the page shown); refreshes when the bar is open.
    void attach(ReaderView *view);
    void open();
    void dismiss();
    void step(bool backwards);

    QLineEdit *field() const { return m_field; }
    QLabel *countLabel() const { return m_count; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void select(int current);

    QPointer<ReaderView> m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QList<Kb::TextSpan> m_matches;
    int m_current = -1;
};

} // namespace Flexwonen::Ui
