// SPDX-License-Identifier: EUPL-1.2
// Issue 18.2: Help > Over in the real window. The notices it shows are the NOTICE file of the
// source tree (read here from disk, the oracle): every component NOTICE names and its licence
// is in the dialog, with the program's licence id and the map credit; plain text only; the
// notices are reachable by keyboard; Esc and Enter close; the dialog fits 1024 x 600.
#include "report/nlmap.h"
#include "ui/about/aboutdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Flexwonen;
using namespace Qt::StringLiterals;

namespace {

struct Component
{
    QString name;
    QString licence;
};

QByteArray sourceNotice()
{
    QFile file(qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") + u"/NOTICE"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// NOTICE's own structure: "* Name" starts a component, "  Licence: SPDX" gives its licence.
QList<Component> noticeComponents()
{
    QList<Component> components;
    for (const QString &line : QString::fromUtf8(sourceNotice()).split(u'\n')) {
        if (line.startsWith(u"* "_s))
            components.append({line.mid(2).trimmed(), {}});
        else if (!components.isEmpty() && line.startsWith(u"  Licence: "_s))
            components.last().licence = line.section(u':', 1).trimmed();
    }
    return components;
}

// Every text the dialog shows: its labels and the notices.
QString shownText(const QDialog &dialog)
{
    QStringList parts{dialog.windowTitle()};
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        parts.append(label->text());
    for (const QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
        parts.append(edit->toPlainText());
    return parts.join(u'\n');
}

// Triggers the window's Help > Over action (the dialog is modal), runs inspect on the dialog
// once it is on screen, and returns whether it closed again; inspect closes it.
bool withAboutFromWindow(Ui::MainWindow &window,
                         const std::function<void(Ui::AboutDialog &)> &inspect)
{
    auto *action = window.findChild<QAction *>(u"AboutAction"_s);
    if (!action)
        return false;
    bool ran = false;
    auto *poll = new QTimer(&window);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, &window, [&, poll] {
        auto *dialog = qobject_cast<Ui::AboutDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        ran = true;
        inspect(*dialog);
    });
    poll->start();
    action->trigger(); // returns when the dialog is closed
    poll->deleteLater();
    return ran && !QApplication::activeModalWidget();
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<Test::UiWorld>();
        Ui::switchLanguage(*qApp, Ui::Language::Dutch);
    }

    void cleanupTestCase() { Ui::switchLanguage(*qApp, Ui::Language::Dutch); }

    // One source: the compiled-in notices are the NOTICE file, byte for byte.
    void noticesAreTheNoticeFile()
    {
        const QByteArray notice = sourceNotice();
        QVERIFY2(!notice.isEmpty(), "NOTICE not found below FLEXWONEN_SOURCE_DIR");
        QCOMPARE(Ui::AboutDialog::noticeText().toUtf8(), notice);
        QVERIFY(noticeComponents().size() >= 10);
    }

    void windowShowsEveryComponentLicenceAndCredit()
    {
        auto context = m_world->context();
        Ui::MainWindow window(*context);
        QVERIFY(Test::showExposed(window, QSize(1024, 600)));
        QString text;
        QString licenceLine;
        bool plainOnly = true;
        bool keyboardReachable = false;
        QString accessible;
        const bool closed = withAboutFromWindow(window, [&](Ui::AboutDialog &dialog) {
            text = shownText(dialog);
            licenceLine = dialog.findChild<QLabel *>(u"aboutLicence"_s)->text();
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                plainOnly = plainOnly && label->textFormat() == Qt::PlainText;
            QPlainTextEdit *notices = dialog.notices();
            // The dialog takes focus when the window system activates it: on a loaded machine
            // that can come after the first events.
            const bool focused = QTest::qWaitFor([notices] { return notices->hasFocus(); }, 5000);
            keyboardReachable = focused && notices->isReadOnly() &&
                                (notices->focusPolicy() & Qt::TabFocus) &&
                                (notices->textInteractionFlags() & Qt::TextSelectableByKeyboard) &&
                                notices->hasFocus();
            accessible = notices->accessibleName();
            QTest::keyClick(&dialog, Qt::Key_Escape);
        });
        QVERIFY2(closed, "Help > Over did not open the dialog, or Esc did not close it");
        const QList<Component> components = noticeComponents();
        for (const Component &c : components) {
            QVERIFY2(text.contains(c.name), qPrintable(c.name));
            QVERIFY2(!c.licence.isEmpty(), qPrintable(c.name + u" has no licence line"_s));
            QVERIFY2(text.contains(u"Licence: "_s + c.licence), qPrintable(c.licence));
        }
        QVERIFY2(licenceLine.contains(u"EUPL-1.2"_s), qPrintable(licenceLine));
        QCOMPARE(Ui::AboutDialog::licenceId(), u"EUPL-1.2"_s);
        QVERIFY(text.contains(Report::NlMap::credits()));
        QVERIFY(text.contains(QStringLiteral(FLEXWONEN_VERSION)));
        QVERIFY(text.contains(u"Licenties en bronnen"_s));
        QVERIFY(plainOnly);
        QVERIFY(keyboardReachable);
        QCOMPARE(accessible, u"Licenties en bronnen"_s);
    }

    // Enter closes from the (read-only) notices: the Close button is the default.
    void enterCloses()
    {
        Ui::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.notices()->hasFocus());
        QTest::keyClick(dialog.notices(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // A municipal laptop at 1024 x 600: the dialog (with its frame) fits, and so does its
    // smallest layout; the notices scroll instead of growing.
    void fitsASmallScreen()
    {
        Ui::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.frameGeometry().width() <= 1024 && dialog.frameGeometry().height() <= 560,
                 qPrintable(u"%1x%2"_s.arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())));
        QVERIFY(dialog.minimumSizeHint().height() <= 560);
        QVERIFY(dialog.notices()->verticalScrollBar()->maximum() > 0);
    }

    // The interface texts follow the language; the licence id and the notices stay.
    void englishToo()
    {
        Ui::AboutDialog dialog;
        const QString dutchTitle = dialog.windowTitle();
        Ui::switchLanguage(*qApp, Ui::Language::English);
        QCoreApplication::processEvents();
        QVERIFY(dialog.windowTitle() != dutchTitle);
        QCOMPARE(dialog.windowTitle(), u"About Flexwonen Kennisbank"_s);
        const QString licence = dialog.findChild<QLabel *>(u"aboutLicence"_s)->text();
        QVERIFY2(licence.contains(u"EUPL-1.2"_s) &&
                     licence.contains(u"licence"_s, Qt::CaseInsensitive),
                 qPrintable(licence));
        QCOMPARE(dialog.notices()->accessibleName(), u"Licences and sources"_s);
        QCOMPARE(dialog.notices()->toPlainText().toUtf8(), sourceNotice());
        Ui::switchLanguage(*qApp, Ui::Language::Dutch);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
