// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportcontent.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QStackedWidget;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// Chooses a report (regio-overzicht, dossier, pilots, search results or an own selection in
// an own order with a cover note) and exports it as PDF, shows a print preview or prints it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    enum class Action { ExportPdf, Preview, Print };

    // itemId: the item the reader shows, if any (preselects its region, dossier or pilot);
    // query: the text in the search field.
    ExportDialog(Kb::KnowledgeBase &kb, Action action, const QString &itemId, const QString &query,
                 QWidget *parent = nullptr);

    // The report as chosen now; throws Kb::Error for a bad choice.
    Report::ReportContent content() const;

private:
    // "Het rapport is opgeslagen als … (3 pagina's)", singular for one page.
    static QString savedMessage(const QString &path, int pages);
    void exportPdf();
    void preview();
    void print();
    void paintOn(QPrinter &printer);
    bool guard(const std::function<void()> &work);
    QWidget *createCustomPage();
    void selectFor(const QString &itemId);

    Kb::KnowledgeBase &m_kb;
    Report::MapSource m_map;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_dossier = nullptr;
    QComboBox *m_pilot = nullptr;
    QLineEdit *m_query = nullptr;
    QListWidget *m_items = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace Flexwonen::Ui
