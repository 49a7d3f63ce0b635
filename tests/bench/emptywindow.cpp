// SPDX-License-Identifier: EUPL-1.2
// The start-up floor: an empty QMainWindow that quits as soon as it is first exposed, started
// the same way as the app under FLEXWONEN_QUIT_AFTER_SHOWN=1 (see startup.sh).
#include <QApplication>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

namespace {
class QuitOnExpose final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_done && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QApplication::quit); // after the expose is handled
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("leeg"));
    window.resize(1280, 800);
    window.show();
    QuitOnExpose quit;
    window.windowHandle()->installEventFilter(&quit);
    return QApplication::exec();
}
