// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace Flexwonen::Ui {

// Runs the window on the given profile (or --kb file); returns the exit code. language: the
// --lang value ("nl", "en"; empty: FLEXWONEN_LANG, then the saved choice, then Dutch).
// contentDir: --content, a content folder shown as a preview that follows its changes; a folder
// that cannot be read or compiled ends the start with one Dutch line on stderr (decision 112).
int guiMain(int &argc, char **argv, const QString &profileDir, const QString &kbFile,
            const QString &language = {}, const QString &contentDir = {});

} // namespace Flexwonen::Ui
