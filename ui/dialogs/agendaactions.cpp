// SPDX-License-Identifier: EUPL-1.2
#include "agendaactions.h"

#include "common/errorreporter.h"
#include "common/languagechange.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/icalendar.h"
#include "report/registrationmail.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QUrl>

namespace Flexwonen::Ui {

using Report::ICalendar;

AgendaActions::AgendaActions(Kb::KnowledgeBase &kb, ErrorReporter &errors, QWidget *window)
    : QObject(window)
    , m_kb(kb)
    , m_errors(errors)
    , m_window(window)
    , m_exportEvent(new QAction(this))
    , m_exportRegion(new QAction(this))
    , m_register(new QAction(this))
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
    , m_askPath([this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Aan agenda toevoegen"), suggested,
                                            tr("iCalendar-bestanden (*.ics)"));
    })
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_exportEvent->setObjectName(QStringLiteral("ExportEventIcsAction"));
    m_exportRegion->setObjectName(QStringLiteral("ExportRegionIcsAction"));
    m_register->setObjectName(QStringLiteral("RegisterAction"));
    connect(m_exportEvent, &QAction::triggered, this, [this] { exportEvent(m_current); });
    connect(m_exportRegion, &QAction::triggered, this, [this] { exportRegion(m_current); });
    connect(m_register, &QAction::triggered, this, [this] { registerFor(m_current); });
    followLanguage(window, [this] { setTexts(); });
    setCurrentItem({});
}

void AgendaActions::setTexts()
{
    m_exportEvent->setText(tr("Aan a&genda toevoegen (.ics)…"));
    m_exportEvent->setStatusTip(
        tr("Deze activiteit opslaan als iCalendar-bestand voor Outlook, Thunderbird of de "
           "telefoon"));
    m_exportRegion->setText(tr("Agenda van deze &regio exporteren (.ics)…"));
    m_exportRegion->setStatusTip(
        tr("Alle activiteiten van deze regio opslaan als één iCalendar-bestand"));
    m_register->setText(tr("Aan&melden…"));
    m_register->setStatusTip(tr("Een e-mail aan de organisator opstellen om u aan te melden"));
}

QList<QAction *> AgendaActions::actions() const
{
    return {m_exportEvent, m_exportRegion, m_register};
}

AgendaActions::Fit AgendaActions::fitOf(const QString &itemId)
{
    Fit fit;
    if (itemId.isEmpty())
        return fit;
    // Not reported: the reader (or the list) that shows this item reports a failed read
    // itself, in its own words; the actions just stay off.
    try {
        const std::optional<Kb::Item> item = m_kb.item(itemId);
        if (!item)
            return fit;
        fit.event = item->type == Kb::ItemType::Event && item->date.isValid();
        fit.mail = Report::RegistrationMail::mailto(*item).has_value();
        fit.region =
            item->type == Kb::ItemType::Region && m_kb.hasItems({Kb::ItemType::Event, itemId, {}});
    } catch (const Flexwonen::Error &) {
        return {};
    }
    return fit;
}

void AgendaActions::setCurrentItem(const QString &itemId)
{
    m_current = itemId;
    const Fit fit = fitOf(itemId);
    m_exportEvent->setEnabled(fit.event);
    m_exportRegion->setEnabled(fit.region);
    m_register->setEnabled(fit.mail);
}

void AgendaActions::addRowActions(QMenu *menu, const QString &itemId)
{
    const Fit fit = fitOf(itemId);
    if (!fit.event && !fit.region && !fit.mail)
        return;
    menu->addSeparator();
    // The row's own copies: the menu's actions act on the row, not on what the reader shows.
    const auto add = [this, menu](QAction *like, auto slot) {
        QAction *action = menu->addAction(like->text(), this, slot);
        action->setObjectName(like->objectName());
    };
    if (fit.event)
        add(m_exportEvent, [this, itemId] { exportEvent(itemId); });
    if (fit.region)
        add(m_exportRegion, [this, itemId] { exportRegion(itemId); });
    if (fit.mail)
        add(m_register, [this, itemId] { registerFor(itemId); });
}

void AgendaActions::exportEvent(const QString &eventId)
{
    save(eventId, false);
}

void AgendaActions::exportRegion(const QString &regionId)
{
    save(regionId, true);
}

void AgendaActions::save(const QString &itemId, bool region)
{
    m_errors.guard(Task::Agenda, [&] {
        // Read first: an id that is no event (or a region without events) is said before the
        // user picks a file.
        const ICalendar::Calendar calendar = region ? ICalendar::regionCalendar(m_kb, itemId)
                                                    : ICalendar::eventCalendar(m_kb, itemId);
        QString path = m_askPath(QDir(m_lastFolder).filePath(ICalendar::suggestedFileName(itemId)));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".ics");
        // The file dialog has asked about replacing an existing file.
        ICalendar::save(calendar, path, true);
        m_lastFolder = QFileInfo(path).absolutePath();
        emit written(path);
    });
}

void AgendaActions::registerFor(const QString &eventId)
{
    m_errors.guard(Task::Register, [&] {
        const std::optional<Kb::Item> item = m_kb.item(eventId);
        const std::optional<QUrl> mail =
            item ? Report::RegistrationMail::mailto(*item) : std::nullopt;
        if (!mail)
            throw Kb::Error(Kb::Error::Kind::NotFound,
                            tr("Deze activiteit noemt geen e-mailadres om u aan te melden."));
        if (!m_openUrl(*mail))
            throw Kb::Error(Kb::Error::Kind::Io,
                            tr("Er is geen e-mailprogramma gevonden om de aanmelding op te "
                               "stellen."));
    });
}

} // namespace Flexwonen::Ui
