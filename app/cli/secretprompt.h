// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Flexwonen::Cli {

// Writes prompt to stderr and reads one line from the terminal with its echo off, so a password
// is not shown. std::nullopt when standard input is not a terminal (a pipe, a file, CI): the
// caller never waits for input nobody can type. The CLI's only platform calls live here, guarded:
// POSIX termios or the Windows console API (tests/portability/check-posix-headers.sh).
std::optional<QByteArray> readSecretLine(const QString &prompt);

} // namespace Flexwonen::Cli
