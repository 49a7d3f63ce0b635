// SPDX-License-Identifier: EUPL-1.2
#include "personaldatamenu.h"

#include "common/errorreporter.h"
#include "common/languagechange.h"
#include "common/plaintext.h"
#include "kb/coreerror.h"
#include "personal/personaljson.h"
#include "personal/personalstore.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace Flexwonen::Ui {

PersonalDataMenu::PersonalDataMenu(Personal::PersonalStore &store, ErrorReporter &errors,
                                   QWidget *parent)
    : QMenu(parent)
    , m_store(store)
    , m_errors(errors)
    , m_export(addAction(QString(), this, &PersonalDataMenu::chooseExportFile))
    , m_import(addAction(QString(), this, &PersonalDataMenu::chooseImportFile))
{
    setObjectName(QStringLiteral("PersonalDataMenu"));
    m_export->setObjectName(QStringLiteral("PersonalExportAction"));
    m_import->setObjectName(QStringLiteral("PersonalImportAction"));
    followLanguage(this, [this] {
        setTitle(tr("&Persoonlijke gegevens"));
        m_export->setText(tr("&Exporteren…"));
        m_export->setStatusTip(tr("Bladwijzers, notities, geschiedenis, bewaarde zoekopdrachten "
                                  "en de rapportmand in één bestand, voor een nieuwe pc"));
        m_import->setText(tr("&Importeren…"));
        m_import->setStatusTip(tr("Een export samenvoegen met wat er al is; er gaat niets "
                                  "verloren"));
    });
}

void PersonalDataMenu::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("flexwonen-persoonlijke-gegevens-%1.json")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        parentWidget(), tr("Persoonlijke gegevens exporteren"), QDir(folder).filePath(name),
        tr("Persoonlijke gegevens (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PersonalDataMenu::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        parentWidget(), tr("Persoonlijke gegevens importeren"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Persoonlijke gegevens (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool PersonalDataMenu::exportTo(const QString &path)
{
    try {
        const Personal::PersonalData contents = m_store.snapshot();
        Personal::writePersonalFile(path, contents);
        emit done(
            tr("Persoonlijke gegevens opgeslagen in %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const Flexwonen::Error &e) {
        showFailure(e.message());
        return false;
    }
}

bool PersonalDataMenu::importFrom(const QString &path)
{
    try {
        const Personal::PersonalData contents = Personal::readPersonalFile(path);
        emit done(describe(m_store.merge(contents)));
        return true;
    } catch (const Flexwonen::Error &e) {
        showFailure(e.message());
        return false;
    }
}

QString PersonalDataMenu::describe(const Personal::MergeCounts &added)
{
    return tr("Samengevoegd: %1 bladwijzers, %2 notities, %3 bekeken pagina's, %4 bewaarde "
              "zoekopdrachten en %5 items in de rapportmand erbij.")
        .arg(added.bookmarks)
        .arg(added.notes)
        .arg(added.visits)
        .arg(added.savedSearches)
        .arg(added.basket);
}

void PersonalDataMenu::showFailure(const QString &message)
{
    m_errors.report(Task::TransferPersonal, message);
    showPlainMessage(parentWidget(), QMessageBox::Warning, tr("Persoonlijke gegevens"),
                     ErrorReporter::describe(Task::TransferPersonal, message));
}

} // namespace Flexwonen::Ui
