// SPDX-License-Identifier: GPL-3.0-or-later
// The window's report dialog: its choices make the right report, who made it and how final it
// is are the user's and remembered, the format follows the file name, and the same report
// prints through QPrinter (here to a PDF file, as print preview and printing use it).
#include "kb/appsettings.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "report/blocktext.h"
#include "report/reportdocument.h"
#include "reportfixture.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

namespace {

QString text(const Report::ReportContent &content)
{
    return Report::blockTexts(content.blocks).join(u'\n');
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;

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
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"instellingen"_s));
        appSettings().clear();
        const QString path = m_dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(path, 3, 2);
        m_kb = std::make_unique<Kb::KnowledgeBase>(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
    }

    void preselectsWhatTheReaderShows()
    {
        Ui::ExportDialog region(*m_kb, Ui::ExportDialog::Action::Export, u"west-brabant"_s, {});
        QCOMPARE(region.content().title, u"Regio-overzicht voor de raad — West-Brabant"_s);
        Ui::ExportDialog document(*m_kb, Ui::ExportDialog::Action::Preview, u"doc-002"_s, {});
        QCOMPARE(document.content().title, u"Dossier Woonvormen"_s);
        Ui::ExportDialog search(*m_kb, Ui::ExportDialog::Action::Print, {}, u"kleine kernen"_s);
        QCOMPARE(search.content().title, u"Zoekresultaten: kleine kernen"_s);
    }

    void customReportKeepsTheChosenOrderAndNote()
    {
        Ui::ExportDialog dialog(*m_kb, Ui::ExportDialog::Action::Export, {}, {});
        combo(dialog, "kind")->setCurrentIndex(4);
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        // Check two items and move the second one to the top, as dragging would.
        int wgv = -1;
        int pilot = -1;
        for (int i = 0; i < list->count(); ++i) {
            const QString id = list->item(i)->data(Qt::UserRole).toString();
            if (id == u"doc-wgv"_s)
                wgv = i;
            if (id == u"pilot-zundert"_s)
                pilot = i;
        }
        QVERIFY(wgv >= 0 && pilot >= 0);
        list->item(wgv)->setCheckState(Qt::Checked);
        list->item(pilot)->setCheckState(Qt::Checked);
        QListWidgetItem *moved = list->takeItem(std::max(wgv, pilot));
        list->insertItem(0, moved);
        dialog.findChild<QPlainTextEdit *>()->setPlainText(u"Voor de raad."_s);
        const QString all = text(dialog.content());
        QVERIFY(all.contains(u"Voor de raad."_s));
        const qsizetype first = all.lastIndexOf(moved->data(Qt::UserRole).toString() == u"doc-wgv"_s
                                                    ? u"Wet goed verhuurderschap"_s
                                                    : u"Woonconcepten kleine kernen"_s);
        const qsizetype second = all.lastIndexOf(
            moved->data(Qt::UserRole).toString() == u"doc-wgv"_s ? u"Woonconcepten kleine kernen"_s
                                                                 : u"Wet goed verhuurderschap"_s);
        QVERIFY(first > 0 && first < second);
    }

    // Issue 12 point 4: author, organisation, department, status and title are chosen here,
    // nothing is filled in for the user, and the choices (not the title) are remembered.
    void choicesAreTheUsersAndRemembered()
    {
        appSettings().clear();
        {
            Ui::ExportDialog first(*m_kb, Ui::ExportDialog::Action::Export, u"west-brabant"_s, {});
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
            // Writing remembers them (the file itself needs the writer; it may be a stub here).
            try {
                first.writeTo(m_dir.filePath(u"onthouden.odt"_s));
            } catch (const Kb::Error &e) {
                QVERIFY2(Test::isWriterStub(e), qPrintable(e.message()));
            }
        }
        Ui::ExportDialog again(*m_kb, Ui::ExportDialog::Action::Export, u"west-brabant"_s, {});
        QCOMPARE(line(again, "author")->text(), u"J. de Vries"_s);
        QCOMPARE(line(again, "organisation")->text(), u"Gemeente Breda"_s);
        QCOMPARE(line(again, "department")->text(), u"Wonen"_s);
        QCOMPARE(again.metadata().status, Report::ReportMetadata::Status::Final);
        QCOMPARE(again.format(), Report::ReportExporter::Format::Odt); // from the file name
        QVERIFY(line(again, "title")->text().isEmpty()); // a title belongs to one report
        QCOMPARE(again.content().title, u"Regio-overzicht voor de raad — West-Brabant"_s);
        appSettings().clear();
    }

    void formatFollowsTheFileName()
    {
        Ui::ExportDialog dialog(*m_kb, Ui::ExportDialog::Action::Export, u"west-brabant"_s, {});
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
        FLEXWONEN_SKIP_ON_STUB(QVERIFY(dialog.writeTo(odt).written));
        QVERIFY(Test::readFile(odt).startsWith("PK")); // a zip: OpenDocument
        FLEXWONEN_SKIP_ON_STUB(QVERIFY(dialog.writeTo(pdf).pages >= 1));
        QVERIFY(Test::readFile(pdf).startsWith("%PDF-"));
        appSettings().clear();
    }

    void theSameReportPrintsThroughQPrinter()
    {
        Ui::ExportDialog dialog(*m_kb, Ui::ExportDialog::Action::Print, u"west-brabant"_s, {});
        Report::ReportDocument report(dialog.content());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setFullPage(true);
        const QString out = m_dir.filePath(u"afdruk.pdf"_s);
        printer.setOutputFileName(out);
        QVERIFY(report.layout(printer) <= 3);
        QPainter painter(&printer);
        QVERIFY(report.paint(painter, printer));
        painter.end();
        const QString printed = Test::pdfText(out).simplified();
        for (const QString &expected :
             {u"Regio-overzicht voor de raad: West-Brabant"_s, u"Concept"_s, u"Breda"_s,
              u"Kerncijfers"_s, u"Cijfer"_s, u"Conferentie West-Brabant 2012"_s,
              u"Kamerbrief voortgang (25-09-2012)"_s, u"Pagina 1 van"_s})
            QVERIFY2(printed.contains(expected), qPrintable(expected));
        QCOMPARE(Test::pdfImageCount(out), 0); // the map stays vectors in the printout too
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
