// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QUrl;
class QWidget;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class ErrorReporter;

// The agenda to a calendar (issue 16, point 5): an event or a region's events as an .ics file
// (Report::ICalendar), and Aanmelden, a mail to the organiser that the app builds itself
// (Report::RegistrationMail). The window's menu holds the actions for what the reader shows;
// the Agenda and Regio's panels add them to a row's context menu. Failures go to the
// ErrorReporter; nothing here reads SQL or opens what content names.
class AgendaActions final : public QObject
{
    Q_OBJECT
public:
    // Asks where to save, suggested is the default path; empty: cancelled.
    using AskPath = std::function<QString(const QString &suggested)>;
    // Hands a mailto: URL to the mail program; false when none takes it.
    using OpenUrl = std::function<bool(const QUrl &url)>;

    AgendaActions(Kb::KnowledgeBase &kb, ErrorReporter &errors, QWidget *window);

    // For the window's menu, in order: export the event, export the region's agenda, Aanmelden.
    QList<QAction *> actions() const;
    QAction *exportEventAction() const { return m_exportEvent; }
    QAction *exportRegionAction() const { return m_exportRegion; }
    QAction *registerAction() const { return m_register; }

    // What the reader shows: the actions that fit it are enabled, the others not.
    void setCurrentItem(const QString &itemId);
    // A row's context menu: the actions that fit the item, appended after a separator.
    void addRowActions(QMenu *menu, const QString &itemId);

    void exportEvent(const QString &eventId);
    void exportRegion(const QString &regionId);
    void registerFor(const QString &eventId);

    // Tests answer the file dialog and stand in for the mail program.
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }
    void setOpenUrl(OpenUrl open) { m_openUrl = std::move(open); }

signals:
    void written(const QString &path);

private:
    // Which actions fit an item: read from the knowledge base (failures reported).
    struct Fit
    {
        bool event = false;
        bool region = false;
        bool mail = false;
    };
    Fit fitOf(const QString &itemId);
    void setTexts();
    void save(const QString &itemId, bool region);

    Kb::KnowledgeBase &m_kb;
    ErrorReporter &m_errors;
    QWidget *m_window;
    QAction *m_exportEvent;
    QAction *m_exportRegion;
    QAction *m_register;
    QString m_current;
    QString m_lastFolder;
    AskPath m_askPath;
    OpenUrl m_openUrl;
};

} // namespace Flexwonen::Ui
