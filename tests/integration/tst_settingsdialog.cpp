// SPDX-License-Identifier: EUPL-1.2
// Issue 15.2: the settings dialog. A feed is saved only when a real check of it passes, and the
// dialog's verdict is the one `flexwonen verify-feed` gives for the same feed and key (the
// oracle); every other choice is saved and applied at once.
#include "context/appcontext.h"
#include "feedworld.h"
#include "settings/preferences.h"
#include "sync/syncservice.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/preferences/settingsdialog.h"
#include "ui/preferences/updatespage.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerzoom.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Flexwonen;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Test::FeedWorld> m_world;
    QString m_otherKey; // a key that signed nothing here
    QString m_tampered; // a copy of the feed with one byte added to a batch
    int m_files = 0;

    Settings::Preferences::Files freshFiles(const QString &system = {})
    {
        return {m_dir.filePath(u"cfg-%1/flexwonen.conf"_s.arg(++m_files)), system};
    }

    // Types into a field as a user does and leaves it with Tab.
    static void enter(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Tab);
    }

    // What the dialog says about feed + trust, after a check started by leaving the field.
    struct Verdict
    {
        bool accepted = false;
        QString text;
    };
    Verdict check(Ui::SettingsDialog &dialog, const QString &feed, const QString &trust)
    {
        auto *page = dialog.updatesPage();
        QSignalSpy finished(page, &Ui::UpdatesPage::checkFinished);
        auto *trustField = page->findChild<QLineEdit *>(u"trust"_s);
        trustField->setText(trust);
        enter(page->findChild<QLineEdit *>(u"feedUrl"_s), feed);
        if (finished.isEmpty() && !finished.wait(60000))
            return {false, u"(geen antwoord)"_s};
        return {finished.first().first().toBool(),
                page->findChild<QLabel *>(u"feedCheckResult"_s)->text()};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_world = std::make_unique<Test::FeedWorld>(m_dir.filePath(u"world"_s));
        QCOMPARE(m_world->publish().exitCode, 0);
        m_world->editItems(1, 4, u"Nieuw in de feed"_s);
        QCOMPARE(m_world->publish().exitCode, 0);
        m_otherKey = m_dir.filePath(u"other.pub"_s);
        const Test::Run keygen =
            Test::runProgram(u"minisign"_s, {u"-G"_s, u"-W"_s, u"-f"_s, u"-p"_s, m_otherKey,
                                             u"-s"_s, m_dir.filePath(u"other.key"_s)});
        QCOMPARE(keygen.exitCode, 0);
        m_tampered = m_world->copyFeed(u"tampered"_s);
        QFile batch(Test::FeedWorld::batchPath(m_tampered, 2)); // its hash no longer fits
        QVERIFY(batch.open(QIODevice::Append));
        batch.write(" ");
    }

    // The dialog accepts exactly what verify-feed accepts, and says the same category when not.
    void verdictIsVerifyFeeds_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("trust");
        QTest::newRow("good") << m_world->feed << m_world->publicKey;
        QTest::newRow("other-key") << m_world->feed << m_otherKey;
        QTest::newRow("tampered-batch") << m_tampered << m_world->publicKey;
        QTest::newRow("no-such-folder") << m_dir.filePath(u"nergens"_s) << m_world->publicKey;
        QTest::newRow("plain-http") << u"http://feed.example.nl/flexwonen"_s << m_world->publicKey;
        QTest::newRow("unreadable-key") << m_world->feed << m_dir.filePath(u"geen.pub"_s);
    }
    void verdictIsVerifyFeeds()
    {
        QFETCH(QString, feed);
        QFETCH(QString, trust);
        const Test::Run cli =
            m_world->flexwonen({u"verify-feed"_s, feed, u"--trust"_s, trust, u"--json"_s});
        const QJsonObject oracle = cli.json();
        const bool cliAccepts = cli.exitCode == 0;

        Settings::Preferences preferences(freshFiles());
        Ui::SettingsDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const Verdict verdict = check(dialog, feed, trust);
        QVERIFY2(verdict.accepted == cliAccepts,
                 qPrintable(verdict.text + u" / "_s + QString::fromUtf8(cli.out)));
        if (cliAccepts) {
            QCOMPARE(preferences.updates().feedUrl, feed);
            QCOMPARE(preferences.updates().trust, trust);
            QVERIFY2(verdict.text.contains(QString::number(oracle.value(u"seq"_s).toInteger())),
                     qPrintable(verdict.text));
        } else {
            QCOMPARE(preferences.updates(), Settings::UpdatePreferences{}); // nothing saved
            QVERIFY2(verdict.text.startsWith(u"Niet opgeslagen"_s), qPrintable(verdict.text));
            // verify-feed names the category, or (a key it cannot read) only says why.
            const QString category = oracle.value(u"category"_s).toString();
            const QString why =
                QString::fromUtf8(cli.err).trimmed().remove(QRegularExpression(u"^flexwonen: "_s));
            QVERIFY2(category.isEmpty() ? verdict.text.contains(why)
                                        : verdict.text.contains(u'(' + category + u')'),
                     qPrintable(verdict.text + u" / "_s + why));
        }
    }

    // Offline is normal: a feed that cannot be reached can still be saved, on request only.
    void unreachableFeedCanBeSavedAnyway()
    {
        Settings::Preferences preferences(freshFiles());
        Ui::SettingsDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString away = m_dir.filePath(u"later-bereikbaar"_s);
        QVERIFY(!check(dialog, away, {}).accepted);
        auto *anyway = dialog.findChild<QPushButton *>(u"useAnyway"_s);
        QVERIFY(anyway->isVisible());
        QVERIFY(preferences.updates().feedUrl.isEmpty());
        anyway->click();
        QCOMPARE(preferences.updates().feedUrl, away);
        // A refused feed (a wrong signature) offers no such way round.
        check(dialog, m_tampered, m_world->publicKey);
        QVERIFY(!anyway->isVisible());
        QCOMPARE(preferences.updates().feedUrl, away);
    }

    // An empty feed needs no check: the app stays off the network, and the update service knows.
    void clearingTheFeedTurnsUpdatesOff()
    {
        Settings::Preferences preferences(freshFiles());
        preferences.setUpdates(
            {m_world->feed, m_world->publicKey, Settings::CheckInterval::Off, {}});
        AppContext context({m_world->profile(u"leeg"_s), {}, m_world->base}, preferences);
        QVERIFY(context.syncService()->isConfigured());
        Ui::SettingsDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(check(dialog, {}, {}).accepted);
        QVERIFY(preferences.updates().feedUrl.isEmpty());
        QCOMPARE(context.syncService()->state(), Sync::SyncService::State::NotConfigured);
    }

    // Checks, CA file: saved as chosen; a CA file without certificates is refused with a reason.
    void checksAndCaFileAreSaved()
    {
        Settings::Preferences preferences(freshFiles());
        Ui::SettingsDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *checks = dialog.findChild<QComboBox *>(u"checks"_s);
        checks->setFocus();
        QTest::keyClick(checks, Qt::Key_End); // Wekelijks, by keyboard
        QCOMPARE(preferences.updates().checks, Settings::CheckInterval::Weekly);
        auto *ca = dialog.findChild<QLineEdit *>(u"caCertificates"_s);
        const QString notPem = m_world->publicKey;
        enter(ca, notPem);
        QVERIFY(preferences.updates().caCertificates.isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(u"caResult"_s)->text().startsWith(u"Niet opgeslagen"_s));
        const QString pem = m_dir.filePath(u"proxy.pem"_s);
        const Test::Run openssl = Test::runProgram(
            u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                           u"-keyout"_s, m_dir.filePath(u"proxy.key"_s), u"-out"_s, pem, u"-days"_s,
                           u"1"_s, u"-subj"_s, u"/CN=proxy.gemeente.test"_s});
        QCOMPARE(openssl.exitCode, 0);
        enter(ca, pem);
        QCOMPARE(preferences.updates().caCertificates, pem);
    }

    // 15.5: what the administrator locked is shown, cannot be edited, and is said to be locked.
    void lockedKeysCannotBeEdited()
    {
        const QString system = m_dir.filePath(u"etc/flexwonen/flexwonen.conf"_s);
        QDir().mkpath(QFileInfo(system).path());
        {
            QSettings admin(system, QSettings::IniFormat);
            admin.setValue(u"updates/feed_url"_s, m_world->feed);
            admin.setValue(u"updates/locked"_s, QStringList{u"feed_url"_s, u"checks"_s});
        }
        Settings::Preferences preferences(freshFiles(system));
        Ui::SettingsDialog dialog(preferences);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *feed = dialog.findChild<QLineEdit *>(u"feedUrl"_s);
        QCOMPARE(feed->text(), m_world->feed);
        QVERIFY(!feed->isEnabled());
        QVERIFY(!dialog.findChild<QComboBox *>(u"checks"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit *>(u"trust"_s)->isEnabled());
        QCOMPARE(dialog.focusWidget()->objectName(), u"trust"_s); // the first field left free
        auto *note = dialog.findChild<QLabel *>(u"lockedNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(system), qPrintable(note->text()));
    }

    // Through the real window: Ctrl+, opens the dialog; text size and report defaults apply at
    // once to the reader and to the next report.
    void windowOpensItAndChangesApplyAtOnce()
    {
        Settings::Preferences preferences(freshFiles());
        AppContext context({m_world->profile(u"venster"_s), {}, m_world->base}, preferences);
        Ui::MainWindow window(context);
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Ui::ReaderZoom *zoom = window.readerTabs()->zoom();
        QCOMPARE(zoom->steps(), 0);
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<Ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            // The keyboard starts in the first field, not on the tab bar.
            QCOMPARE(dialog->focusWidget()->objectName(), u"feedUrl"_s);
            dialog->findChild<QTabWidget *>(u"SettingsTabs"_s)->setCurrentIndex(1);
            auto *size = dialog->findChild<QSpinBox *>(u"textSize"_s);
            size->setFocus();
            QTest::keyClick(size, Qt::Key_Up);
            QTest::keyClick(size, Qt::Key_Up);
            QCOMPARE(zoom->steps(), 2); // the reader follows while the dialog is open
            dialog->findChild<QTabWidget *>(u"SettingsTabs"_s)->setCurrentIndex(2);
            enter(dialog->findChild<QLineEdit *>(u"author"_s), u"A. Jansen"_s);
            auto *org = dialog->findChild<QLineEdit *>(u"organisation"_s);
            org->setFocus();
            QTest::keyClicks(org, u"Gemeente Westland"_s);
            QTest::keyClick(dialog, Qt::Key_Escape); // closes, the field still being edited
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(seen);
        QCOMPARE(preferences.appearance().textSteps, 2);
        QCOMPARE(preferences.reports().author, u"A. Jansen"_s);
        QCOMPARE(preferences.reports().organisation, u"Gemeente Westland"_s);
        Ui::ExportDialog report(preferences, context.knowledgeBase(),
                                Ui::ExportDialog::Action::Export, {}, {});
        QCOMPARE(report.metadata().author, u"A. Jansen"_s);
        QCOMPARE(report.metadata().organisation, u"Gemeente Westland"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
