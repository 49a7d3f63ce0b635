// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>
#include <QObject>

namespace Flexwonen::Ui {

// What the window was doing when the core failed; each has its own sentence in the interface
// language in front of the core's (Dutch) message.
enum class Task {
    ShowItem,      // reading an item or a page for the reader
    UpdateLists,   // reloading docks, filters or the status line after the content changed
    SwitchContent, // opening the knowledge base a sync handed over
    Search,
    Report,
    SavePersonal,     // writing bookmarks, notes, history … to user.sqlite (kept in memory)
    TransferPersonal, // exporting or importing the personal data file
    Agenda,           // an event or a region's agenda to a calendar file
    Register,         // Aanmelden: the mail to an event's organiser
};

// The one place where the window hears of core failures (issue 10). Every slot that calls the
// core runs its work through guard(): a failure is caught at that edge, never unwinds through
// Qt's event loop (which would end the app), and is reported here. The window shows reports in
// its status bar.
class ErrorReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorReporter)
public:
    using QObject::QObject;

    // Runs work; returns false after a failure, which has then been reported.
    bool guard(Task task, const std::function<void()> &work);
    void report(Task task, const QString &coreMessage);
    // The line the window shows: the task's sentence, then the core's message.
    static QString describe(Task task, const QString &coreMessage);

signals:
    void reported(const QString &line);
};

} // namespace Flexwonen::Ui
