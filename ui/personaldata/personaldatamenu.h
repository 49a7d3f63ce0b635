// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMenu>

namespace Flexwonen::Personal {
class PersonalStore;
struct MergeCounts;
} // namespace Flexwonen::Personal

namespace Flexwonen::Ui {

class ErrorReporter;

// Bestand ▸ Persoonlijke gegevens (issue 16.7): all bookmarks, notes, history, saved searches
// and the report basket to one JSON file, and merged back in on another PC. The import adds
// what is missing and never removes anything, so it does not ask first.
class PersonalDataMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonalDataMenu)
public:
    PersonalDataMenu(Personal::PersonalStore &store, ErrorReporter &errors,
                     QWidget *parent = nullptr);

    // The work behind the two entries, after their file dialogs. Failures are reported (and
    // shown); returns whether it worked.
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);
    // One sentence for the user on what an import added.
    static QString describe(const Personal::MergeCounts &added);

signals:
    void done(const QString &message); // for the status bar

private:
    void chooseExportFile();
    void chooseImportFile();
    void showFailure(const QString &message);

    Personal::PersonalStore &m_store;
    ErrorReporter &m_errors;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Flexwonen::Ui
