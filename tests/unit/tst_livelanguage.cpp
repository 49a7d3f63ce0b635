// SPDX-License-Identifier: EUPL-1.2
// The interface language switches while the window runs (issue 15, point 3). The oracle is a
// window built in the new language: after every switch (nl → en → nl) the running window, with
// tabs, pages, a search, a filter, the find bar and an unfolded dossier open, must show exactly
// what a window freshly built in that language shows in the same state. Every text a user or a
// screen reader meets is compared: titles, labels, buttons, menus and actions, tool tips, status
// tips, placeholders, accessible names and descriptions, tab texts, combo box items, the text of
// every reader page, the status bar, and every row and header of every item view's model. Any
// difference is a stale string, and the test names it.
#include "context/appcontext.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "testsupport.h"
#include "ui/docks/searchresultsdock.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/reader/findbar.h"
#include "ui/reader/readertab.h"
#include "ui/reader/readertabs.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchsession.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

#include <map>

using namespace Flexwonen;

namespace {

using Snapshot = std::map<QString, QString>;

QString languageName(Ui::Language language)
{
    return Ui::languageCode(language);
}

// A name for an object that is the same in two windows built alike: the path of object names
// (or class names) from the window, with the position among siblings of the same name.
QString childKey(const QObject *child, const QObjectList &siblings)
{
    const QString name = child->objectName().isEmpty()
                             ? QString::fromLatin1(child->metaObject()->className())
                             : child->objectName();
    int index = 0;
    for (const QObject *sibling : siblings) {
        if (sibling == child)
            break;
        const QString other = sibling->objectName().isEmpty()
                                  ? QString::fromLatin1(sibling->metaObject()->className())
                                  : sibling->objectName();
        if (other == name)
            ++index;
    }
    return QStringLiteral("%1[%2]").arg(name).arg(index);
}

void put(Snapshot &s, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        s[key] = value;
}

void walkModel(Snapshot &s, const QString &key, const QAbstractItemModel *model,
               const QModelIndex &parent = {}, int depth = 0)
{
    if (!model || depth > 3)
        return;
    static const QList<std::pair<int, const char *>> roles = {
        {Qt::DisplayRole, "display"},
        {Qt::ToolTipRole, "toolTip"},
        {Qt::StatusTipRole, "statusTip"},
        {Qt::WhatsThisRole, "whatsThis"},
        {Qt::AccessibleTextRole, "accessibleText"},
        {Qt::AccessibleDescriptionRole, "accessibleDescription"},
        {Kb::SecondaryTextRole, "secondary"}};
    if (!parent.isValid()) {
        for (int c = 0; c < model->columnCount(); ++c)
            put(s, QStringLiteral("%1 header %2").arg(key).arg(c),
                model->headerData(c, Qt::Horizontal).toString());
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString where = QStringLiteral("%1/%2,%3").arg(key).arg(row).arg(column);
            for (const auto &[role, name] : roles)
                put(s, where + QLatin1Char(' ') + QLatin1String(name), index.data(role).toString());
            if (column == 0)
                walkModel(s, where, model, index, depth + 1);
        }
    }
}

void walkAction(Snapshot &s, const QString &key, const QAction *action)
{
    put(s, key + QStringLiteral(" text"), action->text());
    put(s, key + QStringLiteral(" iconText"), action->iconText());
    put(s, key + QStringLiteral(" toolTip"), action->toolTip());
    put(s, key + QStringLiteral(" statusTip"), action->statusTip());
    put(s, key + QStringLiteral(" whatsThis"), action->whatsThis());
}

void walkWidget(Snapshot &s, const QString &key, const QWidget *w)
{
    put(s, key + QStringLiteral(" windowTitle"), w->windowTitle());
    put(s, key + QStringLiteral(" toolTip"), w->toolTip());
    put(s, key + QStringLiteral(" statusTip"), w->statusTip());
    put(s, key + QStringLiteral(" whatsThis"), w->whatsThis());
    put(s, key + QStringLiteral(" accessibleName"), w->accessibleName());
    put(s, key + QStringLiteral(" accessibleDescription"), w->accessibleDescription());
    if (auto *label = qobject_cast<const QLabel *>(w))
        put(s, key + QStringLiteral(" text"), label->text());
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        put(s, key + QStringLiteral(" text"), button->text());
    if (auto *edit = qobject_cast<const QLineEdit *>(w)) {
        put(s, key + QStringLiteral(" text"), edit->text());
        put(s, key + QStringLiteral(" placeholder"), edit->placeholderText());
    }
    if (auto *box = qobject_cast<const QGroupBox *>(w))
        put(s, key + QStringLiteral(" title"), box->title());
    if (auto *menu = qobject_cast<const QMenu *>(w)) {
        put(s, key + QStringLiteral(" title"), menu->title());
        const QList<QAction *> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i)
            walkAction(s, key + QStringLiteral(" item %1").arg(i), actions[i]);
    }
    if (auto *text = qobject_cast<const QTextEdit *>(w)) {
        put(s, key + QStringLiteral(" plainText"), text->toPlainText());
        put(s, key + QStringLiteral(" placeholder"), text->placeholderText());
    }
    if (auto *bar = qobject_cast<const QTabBar *>(w)) {
        for (int i = 0; i < bar->count(); ++i) {
            put(s, key + QStringLiteral(" tab %1 text").arg(i), bar->tabText(i));
            put(s, key + QStringLiteral(" tab %1 toolTip").arg(i), bar->tabToolTip(i));
            put(s, key + QStringLiteral(" tab %1 whatsThis").arg(i), bar->tabWhatsThis(i));
        }
    }
    if (auto *combo = qobject_cast<const QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            put(s, key + QStringLiteral(" item %1").arg(i), combo->itemText(i));
    }
    if (auto *status = qobject_cast<const QStatusBar *>(w))
        put(s, key + QStringLiteral(" message"), status->currentMessage());
    if (auto *view = qobject_cast<const QAbstractItemView *>(w))
        walkModel(s, key + QStringLiteral(" model"), view->model());
}

// The menu bar's overflow menu lists whichever menus do not fit at its last layout: which ones
// depends on the titles' widths, not on stale text (its items are the menus' own actions).
bool isOverflowMenu(const QObject *object)
{
    const auto *menu = qobject_cast<const QMenu *>(object);
    const auto *bar = menu ? qobject_cast<const QMenuBar *>(menu->parent()) : nullptr;
    return bar && !bar->actions().contains(menu->menuAction());
}

void walk(Snapshot &s, const QString &key, const QObject *object)
{
    if (isOverflowMenu(object))
        return;
    if (auto *w = qobject_cast<const QWidget *>(object))
        walkWidget(s, key, w);
    else if (auto *action = qobject_cast<const QAction *>(object))
        walkAction(s, key, action);
    const QObjectList children = object->children();
    for (const QObject *child : children)
        walk(s, key + QLatin1Char('/') + childKey(child, children), child);
}

Snapshot snapshot(const QWidget &window)
{
    Snapshot s;
    walk(s, QStringLiteral("MainWindow"), &window);
    return s;
}

QString shorten(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    return t.size() > 160 ? t.left(160) + QStringLiteral("…") : t;
}

// Where a long text first differs, so the message shows the stale words.
QString firstDifference(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    const qsizetype from = qMax<qsizetype>(0, i - 20);
    return QStringLiteral("at %1: running «%2» fresh «%3»")
        .arg(i)
        .arg(shorten(a.mid(from, 100)), shorten(b.mid(from, 100)));
}

QStringList differences(const Snapshot &running, const Snapshot &fresh)
{
    QStringList out;
    for (const auto &[key, value] : running) {
        const auto it = fresh.find(key);
        if (it == fresh.end())
            out.append(
                QStringLiteral("%1: only in the running window: «%2»").arg(key, shorten(value)));
        else if (it->second != value)
            out.append(QStringLiteral("%1: %2").arg(key, firstDifference(value, it->second)));
    }
    for (const auto &[key, value] : fresh) {
        if (running.find(key) == running.end())
            out.append(
                QStringLiteral("%1: only in the fresh window: «%2»").arg(key, shorten(value)));
    }
    return out;
}

// Lets posted events (LanguageChange among them), deferred reads and timers run out.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QTest::qWait(20);
    }
}

} // namespace

class TestLiveLanguage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

    // The same state in every window: two tabs (the start page left for a document in the first,
    // a region with a municipality marked in the second, its find bar open), a filtered search
    // with a municipality answer in Zoekresultaten, the search field filled, a dossier unfolded.
    static bool prepare(Ui::MainWindow &window, Kb::KnowledgeBase &kb)
    {
        const QList<Kb::ItemSummary> documents = kb.list({Kb::ItemType::Document, {}, {}});
        const QList<Kb::ItemSummary> events = kb.list({Kb::ItemType::Event, {}, {}});
        if (documents.isEmpty() || events.isEmpty())
            return false;
        window.openItem(documents.first().id);
        window.openItem(events.first().id);
        window.openLocation(
            Ui::Location::region(QStringLiteral("limburg"), QStringLiteral("Venlo")), true);
        window.readerTabs()->setCurrentIndex(1);
        Ui::ReaderTab *tab = window.readerTabs()->current();
        tab->findBar()->open();
        tab->findBar()->field()->setText(QStringLiteral("gemeente"));

        Ui::SearchResultsDock *results = window.searchResultsDock();
        results->show();
        results->raise();
        results->typeFilter()->setCurrentIndex(
            results->typeFilter()->findData(QVariant::fromValue(Kb::ItemType::Region)));
        results->search(QStringLiteral("Venlo"));
        if (!QTest::qWaitFor([&] {
                return !results->session()->isBusy() &&
                       results->session()->results().query == QStringLiteral("Venlo");
            }))
            return false;
        window.searchField()->setText(QStringLiteral("huisvesting"));

        auto *dossiers = window.findChild<QDockWidget *>(QStringLiteral("DossiersDock"));
        dossiers->show();
        dossiers->raise();
        settle();
        auto *tree = dossiers->findChild<QTreeView *>();
        tree->expand(tree->model()->index(0, 0));
        settle();
        return true;
    }

    std::unique_ptr<AppContext> context() { return m_world->freshContext(Test::bundledBase()); }

private slots:
    void initTestCase()
    {
        m_world = std::make_unique<Test::UiWorld>();
        Ui::switchLanguage(*qApp, Ui::Language::Dutch);
    }

    void cleanupTestCase() { Ui::switchLanguage(*qApp, Ui::Language::Dutch); }

    void switchingLeavesNoStaleString()
    {
        auto runningContext = context();
        Ui::MainWindow running(*runningContext);
        QVERIFY(Test::showExposed(running, QSize(1280, 800)));
        QVERIFY(prepare(running, runningContext->knowledgeBase()));
        const Snapshot dutch = snapshot(running);

        for (const Ui::Language language :
             {Ui::Language::English, Ui::Language::Dutch, Ui::Language::English}) {
            Ui::switchLanguage(*qApp, language);
            QCOMPARE(Ui::currentLanguage(), language);
            settle();
            const Snapshot live = snapshot(running);

            auto freshContext = context();
            Ui::MainWindow fresh(*freshContext);
            QVERIFY(Test::showExposed(fresh, QSize(1280, 800)));
            QVERIFY(prepare(fresh, freshContext->knowledgeBase()));
            const Snapshot built = snapshot(fresh);

            const QStringList stale = differences(live, built);
            for (const QString &line : stale) // all of them: QVERIFY2 cuts its message short
                qInfo("stale after switching to %s: %s", qPrintable(languageName(language)),
                      qPrintable(line));
            QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 stale strings after switching "
                                                                "to %2 (listed above)")
                                                     .arg(stale.size())
                                                     .arg(languageName(language))));
            // Not vacuous: the walk sees the interface change language.
            if (language == Ui::Language::English) {
                const QStringList changed = differences(dutch, live);
                QVERIFY2(changed.size() > 100, qPrintable(QString::number(changed.size())));
            } else {
                QVERIFY2(differences(dutch, live).isEmpty(),
                         qPrintable(differences(dutch, live).join(QLatin1Char('\n'))));
            }
        }
    }
};

QTEST_MAIN(TestLiveLanguage)
#include "tst_livelanguage.moc"
