// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace Flexwonen::Ui {

class MainWindow;

// Hooks for the start-up benchmark and for screenshots, driven by environment variables and
// inert without them:
//   FLEXWONEN_QUIT_AFTER_SHOWN=1      quit as soon as the filled window is first exposed
//   FLEXWONEN_SCREENSHOT=FILE.png     grab the window once shown, save it and quit; before that
//   FLEXWONEN_SCREENSHOT_OPEN=ID      open this item in the reader
//   FLEXWONEN_SCREENSHOT_SEARCH=TEXT  type TEXT into the search field (results as you type)
//   FLEXWONEN_SCREENSHOT_SUBMIT=1     and press Enter (fills Zoekresultaten)
//   FLEXWONEN_SHOWN_REPORT=FILE       when first exposed, write what Qt's standard options set
//                                     (platform, style, layout direction, style sheet, window
//                                     geometry, maximised or not), one "key value" line each,
//                                     for tst_cli
class Automation final : public QObject
{
    Q_OBJECT
public:
    // Returns without doing anything when no variable is set.
    static void install(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Automation(MainWindow &window);
    void exposed();
    void writeShownReport(const QString &path) const;
    void prepareScreenshot();
    void takeScreenshot();

    MainWindow &m_window;
    bool m_done = false;
};

} // namespace Flexwonen::Ui
