// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "context/appcontext.h"
#include "settings/preferences.h"

#include <memory>
#include <QDate>
#include <QPoint>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

class QTextBrowser;
class QWidget;

namespace Flexwonen::Test {

// A small knowledge base for the window tests, independent of the bundled content: two regions
// (with municipalities and figures), two dossiers, documents with links between them, a pilot,
// events before and after today, and news.
void buildUiKb(const QString &path, QDate today = QDate::currentDate());

// Where the link to href is drawn in the view's viewport (scrolled into sight); (-1, -1) if
// there is none.
QPoint linkPosition(QTextBrowser *view, const QString &href);

// Gives a window its size, shows it and waits until it is on screen; false if it never is.
[[nodiscard]] bool showExposed(QWidget &window, QSize size);
// Types text into widget key by key; keyClicks asserts on non-ASCII characters, so those go as
// text.
void typeText(QWidget *widget, const QString &text);

// What every window test needs: a temporary folder, test-mode standard paths, preferences kept
// in that folder, and the fixture knowledge base opened as a --kb file in a fresh context.
class UiWorld
{
public:
    UiWorld();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString kb() const { return m_kb; }
    // Shared by every context of this world, like the one object of a run.
    Settings::Preferences &preferences() const { return *m_preferences; }
    // Forgets every preference: a new, empty settings file.
    void resetPreferences();
    // The fixture profile; its window opens on the start page alone (the tabs an earlier test
    // left open are forgotten), as most tests expect. Tests of the restored tabs use their own.
    std::unique_ptr<AppContext> context() const;
    // A context on a new profile folder for every call, its content installed from basePath (a
    // first start): tests that change the content or the settings do not meet each other.
    std::unique_ptr<AppContext> freshContext(const QString &basePath);

private:
    QTemporaryDir m_dir;
    QString m_kb;
    int m_profiles = 0;
    int m_settingsFiles = 0;
    std::unique_ptr<Settings::Preferences> m_preferences;
};

} // namespace Flexwonen::Test
