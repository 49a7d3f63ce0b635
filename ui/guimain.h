// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Flexwonen::Ui {

// Runs the window on the given profile (or --kb file); returns the exit code.
int guiMain(int &argc, char **argv, const QString &profileDir, const QString &kbFile);

} // namespace Flexwonen::Ui
