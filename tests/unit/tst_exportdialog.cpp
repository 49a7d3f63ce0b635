// SPDX-License-Identifier: EUPL-1.2
// The window's report dialog: its choices make the right report, who made it and how final it
// is are the user's and remembered, the format follows the file name, and print and print preview
// draw the very PDF the export saves (PdfPrintJob; here printed to a PDF file and compared page by
// page with the exported one, both rasterised by poppler's pdftoppm).
#include "kb/itemmodels.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/blocktext.h"
#include "report/pdfexporter.h"
#include "reportfixture.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/pdfprintjob.h"
#include "ui/language.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

// The chooser's row of item id, fetching pages until it is there.
QModelIndex findChoice(QAbstractItemView *view, const QString &id)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0;; ++row) {
        while (row >= model->rowCount()) {
            if (!model->canFetchMore({}))
                return {};
            model->fetchMore({});
        }
        if (model->index(row, 0).data(Qt::UserRole).toString() == id)
            return model->index(row, 0);
    }
}

QStringList chosenIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        ids.append(list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QString text(const Report::ReportContent &content)
{
    return Report::blockTexts(content.blocks).join(u'\n');
}

// The pages of pdf as grey images of A4 at 30 dpi, rendered by poppler (not by QtPdf, which
// prints).
QList<QImage> pages(const QString &pdf, const QString &prefix)
{
    QProcess p;
    // A fixed size: A4 at 30 dpi rounds to 248 or 249 pixels with the page's exact width.
    p.start(u"pdftoppm"_s,
            {u"-scale-to-x"_s, u"248"_s, u"-scale-to-y"_s, u"351"_s, u"-gray"_s, pdf, prefix});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    const QFileInfo base(prefix);
    QList<QImage> images;
    // pdftoppm pads the page number to the width of the last one: the names sort in order.
    for (const QFileInfo &file :
         QDir(base.absolutePath())
             .entryInfoList({base.fileName() + u"-*.pgm"_s}, QDir::Files, QDir::Name))
        images.append(QImage(file.filePath()).convertToFormat(QImage::Format_Grayscale8));
    return images;
}

// Mean absolute difference of two grey images of one size, 0–255, over blocks of 8 × 8 pixels,
// less a tolerance: poppler hints vector text and smooths the printed raster, which differ at
// every glyph edge but not in how much ink a block holds, and it scales white images to 254.
// 255 when the sizes differ.
double difference(const QImage &a, const QImage &b)
{
    constexpr int Block = 8;
    constexpr double Tolerance = 4;
    if (a.size() != b.size())
        return 255;
    double sum = 0;
    int blocks = 0;
    for (int by = 0; by + Block <= a.height(); by += Block) {
        for (int bx = 0; bx + Block <= a.width(); bx += Block) {
            int inA = 0;
            int inB = 0;
            for (int y = by; y < by + Block; ++y) {
                for (int x = bx; x < bx + Block; ++x) {
                    inA += a.constScanLine(y)[x];
                    inB += b.constScanLine(y)[x];
                }
            }
            sum += std::max(0.0, std::abs(inA - inB) / double(Block * Block) - Tolerance);
            ++blocks;
        }
    }
    return sum / blocks;
}

// Every printed page looks like the exported page it stands for (expected: its 0-based page
// number): far closer to it than a blank sheet is, so a missing, blank, shifted or reordered
// page fails.
void compareWithExport(const QString &printed, const QString &exported, const QList<int> &expected)
{
    const QList<QImage> print = pages(printed, printed + u"-p"_s);
    const QList<QImage> source = pages(exported, exported + u"-e"_s);
    QCOMPARE(print.size(), expected.size());
    for (qsizetype i = 0; i < print.size(); ++i) {
        const QImage &want = source.at(expected.at(i));
        QImage blank(want.size(), QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        const double off = difference(print.at(i), want);
        const double ink = difference(blank, want);
        QVERIFY2(ink > 1.0, qPrintable(u"exported page %1 is empty"_s.arg(expected.at(i) + 1)));
        QVERIFY2(
            off < ink / 4,
            qPrintable(u"printed page %1 differs from exported page %2: %3 (blank: %4)"_s.arg(i + 1)
                           .arg(expected.at(i) + 1)
                           .arg(off)
                           .arg(ink)));
    }
}

void toPdfFile(QPrinter &printer, const QString &path)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setOutputFileName(path);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;
    std::unique_ptr<Settings::Preferences> m_preferences;
    int m_settingsFiles = 0;

    void resetPreferences()
    {
        m_preferences = std::make_unique<Settings::Preferences>(Settings::Preferences::Files{
            m_dir.filePath(u"instellingen-%1.conf"_s.arg(++m_settingsFiles)), {}});
    }

    static QLineEdit *line(Ui::ExportDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static QComboBox *combo(Ui::ExportDialog &dialog, const char *name)
    {
        return dialog.findChild<QComboBox *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("FLEXWONEN_KEEP_PDFS")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        // The settings file of this test, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        resetPreferences();
        const QString path = m_dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(path, 3, 2);
        m_kb = std::make_unique<Kb::KnowledgeBase>(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
    }

    // Issue 14.8: in another interface language the dialog says the report stays Dutch.
    void reportLanguageIsSaidWhenTheInterfaceIsNotDutch()
    {
        {
            Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export, {},
                                    {});
            QVERIFY(!dialog.findChild<QLabel *>(u"reportLanguageNote"_s));
        }
        const QLocale locale;
        Ui::installLanguage(*qApp, Ui::Language::English);
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export, {}, {});
        // Back to how the other tests run: Dutch, no translators, the locale as it was.
        Ui::installLanguage(*qApp, Ui::Language::Dutch);
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(locale);
        auto *note = dialog.findChild<QLabel *>(u"reportLanguageNote"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(u"Dutch"_s), qPrintable(note->text()));
        QCOMPARE(note->textFormat(), Qt::PlainText);
    }

    void preselectsWhatTheReaderShows()
    {
        Ui::ExportDialog region(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export,
                                u"west-brabant"_s, {});
        QCOMPARE(region.content().title, u"Regio-overzicht voor de raad — West-Brabant"_s);
        Ui::ExportDialog document(*m_preferences, *m_kb, Ui::ExportDialog::Action::Preview,
                                  u"doc-002"_s, {});
        QCOMPARE(document.content().title, u"Dossier Woonvormen"_s);
        Ui::ExportDialog search(*m_preferences, *m_kb, Ui::ExportDialog::Action::Print, {},
                                u"kleine kernen"_s);
        QCOMPARE(search.content().title, u"Zoekresultaten: kleine kernen"_s);
    }

    void customReportKeepsTheChosenOrderAndNote()
    {
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export, {}, {});
        combo(dialog, "kind")->setCurrentIndex(4);
        auto *choices = dialog.findChild<QAbstractItemView *>(u"CustomChoices"_s);
        auto *chosen = dialog.findChild<QListWidget *>(u"CustomItems"_s);
        QVERIFY(choices && chosen);
        // Check two items, in this order, as the user's click would.
        for (const QString &id : {u"pilot-zundert"_s, u"doc-wgv"_s}) {
            const QModelIndex row = findChoice(choices, id);
            QVERIFY2(row.isValid(), qPrintable(id));
            QVERIFY(choices->model()->setData(row, Qt::Checked, Qt::CheckStateRole));
        }
        QCOMPARE(chosenIds(chosen), (QStringList{u"pilot-zundert"_s, u"doc-wgv"_s}));
        // The second goes to the top, as dragging would.
        chosen->insertItem(0, chosen->takeItem(1));
        dialog.findChild<QPlainTextEdit *>(u"CustomNote"_s)->setPlainText(u"Voor de raad."_s);
        const QString all = text(dialog.content());
        QVERIFY(all.contains(u"Voor de raad."_s));
        const qsizetype first = all.lastIndexOf(u"Wet goed verhuurderschap"_s);
        const qsizetype second = all.lastIndexOf(u"Woonconcepten kleine kernen"_s);
        QVERIFY(first > 0 && first < second);
        // Unchecking takes it out of the report again, and its mark follows the chosen list.
        QVERIFY(choices->model()->setData(findChoice(choices, u"doc-wgv"_s), Qt::Unchecked,
                                          Qt::CheckStateRole));
        QCOMPARE(chosenIds(chosen), QStringList{u"pilot-zundert"_s});
        delete chosen->takeItem(0);
        QCOMPARE(findChoice(choices, u"pilot-zundert"_s).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
    }

    // Issue 14.9: the chooser reads the items a page at a time. Whatever the filter, paging to
    // the end shows exactly the items whose title (or type label) contains it, each once; the
    // oracle is every item of the knowledge base filtered here.
    void chooserShowsExactlyTheMatchingItems_data()
    {
        QTest::addColumn<QString>("filter");
        for (const char *f : {"", "wonen", "CONFERENTIE", "arbeidsmigrant", "vraag", "regio",
                              "100%", "_", "\\", "%", "geen-enkel-item-heet-zo"})
            QTest::newRow(f) << QString::fromUtf8(f);
    }

    void chooserShowsExactlyTheMatchingItems()
    {
        QFETCH(QString, filter);
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export, {}, {});
        combo(dialog, "kind")->setCurrentIndex(4);
        dialog.findChild<QLineEdit *>(u"CustomItemFilter"_s)->setText(filter);
        QAbstractItemModel *model =
            dialog.findChild<QAbstractItemView *>(u"CustomChoices"_s)->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->index(row, 0).data(Qt::UserRole).toString());
        QStringList expected;
        for (const Kb::ItemSummary &s : m_kb->list({})) {
            if (s.title.contains(filter, Qt::CaseInsensitive) ||
                (!filter.isEmpty() && Kb::typeLabel(s.type).contains(filter, Qt::CaseInsensitive)))
                expected.append(s.id);
        }
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
    }

    // Issue 12 point 4: author, organisation, department, status and title are chosen here,
    // nothing is filled in for the user, and the choices (not the title) are remembered.
    void choicesAreTheUsersAndRemembered()
    {
        resetPreferences();
        {
            Ui::ExportDialog first(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export,
                                   u"west-brabant"_s, {});
            QVERIFY(line(first, "author")->text().isEmpty());
            QVERIFY(line(first, "organisation")->text().isEmpty());
            QCOMPARE(first.metadata().status, Report::ReportMetadata::Status::Concept);
            QCOMPARE(first.format(), Report::ReportExporter::Format::Pdf);
            line(first, "author")->setText(u"J. de Vries"_s);
            line(first, "organisation")->setText(u"Gemeente Breda"_s);
            line(first, "department")->setText(u"Wonen"_s);
            line(first, "title")->setText(u"Raadsinformatiebrief"_s);
            QComboBox *status = combo(first, "status");
            status->setCurrentIndex(status->findText(u"Definitief"_s));
            const Report::ReportContent content = first.content();
            QCOMPARE(content.title, u"Raadsinformatiebrief"_s);
            QCOMPARE(content.metadata.author, u"J. de Vries"_s);
            QCOMPARE(content.metadata.status, Report::ReportMetadata::Status::Final);
            QCOMPARE(content.blocks.at(1).text.plainText(),
                     u"Definitief · opgesteld door J. de Vries, Gemeente Breda, afdeling Wonen"_s);
            // Writing remembers them.
            QVERIFY(first.writeTo(m_dir.filePath(u"onthouden.odt"_s)).written);
        }
        Ui::ExportDialog again(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export,
                               u"west-brabant"_s, {});
        QCOMPARE(line(again, "author")->text(), u"J. de Vries"_s);
        QCOMPARE(line(again, "organisation")->text(), u"Gemeente Breda"_s);
        QCOMPARE(line(again, "department")->text(), u"Wonen"_s);
        QCOMPARE(again.metadata().status, Report::ReportMetadata::Status::Final);
        QCOMPARE(again.format(), Report::ReportExporter::Format::Odt); // from the file name
        QVERIFY(line(again, "title")->text().isEmpty()); // a title belongs to one report
        QCOMPARE(again.content().title, u"Regio-overzicht voor de raad — West-Brabant"_s);
        resetPreferences();
    }

    void formatFollowsTheFileName()
    {
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Export,
                                u"west-brabant"_s, {});
        bool refused = false;
        try {
            dialog.writeTo(m_dir.filePath(u"rapport.txt"_s));
        } catch (const Kb::Error &e) {
            refused = e.kind() == Kb::Error::Kind::BadInput && e.message().contains(u".odt"_s);
        }
        QVERIFY(refused);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"rapport.txt"_s)));

        const QString odt = m_dir.filePath(u"rapport.odt"_s);
        const QString pdf = m_dir.filePath(u"rapport.pdf"_s);
        QVERIFY(dialog.writeTo(odt).written);
        QVERIFY(Test::readFile(odt).startsWith("PK")); // a zip: OpenDocument
        QVERIFY(dialog.writeTo(pdf).pages >= 1);
        QVERIFY(Test::readFile(pdf).startsWith("%PDF-"));
        resetPreferences();
    }

    // Print and print preview draw the exported PDF, every page of it, in order.
    void printingDrawsTheExportedPdf()
    {
        QVERIFY2(Test::popplerAvailable(), "poppler-utils (pdftoppm) needed");
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Print,
                                u"woonvormen"_s, {});
        const QString exported = m_dir.filePath(u"dossier.pdf"_s);
        const int count = dialog.writeTo(exported).pages;
        QCOMPARE(count, Test::pdfPageCount(exported));
        QVERIFY(count >= 3);

        QPrinter printer(QPrinter::HighResolution);
        const QString printed = m_dir.filePath(u"afdruk.pdf"_s);
        toPdfFile(printer, printed);
        QVERIFY(dialog.printTo(printer));
        QList<int> all;
        for (int page = 0; page < count; ++page)
            all.append(page);
        compareWithExport(printed, exported, all);
    }

    void printingFollowsThePageRange()
    {
        QVERIFY2(Test::popplerAvailable(), "poppler-utils (pdftoppm) needed");
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Print,
                                u"woonvormen"_s, {});
        const QString exported = m_dir.filePath(u"bereik.pdf"_s);
        QVERIFY(dialog.writeTo(exported).pages >= 3);
        QPrinter printer(QPrinter::HighResolution);
        const QString printed = m_dir.filePath(u"bereik-afdruk.pdf"_s);
        toPdfFile(printer, printed);
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QVERIFY(dialog.printTo(printer));
        QCOMPARE(Test::pdfPageCount(printed), 2);
        compareWithExport(printed, exported, {1, 2});
    }

    // Copies the printing system does not make, and the last page first, as Qt's own printing
    // does them.
    void sheetsFollowCopiesAndOrder()
    {
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Print,
                                u"woonvormen"_s, {});
        const Ui::PdfPrintJob job(Report::PdfExporter::render(dialog.content()));
        QVERIFY(job.pageCount() >= 3);
        QPrinter printer(QPrinter::HighResolution);
        toPdfFile(printer, m_dir.filePath(u"kopie.pdf"_s));
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        QCOMPARE(job.sheets(printer), (QList<int>{1, 2}));
        printer.setPageOrder(QPrinter::LastPageFirst);
        QCOMPARE(job.sheets(printer), (QList<int>{2, 1}));
        printer.setPageOrder(QPrinter::FirstPageFirst);
        printer.setCopyCount(2);
        const bool system = printer.supportsMultipleCopies();
        printer.setCollateCopies(true);
        QCOMPARE(job.sheets(printer), (system ? QList<int>{1, 2} : QList<int>{1, 2, 1, 2}));
        printer.setCollateCopies(false);
        QCOMPARE(job.sheets(printer), (system ? QList<int>{1, 2} : QList<int>{1, 1, 2, 2}));
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(job.pageCount() + 1, job.pageCount() + 2);
        printer.setCopyCount(1);
        QVERIFY(job.sheets(printer).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Kb::Error, const_cast<Ui::PdfPrintJob &>(job).print(printer));
    }

    void unreadablePdfIsRefusedInDutch()
    {
        bool refused = false;
        try {
            Ui::PdfPrintJob job("%PDF-1.7 geen pdf");
        } catch (const Kb::Error &e) {
            refused = e.message().contains(u"kan niet worden afgedrukt"_s);
        }
        QVERIFY(refused);
    }

    // The preview shows the exported PDF's pages.
    void previewShowsEveryPage()
    {
        Ui::ExportDialog dialog(*m_preferences, *m_kb, Ui::ExportDialog::Action::Preview,
                                u"woonvormen"_s, {});
        const int count =
            Ui::PdfPrintJob(Report::PdfExporter::render(dialog.content())).pageCount();
        int shown = -1;
        // The preview dialog is modal: looked for from its own event loop.
        QTimer look;
        look.setInterval(50);
        connect(&look, &QTimer::timeout, &dialog, [&shown] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *preview = qobject_cast<QPrintPreviewDialog *>(w);
                auto *pages = preview ? preview->findChild<QPrintPreviewWidget *>() : nullptr;
                if (pages && preview->isVisible() && pages->pageCount() > 0) {
                    shown = pages->pageCount();
                    preview->reject();
                }
            }
        });
        look.start();
        QPushButton *button = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == u"Afdrukvoorbeeld…"_s)
                button = b;
        }
        QVERIFY(button);
        button->click();
        look.stop();
        QCOMPARE(shown, count);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
