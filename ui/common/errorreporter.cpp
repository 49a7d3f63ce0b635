// SPDX-License-Identifier: EUPL-1.2
#include "errorreporter.h"

#include "uilog.h"

#include "kb/coreerror.h"

#include <exception>

namespace Flexwonen::Ui {

bool ErrorReporter::guard(Task task, const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const Flexwonen::Error &e) {
        report(task, e.message());
    } catch (const std::exception &e) {
        // Not the core's (out of memory, say): still nothing crosses the event loop.
        report(task, tr("onverwachte fout (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

void ErrorReporter::report(Task task, const QString &coreMessage)
{
    const QString line = describe(task, coreMessage);
    qCWarning(lcUi).noquote() << line;
    emit reported(line);
}

QString ErrorReporter::describe(Task task, const QString &coreMessage)
{
    QString sentence;
    switch (task) {
    case Task::ShowItem:
        sentence = tr("Dit onderdeel kan niet worden getoond.");
        break;
    case Task::UpdateLists:
        sentence = tr("De lijsten kunnen niet worden bijgewerkt.");
        break;
    case Task::SwitchContent:
        sentence = tr("De bijgewerkte kennisbank kan niet worden geopend; de vorige blijft in "
                      "gebruik.");
        break;
    case Task::Search:
        sentence = tr("Zoeken is mislukt.");
        break;
    case Task::Report:
        sentence = tr("Het rapport kan niet worden gemaakt.");
        break;
    case Task::SavePersonal:
        sentence = tr("Uw bladwijzers, notities en geschiedenis konden niet worden opgeslagen; "
                      "ze blijven bewaard en worden opnieuw opgeslagen bij de volgende wijziging.");
        break;
    case Task::TransferPersonal:
        sentence = tr("De persoonlijke gegevens konden niet worden overgezet.");
        break;
    case Task::Agenda:
        sentence = tr("De agenda kan niet worden geëxporteerd.");
        break;
    case Task::Register:
        sentence = tr("Aanmelden is niet gelukt.");
        break;
    }
    // The core's message is one line already; keep the whole on one line.
    QString detail = coreMessage.simplified();
    return detail.isEmpty() ? sentence : sentence + QLatin1Char(' ') + detail;
}

} // namespace Flexwonen::Ui
