// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "language.h"

#include "common/plaintext.h"
#include "pdfprintjob.h"

#include "kb/appsettings.h"
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportchoices.h"
#include "report/reportmap.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

enum Kind { Region, Dossier, Pilots, Search, Custom };

using Report::ReportExporter;

// Settings group and keys of the remembered choices.
const QString Group = QStringLiteral("report");
const QString AuthorKey = QStringLiteral("author");
const QString OrganisationKey = QStringLiteral("organisation");
const QString DepartmentKey = QStringLiteral("department");
const QString StatusKey = QStringLiteral("status");
const QString FormatKey = QStringLiteral("format");

// Shows "Pagina 3 van 12…" (label: "Pagina %1 van %2…" or alike) in dialog; false once
// the user cancelled.
std::function<bool(int, int)> progressIn(QProgressDialog &dialog, const QString &label)
{
    return [&dialog, label](int page, int total) {
        dialog.setMaximum(total);
        dialog.setValue(page);
        dialog.setLabelText(label.arg(page).arg(total));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

void prepare(QProgressDialog &dialog, const QString &text)
{
    dialog.setLabel(plainLabel(text));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
}

void fill(QComboBox *combo, Kb::KnowledgeBase &kb, Kb::ItemType type)
{
    for (const Kb::ItemSummary &s : kb.list({type, {}, {}}))
        combo->addItem(s.title, s.id);
}

} // namespace

ExportDialog::ExportDialog(Kb::KnowledgeBase &kb, Action action, const QString &itemId,
                           const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_kb(kb)
    , m_map(Report::nlMapSource(kb))
{
    setWindowTitle(tr("Rapport afdrukken of exporteren"));
    setObjectName(QStringLiteral("ExportDialog"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItems({tr("Regio-overzicht voor de raad"), tr("Dossierrapport"),
                      tr("Pilotoverzicht"), tr("Zoekresultaten"), tr("Eigen rapport")});
    m_pages = new QStackedWidget(this);

    m_region = new QComboBox(this);
    fill(m_region, kb, Kb::ItemType::Region);
    m_dossier = new QComboBox(this);
    fill(m_dossier, kb, Kb::ItemType::Dossier);
    m_pilot = new QComboBox(this);
    m_pilot->addItem(tr("Alle pilots"), QStringLiteral("alle"));
    fill(m_pilot, kb, Kb::ItemType::Pilot);
    m_query = new QLineEdit(query, this);
    m_query->setPlaceholderText(tr("Zoektekst"));
    for (QWidget *w : {static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_dossier),
                       static_cast<QWidget *>(m_pilot), static_cast<QWidget *>(m_query)}) {
        auto *page = new QWidget(m_pages);
        auto *form = new QFormLayout(page);
        form->addRow(plainLabel(w == m_query ? tr("Zoeken naar:") : tr("Kies:"), page), w);
        m_pages->addWidget(page);
    }
    m_markMunicipality = new QCheckBox(this);
    m_markMunicipality->setObjectName(QStringLiteral("markMunicipality"));
    m_markMunicipality->setVisible(false);
    static_cast<QFormLayout *>(m_pages->widget(Region)->layout())
        ->addRow(QString(), m_markMunicipality);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_markMunicipality->setVisible(!m_markedMunicipality.isEmpty() &&
                                       m_region->currentData().toString() == m_markedRegion);
    });
    m_pages->addWidget(createCustomPage());
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::fitPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Exporteren…"), QDialogButtonBox::ActionRole);
    QPushButton *previewButton =
        buttons->addButton(tr("Afdrukvoorbeeld…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Afdrukken…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportReport);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *main = action == Action::Print     ? printButton
                        : action == Action::Preview ? previewButton
                                                    : exportButton;
    main->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *kindRow = new QFormLayout;
    kindRow->addRow(plainLabel(tr("Rapport:"), this), m_kind);
    layout->addLayout(kindRow);
    if (currentLanguage() != Language::Dutch) {
        // Reports are for a Dutch council and stay Dutch (issue 14, point 8): say so up front.
        QLabel *note = plainLabel(tr("Het rapport wordt in het Nederlands gemaakt, ook als het "
                                     "programma in een andere taal wordt getoond."),
                                  this);
        note->setObjectName(QStringLiteral("reportLanguageNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_pages, 1);
    layout->addWidget(createDetailsBox());
    layout->addWidget(buttons);
    selectFor(itemId);
    if (!query.isEmpty() && itemId.isEmpty())
        m_kind->setCurrentIndex(Search);
    loadChoices();
    fitPage(m_kind->currentIndex());
}

void ExportDialog::fitPage(int index)
{
    // A stacked widget asks for its largest page; hidden pages are ignored instead.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->adjustSize();
    const int height = index == Custom ? qMax(sizeHint().height(), 620) : sizeHint().height();
    resize(qMax(width(), 560), height);
}

QGroupBox *ExportDialog::createDetailsBox()
{
    auto *box = new QGroupBox(tr("Gegevens van het rapport"), this);
    auto *form = new QFormLayout(box);
    const auto line = [box](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_title = line(QStringLiteral("title"), tr("De titel van het gekozen rapport"));
    m_author = line(QStringLiteral("author"), tr("Uw naam (optioneel)"));
    m_organisation = line(QStringLiteral("organisation"), tr("Bijvoorbeeld: Gemeente Breda"));
    m_department = line(QStringLiteral("department"), tr("Bijvoorbeeld: Wonen"));
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Concept"), int(Report::ReportMetadata::Status::Concept));
    m_status->addItem(tr("Definitief"), int(Report::ReportMetadata::Status::Final));
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF (toegankelijk, om te publiceren)"), int(ReportExporter::Format::Pdf));
    m_format->addItem(tr("ODT (bewerkbaar in Word en LibreOffice)"),
                      int(ReportExporter::Format::Odt));
    form->addRow(plainLabel(tr("Titel:"), box), m_title);
    form->addRow(plainLabel(tr("Auteur:"), box), m_author);
    form->addRow(plainLabel(tr("Organisatie:"), box), m_organisation);
    form->addRow(plainLabel(tr("Afdeling:"), box), m_department);
    form->addRow(plainLabel(tr("Status:"), box), m_status);
    form->addRow(plainLabel(tr("Formaat:"), box), m_format);
    return box;
}

void ExportDialog::loadChoices()
{
    QSettings s = appSettings();
    s.beginGroup(Group);
    m_author->setText(s.value(AuthorKey).toString());
    m_organisation->setText(s.value(OrganisationKey).toString());
    m_department->setText(s.value(DepartmentKey).toString());
    const auto status = Report::statusFromName(s.value(StatusKey).toString());
    m_status->setCurrentIndex(
        m_status->findData(int(status.value_or(Report::ReportMetadata::Status::Concept))));
    const auto format =
        ReportExporter::formatOf(QStringLiteral(".") + s.value(FormatKey).toString());
    m_format->setCurrentIndex(
        m_format->findData(int(format.value_or(ReportExporter::Format::Pdf))));
}

void ExportDialog::saveChoices() const
{
    QSettings s = appSettings();
    s.beginGroup(Group);
    const Report::ReportMetadata chosen = metadata();
    s.setValue(AuthorKey, chosen.author);
    s.setValue(OrganisationKey, chosen.organisation);
    s.setValue(DepartmentKey, chosen.department);
    s.setValue(StatusKey, Report::statusName(chosen.status));
    s.setValue(FormatKey, ReportExporter::extension(format()));
}

Report::ReportMetadata ExportDialog::metadata() const
{
    Report::ReportMetadata m;
    m.author = m_author->text().simplified();
    m.organisation = m_organisation->text().simplified();
    m.department = m_department->text().simplified();
    m.status = Report::ReportMetadata::Status(m_status->currentData().toInt());
    return m;
}

ReportExporter::Format ExportDialog::format() const
{
    return ReportExporter::Format(m_format->currentData().toInt());
}

QString ExportDialog::savedMessage(const QString &path, int pages)
{
    // Dutch is the source language: the plural is spelled out (as Kb::municipalityCount).
    if (pages <= 0)
        return tr("Het rapport is opgeslagen als %1.").arg(path);
    return pages == 1 ? tr("Het rapport is opgeslagen als %1 (1 pagina).").arg(path)
                      : tr("Het rapport is opgeslagen als %1 (%2 pagina's).").arg(path).arg(pages);
}

QWidget *ExportDialog::createCustomPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    QLabel *hint = plainLabel(
        tr("Vink de items aan die in het rapport komen (spatie) en zet ze in de gewenste "
           "volgorde: slepen, of Alt+Omhoog en Alt+Omlaag."),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    // Typing narrows the list (issue 14): hundreds of items are not scrolled through.
    m_itemFilter = new QLineEdit(page);
    m_itemFilter->setObjectName(QStringLiteral("CustomItemFilter"));
    m_itemFilter->setPlaceholderText(tr("Filter de lijst op titel of soort"));
    m_itemFilter->setAccessibleName(tr("Filter"));
    m_itemFilter->setClearButtonEnabled(true);
    layout->addWidget(m_itemFilter);
    m_items = new QListWidget(page);
    m_items->setObjectName(QStringLiteral("CustomItems"));
    m_items->setAccessibleName(tr("Items van het rapport"));
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    for (const Kb::ItemSummary &s : m_kb.list({})) {
        auto *row = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(s.title, Kb::typeLabel(s.type)), m_items);
        row->setData(Qt::UserRole, s.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        row->setCheckState(Qt::Unchecked);
    }
    connect(m_itemFilter, &QLineEdit::textChanged, this, &ExportDialog::filterItems);
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_items, 1);
    auto *buttons = new QVBoxLayout;
    const auto moveButton = [&](const QString &text, const QString &name, Qt::Key key, int delta) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        const QKeySequence shortcut(Qt::ALT | key);
        button->setToolTip(shortcut.toString(QKeySequence::NativeText));
        // The keys act in the list (and the filter): elsewhere Alt+arrows are the fields'.
        auto *action = new QAction(m_items);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, delta] { moveCurrentItem(delta); });
        m_items->addAction(action);
        m_itemFilter->addAction(action);
        connect(button, &QPushButton::clicked, this, [this, delta] {
            moveCurrentItem(delta);
            m_items->setFocus();
        });
        buttons->addWidget(button);
    };
    moveButton(tr("Omhoog"), QStringLiteral("MoveItemUp"), Qt::Key_Up, -1);
    moveButton(tr("Omlaag"), QStringLiteral("MoveItemDown"), Qt::Key_Down, 1);
    buttons->addStretch(1);
    rows->addLayout(buttons);
    layout->addLayout(rows, 1);
    layout->addWidget(plainLabel(tr("Begeleidende notitie (voorblad):"), page));
    m_note = new QPlainTextEdit(page);
    m_note->setMaximumHeight(80);
    layout->addWidget(m_note);
    return page;
}

void ExportDialog::filterItems(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_items->count(); ++i) {
        QListWidgetItem *row = m_items->item(i);
        row->setHidden(!needle.isEmpty() && !row->text().contains(needle, Qt::CaseInsensitive));
    }
    QListWidgetItem *current = m_items->currentItem();
    if (!current || current->isHidden()) {
        for (int i = 0; i < m_items->count(); ++i) {
            if (!m_items->item(i)->isHidden()) {
                m_items->setCurrentRow(i);
                break;
            }
        }
    }
}

void ExportDialog::moveCurrentItem(int delta)
{
    // Past the neighbour the user sees: rows hidden by the filter keep their places.
    const int from = m_items->currentRow();
    if (from < 0 || m_items->item(from)->isHidden())
        return;
    int to = from + delta;
    while (to >= 0 && to < m_items->count() && m_items->item(to)->isHidden())
        to += delta;
    if (to < 0 || to >= m_items->count())
        return;
    QListWidgetItem *row = m_items->takeItem(from);
    m_items->insertItem(to, row);
    m_items->setCurrentItem(row);
}

void ExportDialog::setMarkedMunicipality(const QString &regionId, const QString &municipality)
{
    m_markedRegion = regionId;
    m_markedMunicipality = municipality;
    m_markMunicipality->setText(
        tr("Gemeente %1 markeren op de kaart en in de lijst").arg(municipality));
    m_markMunicipality->setChecked(!municipality.isEmpty());
    m_markMunicipality->setVisible(!municipality.isEmpty() &&
                                   m_region->currentData().toString() == regionId);
}

void ExportDialog::selectFor(const QString &itemId)
{
    const auto item = itemId.isEmpty() ? std::optional<Kb::Item>() : m_kb.item(itemId);
    if (!item)
        return;
    const auto select = [](QComboBox *combo, const QString &id) {
        const int index = combo->findData(id);
        if (index >= 0)
            combo->setCurrentIndex(index);
        return index >= 0;
    };
    if (item->type == Kb::ItemType::Region && select(m_region, item->id))
        m_kind->setCurrentIndex(Region);
    else if (item->type == Kb::ItemType::Dossier && select(m_dossier, item->id))
        m_kind->setCurrentIndex(Dossier);
    else if (!item->dossier.isEmpty() && select(m_dossier, item->dossier))
        m_kind->setCurrentIndex(Dossier);
    else if (item->type == Kb::ItemType::Pilot && select(m_pilot, item->id))
        m_kind->setCurrentIndex(Pilots);
    if (!item->region.isEmpty())
        select(m_region, item->region);
    for (int i = 0; i < m_items->count(); ++i) {
        if (m_items->item(i)->data(Qt::UserRole).toString() == item->id)
            m_items->item(i)->setCheckState(Qt::Checked);
    }
}

Report::ReportContent ExportDialog::content() const
{
    const Report::ReportBuilder builder(m_kb, m_map);
    Report::ReportContent report;
    switch (m_kind->currentIndex()) {
    case Region:
        report = builder.regionOverview(m_region->currentData().toString(),
                                        m_markMunicipality->isChecked() &&
                                                m_region->currentData().toString() == m_markedRegion
                                            ? m_markedMunicipality
                                            : QString());
        break;
    case Dossier:
        report = builder.dossier(m_dossier->currentData().toString());
        break;
    case Pilots:
        report = builder.pilots(m_pilot->currentData().toString());
        break;
    case Search:
        if (m_query->text().trimmed().isEmpty())
            throw Kb::Error(Kb::Error::Kind::BadInput, tr("Vul een zoektekst in."));
        report = builder.search(m_query->text());
        break;
    default: {
        QStringList ids;
        for (int i = 0; i < m_items->count(); ++i) {
            if (m_items->item(i)->checkState() == Qt::Checked)
                ids.append(m_items->item(i)->data(Qt::UserRole).toString());
        }
        report = builder.collection(ids, m_note->toPlainText());
    }
    }
    Report::applyChoices(report, metadata(), m_title->text());
    return report;
}

bool ExportDialog::guard(const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const Flexwonen::Error &e) {
        // A slot's edge; the message may quote the user's text or a path: plain text.
        showPlainMessage(this, QMessageBox::Critical, windowTitle(), e.message());
        return false;
    }
}

ReportExporter::Result ExportDialog::writeTo(const QString &path)
{
    const auto chosen = ReportExporter::formatOf(path);
    if (!chosen)
        throw Kb::Error(Kb::Error::Kind::BadInput,
                        tr("Kies een bestandsnaam die eindigt op .pdf of .odt."));
    // The extension is the user's last word on the format: the choice follows it.
    m_format->setCurrentIndex(m_format->findData(int(*chosen)));
    const Report::ReportContent report = content();
    saveChoices();
    QProgressDialog progress(tr("Rapport opmaken…"), tr("Annuleren"), 0, 0, this);
    prepare(progress, tr("Rapport opmaken…"));
    const ReportExporter::Result result =
        ReportExporter::write(report, *chosen, path, Report::PdfExporter::Overwrite::Yes,
                              progressIn(progress, tr("Pagina %1 van %2…")));
    progress.reset();
    return result;
}

void ExportDialog::exportReport()
{
    guard([this] {
        const Report::ReportContent report = content(); // a bad choice fails before the dialog
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = report.title;
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
        const QString pdf = tr("PDF-bestanden (*.pdf)");
        const QString odt = tr("OpenDocument-tekst (*.odt)");
        QString filter = format() == ReportExporter::Format::Odt ? odt : pdf;
        // The file dialog asks before it replaces an existing file.
        QString path = QFileDialog::getSaveFileName(
            this, tr("Rapport exporteren"),
            QDir(folder).filePath(name.simplified() + u'.' + ReportExporter::extension(format())),
            pdf + QStringLiteral(";;") + odt, &filter);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += filter == odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
        const ReportExporter::Result result = writeTo(path);
        if (result.written) // the file name is the user's: plain text
            showPlainMessage(this, QMessageBox::Information, tr("Rapport exporteren"),
                             savedMessage(QDir::toNativeSeparators(path), result.pages));
    });
}

QByteArray ExportDialog::renderPdf()
{
    const Report::ReportContent report = content();
    saveChoices();
    QProgressDialog progress(tr("Rapport opmaken…"), tr("Annuleren"), 0, 0, this);
    prepare(progress, tr("Rapport opmaken…"));
    QByteArray pdf =
        Report::PdfExporter::render(report, progressIn(progress, tr("Pagina %1 van %2…")));
    progress.reset();
    return pdf;
}

bool ExportDialog::printWith(PdfPrintJob &job, QPrinter &printer)
{
    QProgressDialog progress(tr("Afdrukken…"), tr("Annuleren"), 0, 0, this);
    prepare(progress, tr("Afdrukken…"));
    const bool printed =
        job.print(printer, progressIn(progress, tr("Pagina %1 van %2 afdrukken…")));
    progress.reset();
    return printed;
}

bool ExportDialog::printTo(QPrinter &printer)
{
    const QByteArray pdf = renderPdf();
    if (pdf.isEmpty())
        return false;
    PdfPrintJob job(pdf);
    return printWith(job, printer);
}

namespace {

// Print and preview draw the PDF's A4 pages over the whole sheet: the PDF has its margins.
void setUp(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
}

} // namespace

void ExportDialog::withPrintJob(const std::function<void(PdfPrintJob &job, QPrinter &printer)> &use)
{
    guard([this, &use] {
        const QByteArray pdf = renderPdf();
        if (pdf.isEmpty())
            return;
        PdfPrintJob job(pdf);
        QPrinter printer(QPrinter::HighResolution);
        setUp(printer);
        use(job, printer);
    });
}

void ExportDialog::preview()
{
    // Laid out once; the preview asks again for each zoom or page-setup change and when it
    // prints.
    withPrintJob([this](PdfPrintJob &job, QPrinter &printer) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Afdrukvoorbeeld"));
        // Qt opens it at the size of its toolbar: too small to read a page.
        if (const QScreen *shown = screen())
            dialog.resize(shown->availableGeometry().size() * 0.9);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, &job](QPrinter *p) { guard([&] { printWith(job, *p); }); });
        dialog.exec();
    });
}

void ExportDialog::print()
{
    withPrintJob([this](PdfPrintJob &job, QPrinter &printer) {
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Afdrukken"));
        dialog.setMinMax(1, job.pageCount());
        if (dialog.exec() == QDialog::Accepted)
            printWith(job, printer);
    });
}

} // namespace Flexwonen::Ui
