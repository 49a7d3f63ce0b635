// SPDX-License-Identifier: EUPL-1.2
#include "secretprompt.h"

#include <QTextStream>
#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace Flexwonen::Cli {

namespace {

// The terminal's echo off for its lifetime, restored on every way out.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_UNIX)
        m_saved = ::tcgetattr(STDIN_FILENO, &m_old) == 0;
        if (m_saved) {
            termios quiet = m_old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#elif defined(Q_OS_WIN)
        m_input = ::GetStdHandle(STD_INPUT_HANDLE);
        m_saved = ::GetConsoleMode(m_input, &m_old) != 0;
        if (m_saved)
            ::SetConsoleMode(m_input, m_old & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_UNIX)
        if (m_saved)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_old);
#elif defined(Q_OS_WIN)
        if (m_saved)
            ::SetConsoleMode(m_input, m_old);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    bool m_saved = false;
#if defined(Q_OS_UNIX)
    termios m_old{};
#elif defined(Q_OS_WIN)
    HANDLE m_input = nullptr;
    DWORD m_old = 0;
#endif
};

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return false; // unknown platform: never prompt, the environment variable still works
#endif
}

} // namespace

std::optional<QByteArray> readSecretLine(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    QByteArray line;
    {
        const EchoOff quiet;
        QTextStream(stderr) << prompt << Qt::flush;
        char buffer[1024] = {};
        if (std::fgets(buffer, sizeof buffer, stdin)) {
            line = QByteArray(buffer);
            if (line.endsWith('\n'))
                line.chop(1);
        }
    }
    QTextStream(stderr) << '\n';
    return line;
}

} // namespace Flexwonen::Cli
