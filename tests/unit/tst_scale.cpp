// SPDX-License-Identifier: EUPL-1.2
// Issue 14.9: with a large knowledge base the start page and the Dossiers panel read a bounded
// number of rows. The oracle is the knowledge base's own count of item summaries read, and the
// lists computed here from the generated items.
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "report/nlmap.h"
#include "settings/preferences.h"
#include "testsupport.h"
#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/itemchoicemodel.h"
#include "ui/pages/startpage.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Flexwonen;
using namespace Qt::StringLiterals;

namespace {
constexpr int Dossiers = 2;
constexpr int DocumentsPerDossier = 1000;
constexpr int NewsItems = 1000;
constexpr int Events = 1000;
constexpr int Others = 5000 - Dossiers * (1 + DocumentsPerDossier) - NewsItems - Events; // FAQ
const QDate Today(2026, 11, 29);

// The first n titles of items sorted by less.
template <typename Less> QStringList firstTitles(QList<Kb::Item> items, qsizetype n, Less less)
{
    std::stable_sort(items.begin(), items.end(), less);
    QStringList titles;
    for (qsizetype i = 0; i < std::min(n, items.size()); ++i)
        titles.append(items[i].title);
    return titles;
}
} // namespace

class TestScale : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QList<Kb::Item> m_news;
    QList<Kb::Item> m_events;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"groot.sqlite"_s);
        QList<Kb::Item> items;
        // Dates spread over years in a scrambled order, several items per day.
        const auto dateOf = [](int i) { return Today.addDays((i * 7919) % 3000 - 1500); };
        for (int d = 0; d < Dossiers; ++d) {
            items.append(Test::sampleItem(u"dossier-%1"_s.arg(d), Kb::ItemType::Dossier,
                                          u"Dossier %1"_s.arg(d)));
            for (int i = 0; i < DocumentsPerDossier; ++i) {
                Kb::Item doc =
                    Test::sampleItem(u"doc-%1-%2"_s.arg(d).arg(i), Kb::ItemType::Document,
                                     u"Document %1 %2"_s.arg(d).arg(i));
                doc.dossier = u"dossier-%1"_s.arg(d);
                doc.kind = u"handreiking"_s;
                doc.date = dateOf(i);
                items.append(doc);
            }
        }
        for (int i = 0; i < NewsItems; ++i) {
            Kb::Item news =
                Test::sampleItem(u"news-%1"_s.arg(i), Kb::ItemType::News, u"Bericht %1"_s.arg(i));
            news.date = dateOf(i);
            m_news.append(news);
        }
        for (int i = 0; i < Events; ++i) {
            Kb::Item event = Test::sampleItem(u"event-%1"_s.arg(i), Kb::ItemType::Event,
                                              u"Bijeenkomst %1"_s.arg(i));
            event.date = dateOf(i + 17);
            m_events.append(event);
        }
        for (int i = 0; i < Others; ++i)
            items.append(
                Test::sampleItem(u"faq-%1"_s.arg(i), Kb::ItemType::Faq, u"Vraag %1"_s.arg(i)));
        items += m_news;
        items += m_events;
        QCOMPARE(items.size(), 5000);
        Test::buildKb(m_path, items);
    }

    void startPageReadsOnlyWhatItShows()
    {
        Kb::KnowledgeBase kb(m_path);
        Report::NlMap map;
        Ui::StartPage page(kb, map, nullptr, Today);
        const quint64 before = kb.summariesRead();
        const QString text = page.composeText();
        // Read: the dossiers (2), 5 news, 5 upcoming and 3 past events, and the small types.
        const quint64 read = kb.summariesRead() - before;
        QVERIFY2(read <= 20, qPrintable(QString::number(read)));

        const auto newestFirst = [](const Kb::Item &a, const Kb::Item &b) {
            return a.date > b.date;
        };
        QList<Kb::Item> upcoming;
        QList<Kb::Item> past;
        for (const Kb::Item &e : std::as_const(m_events))
            (e.date >= Today ? upcoming : past).append(e);
        const QStringList news = firstTitles(m_news, 6, newestFirst);
        const QStringList soon =
            firstTitles(upcoming, 6, [](const auto &a, const auto &b) { return a.date < b.date; });
        const QStringList recent = firstTitles(past, 4, newestFirst);
        // Shown in order, and not one more (titles end in a number: match "Bericht 12]").
        const auto position = [&text](const QString &title) { return text.indexOf(title + u']'); };
        for (const auto &[titles, shown] :
             {std::pair{news, 5}, std::pair{soon, 5}, std::pair{recent, 3}}) {
            for (int i = 0; i < titles.size(); ++i) {
                const qsizetype at = position(titles[i]);
                if (i < shown) {
                    QVERIFY2(at >= 0, qPrintable(titles[i]));
                    if (i > 0)
                        QVERIFY2(at > position(titles[i - 1]), qPrintable(titles[i]));
                } else {
                    QVERIFY2(at < 0, qPrintable(titles[i]));
                }
            }
        }
    }

    void dossiersReadTheDocumentsOfAnExpandedThemeOnly()
    {
        Kb::KnowledgeBase kb(m_path);
        Kb::DossierModel model(&kb);
        QTreeView view;
        view.setModel(&model);
        model.showRows(); // as the Dossiers panel does when it is on screen
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(model.rowCount(), Dossiers);
        QVERIFY2(kb.summariesRead() <= quint64(Dossiers),
                 qPrintable(QString::number(kb.summariesRead())));
        for (int d = 0; d < Dossiers; ++d) {
            const QModelIndex theme = model.index(d, 0);
            QVERIFY(model.hasChildren(theme)); // the view draws an expander
            QCOMPARE(model.rowCount(theme), 0);
            QVERIFY(model.canFetchMore(theme));
        }

        // Expanding one theme reads its documents, newest first, and no others.
        const QModelIndex first = model.index(0, 0);
        view.expand(first);
        QTRY_COMPARE(model.rowCount(first), DocumentsPerDossier);
        QVERIFY(!model.canFetchMore(first));
        QCOMPARE(kb.summariesRead(), quint64(Dossiers + DocumentsPerDossier));
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QDate previous = model.index(0, 0, first).data(Kb::DateRole).toDate();
        for (int i = 1; i < DocumentsPerDossier; ++i) {
            const QDate date = model.index(i, 0, first).data(Kb::DateRole).toDate();
            QVERIFY(date <= previous);
            previous = date;
        }
        QVERIFY(model.index(0, 0, first).data(Kb::ItemIdRole).toString().startsWith(u"doc-0-"_s));

        // The model stays a correct model throughout (the tester fetches the rest).
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(model.index(1, 0)), DocumentsPerDossier);
    }

    // The own report's chooser reads one page when it opens and one per keystroke, never every
    // item; paging to the end shows every match once. The oracle: the generated titles.
    void ownReportChooserReadsAPageAtATime()
    {
        Kb::KnowledgeBase kb(m_path);
        QTemporaryDir dir;
        Settings::Preferences preferences({dir.filePath(u"flexwonen.conf"_s), {}});
        Ui::ExportDialog dialog(preferences, kb, Ui::ExportDialog::Action::Export, {}, {});
        // The combo boxes read the regions, dossiers and pilots (2 here), the chooser a page.
        const quint64 opened = kb.summariesRead();
        QVERIFY2(opened <= quint64(Ui::ItemChoiceModel::PageSize + Dossiers),
                 qPrintable(QString::number(opened)));
        auto *filter = dialog.findChild<QLineEdit *>(u"CustomItemFilter"_s);
        QAbstractItemModel *model =
            dialog.findChild<QAbstractItemView *>(u"CustomChoices"_s)->model();
        QVERIFY(filter && model);
        QCOMPARE(model->rowCount(), Ui::ItemChoiceModel::PageSize);
        filter->setText(u"Bericht 1"_s);
        QVERIFY(kb.summariesRead() - opened <= quint64(Ui::ItemChoiceModel::PageSize));
        QStringList expected;
        for (const Kb::Item &news : std::as_const(m_news)) {
            if (news.title.startsWith(u"Bericht 1"_s))
                expected.append(news.id);
        }
        QStringList shown;
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->index(row, 0).data(Qt::UserRole).toString());
        QCOMPARE(shown.size(), expected.size());
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
    }
};

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
