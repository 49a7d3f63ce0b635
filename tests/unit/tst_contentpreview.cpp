// SPDX-License-Identifier: EUPL-1.2
// Issue 17.7: flexwonen --content DIR. The real window on a copy of data/content, started the way
// --content starts it; an editor's saves (by rename and in place), a broken file, its fix, a new
// item in a new folder and a deleted one, each seen in the reader, the lists and the problems bar.
#include "context/appcontext.h"
#include "context/contentpreview.h"
#include "kb/contentsource.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/preview/contentproblemsbar.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/reader/readerview.h"
#include "uifixture.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTest>
#include <QTreeView>

using namespace Flexwonen;

namespace {

constexpr int Patience = 60000; // a compile of the whole folder under a loaded CI machine

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        QVERIFY(QFile::copy(path, target));
    }
}

// Saves as editors do: a new file renamed over the old one (the old file's watch ends).
void saveByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

// Saves in place: only a watch on the file itself sees it.
void saveInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray withTitle(QByteArray text, const QString &title)
{
    static const QRegularExpression line(QStringLiteral("\n  \"title\": \"[^\"\n]*\",\n"));
    QString s = QString::fromUtf8(text);
    s.replace(line, QStringLiteral("\n  \"title\": \"%1\",\n").arg(title));
    return s.toUtf8();
}

bool modelShows(const QAbstractItemModel *model, const QString &text,
                const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text || modelShows(model, text, index))
            return true;
    }
    return false;
}

} // namespace

class TestContentPreview : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;
    QString m_content;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<Ui::MainWindow> m_window;
    const QString m_id = QStringLiteral("pilot-centacon-den-haag");
    QString m_file;
    QByteArray m_original;

    const QAbstractItemModel *pilots() const
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("PilotsDock"));
        return dock ? dock->findChild<QTreeView *>()->model() : nullptr;
    }
    QString readerText() const
    {
        return m_window->readerTabs()->current()->currentTextView()->toPlainText();
    }
    Ui::ContentProblemsBar *bar() const { return m_window->contentProblemsBar(); }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<Test::UiWorld>();
        m_content = m_world->path(QStringLiteral("inhoud"));
        copyTree(qEnvironmentVariable("FLEXWONEN_SOURCE_DIR") + QStringLiteral("/data/content"),
                 m_content);
        m_file = m_content + QStringLiteral("/pilots/%1.md").arg(m_id);
        m_original = Test::readFile(m_file);
        // As `flexwonen --content DIR` starts the window.
        StartOptions options;
        options.basePath = Test::bundledBase();
        options.contentDir = m_content;
        m_context = std::make_unique<AppContext>(options, m_world->preferences());
        m_window = std::make_unique<Ui::MainWindow>(*m_context);
        QVERIFY(Test::showExposed(*m_window, {1200, 800}));
        m_window->openItem(m_id);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void opensOnTheFolderAsAPreview()
    {
        ContentPreview *preview = m_context->contentPreview();
        QVERIFY(preview);
        // The base is the folder compiled, not the profile's or the bundled one.
        QCOMPARE(m_context->knowledgeBase().path(), preview->base());
        QVERIFY(!m_context->syncService()); // a preview never asks a feed
        // A throw-away profile of its own: the user's profile is never opened.
        QCOMPARE(m_context->profileDir(), preview->profileDir());
        const Kb::Item item = Kb::ContentSource::parse(m_original, m_id);
        QVERIFY(readerText().contains(item.title));
        QVERIFY(modelShows(pilots(), item.title));
        QVERIFY(m_window->windowTitle().contains(QDir::toNativeSeparators(m_content)));
        QVERIFY(bar() && !bar()->isVisible());
    }

    void aChangedTitleShowsInTheReaderAndTheList()
    {
        const QString title = QStringLiteral("Pilot Centacon, bewerkt door de redactie");
        saveByRename(m_file, withTitle(m_original, title));
        QTRY_VERIFY_WITH_TIMEOUT(readerText().contains(title), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(modelShows(pilots(), title), Patience);
        QCOMPARE(m_window->readerTabs()->current()->location().itemId(), m_id); // same place
        QVERIFY(!bar()->isVisible());
    }

    void aBrokenFileKeepsTheLastGoodContentAndShowsTheProblem()
    {
        const QString title = QStringLiteral("Pilot Centacon, bewerkt door de redactie");
        // In place, after the rename above: the watch must have followed the new file.
        QByteArray broken = withTitle(m_original, QStringLiteral("Kapot"));
        broken.replace("\"type\": \"pilot\",", "\"type\": \"pilot\"");
        saveInPlace(m_file, broken);
        QTRY_VERIFY_WITH_TIMEOUT(bar()->isVisible(), Patience);
        const QString shown = bar()->list()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("pilots/%1.md").arg(m_id)), qPrintable(shown));
        QCOMPARE(m_context->knowledgeBase().item(m_id)->title, title);
        QVERIFY(readerText().contains(title));
        QVERIFY(modelShows(pilots(), title));
        // Not modal, and reachable from the keyboard.
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(bar()->list()->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    }

    void fixingTheFileRemovesTheBarAndUpdates()
    {
        const QString title = QStringLiteral("Pilot Centacon, hersteld");
        saveInPlace(m_file, withTitle(m_original, title));
        QTRY_VERIFY_WITH_TIMEOUT(!bar()->isVisible(), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(readerText().contains(title), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(modelShows(pilots(), title), Patience);
    }

    void aNewItemInANewFolderAppearsAndADeletedOneGoes()
    {
        const QString id = QStringLiteral("pilot-redactie-nieuw");
        const QString title = QStringLiteral("Pilot van de redactie");
        QByteArray text = withTitle(m_original, title);
        text.replace(m_id.toUtf8(), id.toUtf8());
        QVERIFY(QDir().mkpath(m_content + QStringLiteral("/pilots/nieuw")));
        const QString path = m_content + QStringLiteral("/pilots/nieuw/%1.md").arg(id);
        saveByRename(path, text);
        QTRY_VERIFY_WITH_TIMEOUT(modelShows(pilots(), title), Patience);
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(!modelShows(pilots(), title), Patience);
        QVERIFY(!m_context->knowledgeBase().item(id));
        QVERIFY(!bar()->isVisible());
    }
};

QTEST_MAIN(TestContentPreview)
#include "tst_contentpreview.moc"
