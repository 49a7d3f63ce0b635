// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Flexwonen::Ui {

// Runs the window on the given profile (or --kb file); returns the exit code. language: the
// --lang value ("nl", "en"; empty: FLEXWONEN_LANG, then the saved choice, then Dutch).
int guiMain(int &argc, char **argv, const QString &profileDir, const QString &kbFile,
            const QString &language = {});

} // namespace Flexwonen::Ui
