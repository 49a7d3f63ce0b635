// SPDX-License-Identifier: EUPL-1.2
#include "exportdialog.h"

#include "language.h"

#include "common/plaintext.h"
#include "ownselectionpage.h"
#include "pdfprintjob.h"

#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/pdfexporter.h"
#include "report/reportbuilder.h"
#include "report/reportchoices.h"
#include "report/reportmap.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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

} // namespace

ExportDialog::ExportDialog(Settings::Preferences &preferences, Kb::KnowledgeBase &kb, Action action,
                           const QString &itemId, const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_kb(kb)
    , m_map(Report::nlMapSource(kb))
{
    setWindowTitle(tr("Rapport afdrukken of exporteren"));
    setObjectName(QStringLiteral("ExportDialog"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItems({tr("Regio-overzicht voor de raad"), tr("Dossierrapport"),
                      tr("Pilotoverzicht"), tr("Zoekresultaten"), tr("Eigen rapport")});
    // On Linux a combo box is announced by its current value: what it chooses is said here.
    m_kind->setAccessibleDescription(tr("Welk rapport u maakt; de keuzes eronder horen erbij"));
    m_pages = new QStackedWidget(this);

    m_region = new QComboBox(this);
    m_dossier = new QComboBox(this);
    m_pilot = new QComboBox(this);
    m_pilot->addItem(tr("Alle pilots"), QStringLiteral("alle"));
    m_region->setAccessibleDescription(tr("De regio van het regio-overzicht"));
    m_dossier->setAccessibleDescription(tr("Het dossier van het rapport"));
    m_pilot->setAccessibleDescription(tr("Eén pilot, of alle pilots in het overzicht"));
    // Filled when their page is first chosen: a large knowledge base has thousands of pilots,
    // which the own report, say, never needs (issue 14.9).
    m_unfilled = {{m_region, Kb::ItemType::Region},
                  {m_dossier, Kb::ItemType::Dossier},
                  {m_pilot, Kb::ItemType::Pilot}};
    filled(m_region);
    m_query = new QLineEdit(query, this);
    m_query->setPlaceholderText(tr("Zoektekst"));
    for (QWidget *w : {static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_dossier),
                       static_cast<QWidget *>(m_pilot), static_cast<QWidget *>(m_query)}) {
        auto *page = new QWidget(m_pages);
        auto *form = new QFormLayout(page);
        QLabel *label = plainLabel(w == m_query ? tr("Zoeken naar:") : tr("Kies:"), page);
        label->setBuddy(w); // addRow(QWidget *, …) does not: a screen reader names w by it
        form->addRow(label, w);
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
    m_ownSelection = new OwnSelectionPage(kb, m_pages);
    m_pages->addWidget(m_ownSelection);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        if (kind == Dossier)
            filled(m_dossier);
        else if (kind == Pilots)
            filled(m_pilot);
    });
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
    QLabel *kindLabel = plainLabel(tr("Rapport:"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addRow(kindLabel, m_kind);
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
    // The own report's two lists side by side want room, but never more than the screen has.
    QSize size(qMax(width(), 720), sizeHint().height());
    if (index == Custom)
        size = size.expandedTo({780, 620});
    const QScreen *shown = screen();
    if (!shown) {
        resize(size);
        return;
    }
    const QRect room = shown->availableGeometry();
    // The frame (title bar) is outside the size: leave room for it.
    const int frame = isVisible() ? frameGeometry().height() - height() : 0;
    resize(size.boundedTo(room.size() - QSize(0, frame)));
    if (isVisible() && frameGeometry().bottom() > room.bottom()) {
        // Grown on screen (another kind chosen): move up rather than run off the bottom.
        move(x(), qMax(room.top(), room.bottom() - frameGeometry().height() + 1));
    }
}

QGroupBox *ExportDialog::createDetailsBox()
{
    auto *box = new QGroupBox(tr("Gegevens van het rapport"), this);
    auto *grid = new QGridLayout(box);
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
    m_status->setAccessibleDescription(tr("De status van het rapport, op het voorblad"));
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PDF (toegankelijk, om te publiceren)"), int(ReportExporter::Format::Pdf));
    m_format->addItem(tr("ODT (bewerkbaar in Word en LibreOffice)"),
                      int(ReportExporter::Format::Odt));
    m_format->setAccessibleDescription(tr("Het bestandsformaat van de export"));
    m_title->setAccessibleDescription(tr("Leeg: de titel van het gekozen rapport"));
    // Two fields a row: on a 600-pixel screen the own report's lists need the height.
    const QList<std::pair<QString, QWidget *>> fields{
        {tr("Titel:"), m_title},         {tr("Status:"), m_status},
        {tr("Auteur:"), m_author},       {tr("Organisatie:"), m_organisation},
        {tr("Afdeling:"), m_department}, {tr("Formaat:"), m_format}};
    for (int i = 0; i < fields.size(); ++i) {
        QLabel *label = plainLabel(fields[i].first, box);
        label->setBuddy(fields[i].second);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(fields[i].second, i / 2, (i % 2) * 2 + 1);
    }
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    return box;
}

void ExportDialog::loadChoices()
{
    const Settings::ReportPreferences saved = m_preferences.reports();
    m_author->setText(saved.author);
    m_organisation->setText(saved.organisation);
    m_department->setText(saved.department);
    const auto status = Report::statusFromName(saved.status);
    m_status->setCurrentIndex(
        m_status->findData(int(status.value_or(Report::ReportMetadata::Status::Concept))));
    const auto format = ReportExporter::formatOf(QStringLiteral(".") + saved.format);
    m_format->setCurrentIndex(
        m_format->findData(int(format.value_or(ReportExporter::Format::Pdf))));
}

void ExportDialog::saveChoices() const
{
    const Report::ReportMetadata chosen = metadata();
    m_preferences.setReports({chosen.author, chosen.organisation, chosen.department,
                              Report::statusName(chosen.status),
                              ReportExporter::extension(format())});
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

QComboBox *ExportDialog::filled(QComboBox *combo)
{
    const auto pending = m_unfilled.constFind(combo);
    if (pending != m_unfilled.cend()) {
        const Kb::ItemType type = *pending;
        m_unfilled.erase(pending);
        for (const Kb::ItemSummary &s : m_kb.list({type, {}, {}}))
            combo->addItem(s.title, s.id);
    }
    return combo;
}

void ExportDialog::selectFor(const QString &itemId)
{
    const auto item = itemId.isEmpty() ? std::optional<Kb::Item>() : m_kb.item(itemId);
    if (!item)
        return;
    const auto select = [this](QComboBox *combo, const QString &id) {
        const int index = filled(combo)->findData(id);
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
    Kb::ItemSummary chosen;
    chosen.id = item->id;
    chosen.type = item->type;
    chosen.title = item->title;
    m_ownSelection->add(chosen);
}

void ExportDialog::setOwnSelection(const QList<Kb::ItemSummary> &items, const QString &note)
{
    m_ownSelection->setChosenItems(items);
    m_ownSelection->setNote(note);
    m_kind->setCurrentIndex(Custom);
}

void ExportDialog::setNotice(const QString &text)
{
    QLabel *notice = plainLabel(text, this);
    notice->setObjectName(QStringLiteral("exportNotice"));
    notice->setWordWrap(true);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, notice);
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
    default:
        report = builder.collection(m_ownSelection->chosenIds(), m_ownSelection->note());
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
