// SPDX-License-Identifier: EUPL-1.2
#include "automation.h"

#include "mainwindow.h"
#include "search/searchfield.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QKeyEvent>
#include <QPixmap>
#include <QStyle>
#include <QTabWidget>
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

// FLEXWONEN_FOCUS_LOG=FILE: one line per focus change, "pane widget-class widget-name", for
// the scripted keyboard test under X (tests/xvfb/shortcuts.sh), which cannot ask Qt.
static void logFocus(MainWindow &window, const QString &path)
{
    auto *file = new QFile(path, &window);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return;
    QObject::connect(qApp, &QApplication::focusChanged, file, [file](QWidget *, QWidget *now) {
        QString pane = QStringLiteral("-");
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (qobject_cast<QDockWidget *>(w) || w->objectName() == QLatin1String("SearchField") ||
                qobject_cast<QTabWidget *>(w) || w->isWindow()) {
                pane = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                 : w->objectName();
                break;
            }
        }
        const QString line =
            now ? QStringLiteral("%1 %2 %3\n")
                      .arg(pane, QString::fromLatin1(now->metaObject()->className()),
                           now->objectName().isEmpty() ? QStringLiteral("-") : now->objectName())
                : QStringLiteral("- - -\n");
        file->write(line.toUtf8());
    });
}

void Automation::install(MainWindow &window)
{
    if (const QString focusLog = env("FLEXWONEN_FOCUS_LOG"); !focusLog.isEmpty())
        logFocus(window, focusLog);
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
    if (const QString report = env("FLEXWONEN_SHOWN_REPORT"); !report.isEmpty())
        writeShownReport(report);
    if (env("FLEXWONEN_SCREENSHOT").isEmpty()) {
        QApplication::quit();
        return;
    }
    prepareScreenshot();
    // Time for the debounced search and a repaint.
    QTimer::singleShot(900, this, &Automation::takeScreenshot);
}

void Automation::writeShownReport(const QString &path) const
{
    // As -geometry reads: the size of the window's contents, the position of its frame.
    const QSize size = m_window.windowHandle()->size();
    const QPoint position = m_window.windowHandle()->framePosition();
    // The window's icon as a launcher draws it: a pixmap, not only a name.
    const QPixmap icon = m_window.windowIcon().pixmap(QSize(32, 32));
    const QString report =
        QStringLiteral("platform %1\nstyle %2\nlayout %3\nstylesheet %4\ngeometry %5x%6+%7+%8\n"
                       "state %9\n")
            .arg(QGuiApplication::platformName(), QApplication::style()->name(),
                 QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                       : QStringLiteral("ltr"),
                 qApp->styleSheet())
            .arg(size.width())
            .arg(size.height())
            .arg(position.x())
            .arg(position.y())
            .arg(m_window.isMaximized() ? QStringLiteral("maximized") : QStringLiteral("normal")) +
        QStringLiteral("desktopfile %1\nicon %2x%3\n")
            .arg(QGuiApplication::desktopFileName())
            .arg(icon.width())
            .arg(icon.height());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toUtf8()) < 0)
        std::fprintf(stderr, "shown report not written: %s\n", qPrintable(path));
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
