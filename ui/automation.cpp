// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation.h"

#include "mainwindow.h"
#include "search/searchfield.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPixmap>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace Flexwonen::Ui {

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

void sendKey(QWidget *to, int key, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(to, &press);
    QApplication::sendEvent(to, &release);
}
} // namespace

void Automation::install(MainWindow &window)
{
    if (env("FLEXWONEN_QUIT_AFTER_SHOWN").isEmpty() && env("FLEXWONEN_SCREENSHOT").isEmpty())
        return;
    auto *automation = new Automation(window);
    window.winId(); // make sure the QWindow exists
    window.windowHandle()->installEventFilter(automation);
}

Automation::Automation(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{}

bool Automation::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Expose && m_window.windowHandle()->isExposed()) {
        m_done = true;
        // After this expose has been handled, so the first frame is really painted.
        QTimer::singleShot(0, this, &Automation::exposed);
    }
    return QObject::eventFilter(watched, event);
}

void Automation::exposed()
{
    if (env("FLEXWONEN_SCREENSHOT").isEmpty()) {
        QApplication::quit();
        return;
    }
    prepareScreenshot();
    // Time for the debounced search and a repaint.
    QTimer::singleShot(900, this, &Automation::takeScreenshot);
}

void Automation::prepareScreenshot()
{
    const QString open = env("FLEXWONEN_SCREENSHOT_OPEN");
    if (!open.isEmpty())
        m_window.openItem(open);
    const QString search = env("FLEXWONEN_SCREENSHOT_SEARCH");
    if (!search.isEmpty()) {
        SearchField *field = m_window.searchField();
        field->setFocus(Qt::ShortcutFocusReason);
        for (const QChar c : search)
            sendKey(field, Qt::Key_unknown, QString(c));
        if (!env("FLEXWONEN_SCREENSHOT_SUBMIT").isEmpty()) {
            QTimer::singleShot(400, this, [field] {
                sendKey(field, Qt::Key_Return);
                field->setFocus();
            });
        }
    }
}

void Automation::takeScreenshot()
{
    const QString path = env("FLEXWONEN_SCREENSHOT");
    const QPixmap shot = m_window.grab();
    if (!shot.save(path))
        std::fprintf(stderr, "screenshot not saved: %s\n", qPrintable(path));
    QApplication::quit();
}

} // namespace Flexwonen::Ui
