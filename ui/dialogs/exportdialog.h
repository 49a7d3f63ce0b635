// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"
#include "kb/itemtype.h"
#include "report/reportcontent.h"
#include "report/reportexport.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPrinter;
class QStackedWidget;

namespace Flexwonen::Settings {
class Preferences;
}
namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

class OwnSelectionPage;
class PdfPrintJob;

// Chooses a report (regio-overzicht, dossier, pilots, search results or an own selection in
// an own order with a cover note) and who made it (author, organisation, department, status,
// an own title), and exports it as PDF or ODT, shows a print preview or prints it. The choices
// of who made it and the format are remembered in the report preferences.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    enum class Action { Export, Preview, Print };

    // itemId: the item the reader shows, if any (preselects its region, dossier or pilot);
    // query: the text in the search field.
    // preferences: the report defaults (author, organisation, …) it starts from and keeps.
    ExportDialog(Settings::Preferences &preferences, Kb::KnowledgeBase &kb, Action action,
                 const QString &itemId, const QString &query, QWidget *parent = nullptr);

    // The region was opened from one of its municipalities ("Mijn gemeente"): offer to mark it
    // on the regio-overzicht's map and list (checked), while that region is chosen.
    void setMarkedMunicipality(const QString &regionId, const QString &municipality);
    QCheckBox *markMunicipalityBox() const { return m_markMunicipality; }
    // The own report with these items in this order and note as its cover note (the report
    // basket, issue 16.4).
    void setOwnSelection(const QList<Kb::ItemSummary> &items, const QString &note);
    // A line above the choices (plain text), e.g. what was left out of the basket.
    void setNotice(const QString &text);

    // The report as chosen now, with author, status and title applied; throws Kb::Error for a
    // bad choice.
    Report::ReportContent content() const;
    Report::ReportMetadata metadata() const;
    Report::ReportExporter::Format format() const;

    // Writes the report to path in the format its extension names (.pdf or .odt), replacing
    // what is there (the file dialog asked), and remembers the choices. Throws Kb::Error.
    Report::ReportExporter::Result writeTo(const QString &path);

    // Prints the report's PDF on printer as print and print preview do (PdfPrintJob), with
    // the printer's page range and copies. False when cancelled. Throws Kb::Error.
    bool printTo(QPrinter &printer);

private:
    // "Het rapport is opgeslagen als … (3 pagina's)", singular for one page; no count for ODT.
    static QString savedMessage(const QString &path, int pages);
    void exportReport();
    void preview();
    void print();
    // The report as PDF bytes, the same the export writes; empty when cancelled.
    QByteArray renderPdf();
    bool printWith(PdfPrintJob &job, QPrinter &printer);
    // What print and preview share: renders the report once and hands its print job and an A4
    // printer to use, inside guard; nothing when the rendering was cancelled.
    void withPrintJob(const std::function<void(PdfPrintJob &job, QPrinter &printer)> &use);
    bool guard(const std::function<void()> &work);
    QGroupBox *createDetailsBox();
    // Sizes the dialog to the chosen kind's page: a one-line choice must not leave the space
    // the own-report chooser needs.
    void fitPage(int index);
    void loadChoices();
    void saveChoices() const;
    void selectFor(const QString &location);
    // combo with its items read (once).
    QComboBox *filled(QComboBox *combo);

    Settings::Preferences &m_preferences;
    Kb::KnowledgeBase &m_kb;
    Report::MapSource m_map;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_markMunicipality = nullptr;
    QString m_markedRegion;
    QString m_markedMunicipality;
    QComboBox *m_dossier = nullptr;
    QComboBox *m_pilot = nullptr;
    QLineEdit *m_query = nullptr;
    OwnSelectionPage *m_ownSelection = nullptr;
    QHash<QComboBox *, Kb::ItemType> m_unfilled;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace Flexwonen::Ui
