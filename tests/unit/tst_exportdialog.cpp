// SPDX-License-Identifier: GPL-3.0-or-later
// The window's report dialog: its choices make the right report, and the same document
// prints through QPrinter (here to a PDF file, as print preview and printing use it).
#include "kb/knowledgebase.h"
#include "report/reportdocument.h"
#include "report/reportmap.h"
#include "reportfixture.h"
#include "ui/dialogs/exportdialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace Flexwonen;
using namespace Qt::Literals::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"kb.sqlite"_s);
        Test::buildReportKb(path, 3, 2);
        m_kb = std::make_unique<Kb::KnowledgeBase>(path, Kb::KnowledgeBase::Access::ReadOnlyFile);
    }

    void preselectsWhatTheReaderShows()
    {
        Ui::ExportDialog region(*m_kb, Ui::ExportDialog::Action::ExportPdf, u"west-brabant"_s, {});
        QCOMPARE(region.content().title, u"Regio-overzicht voor de raad — West-Brabant"_s);
        Ui::ExportDialog document(*m_kb, Ui::ExportDialog::Action::Preview, u"doc-002"_s, {});
        QCOMPARE(document.content().title, u"Dossier Woonvormen"_s);
        Ui::ExportDialog search(*m_kb, Ui::ExportDialog::Action::Print, {}, u"kleine kernen"_s);
        QCOMPARE(search.content().title, u"Zoekresultaten: kleine kernen"_s);
    }

    void customReportKeepsTheChosenOrderAndNote()
    {
        Ui::ExportDialog dialog(*m_kb, Ui::ExportDialog::Action::ExportPdf, {}, {});
        dialog.findChild<QComboBox *>()->setCurrentIndex(4);
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
        const QString html = dialog.content().html;
        QVERIFY(html.contains(u"Voor de raad."_s));
        const qsizetype first = html.indexOf(moved->data(Qt::UserRole).toString() == u"doc-wgv"_s
                                                 ? u"Wet goed verhuurderschap"_s
                                                 : u"Woonconcepten kleine kernen"_s);
        const qsizetype second = html.indexOf(moved->data(Qt::UserRole).toString() == u"doc-wgv"_s
                                                  ? u"Woonconcepten kleine kernen"_s
                                                  : u"Wet goed verhuurderschap"_s);
        QVERIFY(first > 0 && first < second);
    }

    void theSameReportPrintsThroughQPrinter()
    {
        Ui::ExportDialog dialog(*m_kb, Ui::ExportDialog::Action::Print, u"west-brabant"_s, {});
        Report::ReportDocument report(dialog.content(), Report::nlMapSource(*m_kb).paint);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setFullPage(true);
        const QString out = m_dir.filePath(u"afdruk.pdf"_s);
        printer.setOutputFileName(out);
        QVERIFY(report.layout(printer) <= 2);
        QPainter painter(&printer);
        QVERIFY(report.paint(painter, printer));
        painter.end();
        const QString text = Test::pdfText(out).simplified();
        QVERIFY(text.contains(u"Regio-overzicht voor de raad: West-Brabant"_s));
        QVERIFY(text.contains(u"Pagina 1 van"_s));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
