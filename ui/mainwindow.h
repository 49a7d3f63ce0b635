// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace Flexwonen {
class AppContext;
}

namespace Flexwonen::Ui {

class ReaderView;

// The frame: docks around the reader, menus and status bar. Panels do their own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }

private:
    void createMenus();
    void showAbout();

    AppContext &m_context;
    ReaderView *m_reader = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
};

} // namespace Flexwonen::Ui
