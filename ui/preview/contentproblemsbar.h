// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>
#include <QToolBar>

class QLabel;
class QPlainTextEdit;

namespace Flexwonen::Ui {

// The preview's problems (flexwonen --content): a bar across the window, shown while the folder
// does not compile, the window meanwhile showing the last good content. Not modal: the editor
// keeps reading and fixes the file in the editor. Reachable with F6 (a pane) and Tab; the list
// is read-only text, so a screen reader reads it and the problems can be copied.
class ContentProblemsBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentProblemsBar)
public:
    explicit ContentProblemsBar(QWidget *parent = nullptr);

    // Empty hides the bar. The lines name files and quote their content: shown as plain text.
    void setProblems(const QStringList &problems);
    QStringList problems() const { return m_problems; }
    QPlainTextEdit *list() const { return m_list; }

private:
    void retranslate();

    QStringList m_problems;
    QLabel *m_heading;
    QPlainTextEdit *m_list;
};

} // namespace Flexwonen::Ui
