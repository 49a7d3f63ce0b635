// SPDX-License-Identifier: EUPL-1.2
// The interface languages: Dutch source strings with an English translation compiled in at
// :/i18n/flexwonen_en.qm, the language choice (--lang, FLEXWONEN_LANG, settings; never the
// system locale), the window under the English translator, and a complete .ts: every tr()
// string of app/ and ui/ translated, none unfinished or vanished.
#include "context/appcontext.h"
#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "report/nlmap.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/regionpage.h"
#include "ui/reader/itemdocument.h"
#include "ui/windowlayout.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace Flexwonen;

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", unfinished, vanished, obsolete
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsEntry> entries;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = {context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    entry.translations.append(xml.readElementText());
            }
            if (entry.translations.isEmpty())
                entry.translations.append(text);
            ts.entries.append(entry);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d+)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// A mnemonic ampersand, not "&&".
int mnemonics(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return int(t.count(QLatin1Char('&')));
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QString ui(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiWorld> m_world;

private slots:
    void initTestCase() { m_world = std::make_unique<Test::UiWorld>(); }

    void init()
    {
        m_world->resetPreferences();
        qunsetenv("FLEXWONEN_LANG");
    }

    void cleanup()
    {
        removeTranslators();
        Ui::installLanguage(*qApp, Ui::Language::Dutch);
        removeTranslators(); // qtbase_nl: the other tests compare Qt's own texts nowhere
        qunsetenv("FLEXWONEN_LANG");
    }

    void englishQmLoadsFromResources()
    {
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/flexwonen_en.qm")));
        QVERIFY(!en.isEmpty());
        QCOMPARE(en.language(), QStringLiteral("en"));
        const auto tr = [&en](const char *context, const char *source) {
            return en.translate(context, source);
        };
        QCOMPARE(tr("Flexwonen::Ui::RegionsDock", "Regio's"), QStringLiteral("Regions"));
        QCOMPARE(tr("Flexwonen::Ui::SearchResultsDock", "Zoekresultaten"),
                 QStringLiteral("Search results"));
        QCOMPARE(tr("Flexwonen::Ui::MainWindow", "&Bestand"), QStringLiteral("&File"));
        QCOMPARE(tr("Flexwonen::Ui::MainWindow", "Beel&d"), QStringLiteral("&View"));
        QCOMPARE(tr("Flexwonen::Ui::MainWindow", "&Taal"), QStringLiteral("&Language"));
        QCOMPARE(tr("Flexwonen::Kb", "%1 gemeenten"), QStringLiteral("%1 municipalities"));
        QCOMPARE(tr("Flexwonen::Ui", "Kan niet starten"), QStringLiteral("Cannot start"));
    }

    void dutchByDefaultWhateverTheSystemLocale()
    {
        const QLocale system = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Ui::chooseLanguage({}, {}), Ui::Language::Dutch);
        QLocale::setDefault(system);
        Ui::installLanguage(*qApp, Ui::chooseLanguage({}, {}));
        QCOMPARE(Ui::currentLanguage(), Ui::Language::Dutch);
        QCOMPARE(ui("Flexwonen::Ui::RegionsDock", "Regio's"), QStringLiteral("Regio's"));
        QCOMPARE(Kb::displayLocale().language(), QLocale::Dutch);
    }

    void commandLineBeatsEnvironmentBeatsSettings()
    {
        const QString en = QStringLiteral("en");
        QCOMPARE(Ui::chooseLanguage({}, en), Ui::Language::English);
        qputenv("FLEXWONEN_LANG", "nl");
        QCOMPARE(Ui::chooseLanguage({}, en), Ui::Language::Dutch);
        QCOMPARE(Ui::chooseLanguage(en, QStringLiteral("nl")), Ui::Language::English);
        qputenv("FLEXWONEN_LANG", "en_GB.UTF-8");
        QCOMPARE(Ui::chooseLanguage(QStringLiteral("nl"), en), Ui::Language::Dutch);
        QCOMPARE(Ui::chooseLanguage({}, QStringLiteral("nl")), Ui::Language::English);
        // An unknown code is ignored (with a warning), the next source decides.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("onbekende taal")));
        QCOMPARE(Ui::chooseLanguage(QStringLiteral("de"), {}), Ui::Language::English);
        qunsetenv("FLEXWONEN_LANG");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("onbekende taal")));
        QCOMPARE(Ui::chooseLanguage({}, QStringLiteral("xx")), Ui::Language::Dutch);
    }

    void windowSpeaksEnglishUnderTheEnglishTranslator()
    {
        Ui::installLanguage(*qApp, Ui::Language::English);
        QCOMPARE(Ui::currentLanguage(), Ui::Language::English);
        AppContext context({m_world->path(QStringLiteral("profiel")), m_world->kb(), {}},
                           m_world->preferences());
        Ui::MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Go"),
                                     QStringLiteral("&View"), QStringLiteral("&Help")}));
        const auto title = [&window](const char *name) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            return dock ? dock->windowTitle() : QStringLiteral("(no %1)").arg(QLatin1String(name));
        };
        QCOMPARE(title("RegionsDock"), QStringLiteral("Regions"));
        QCOMPARE(title("DossiersDock"), QStringLiteral("Dossiers"));
        QCOMPARE(title("PilotsDock"), QStringLiteral("Pilots"));
        QCOMPARE(title("AgendaDock"), QStringLiteral("Calendar"));
        QCOMPARE(title("SearchResultsDock"), QStringLiteral("Search results"));

        // View ▸ Language, with the running language ticked.
        auto *language = window.viewMenu()->findChild<QMenu *>(QStringLiteral("LanguageMenu"));
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("&Language"));
        auto *english = language->findChild<QAction *>(QStringLiteral("Language_en"));
        auto *dutch = language->findChild<QAction *>(QStringLiteral("Language_nl"));
        QVERIFY(english && dutch);
        QVERIFY(english->isChecked());
        QVERIFY(!dutch->isChecked());
        QCOMPARE(dutch->text(), QStringLiteral("&Nederlands"));

        // Lists: English labels and dates; the region count uses the English plural.
        QAbstractItemModel *regions =
            window.findChild<QDockWidget *>(QStringLiteral("RegionsDock"))
                ->findChild<QTreeView *>()
                ->model();
        QVERIFY(regions->rowCount() > 0);
        QVERIFY2(regions->index(0, 0)
                     .data(Kb::SecondaryTextRole)
                     .toString()
                     .contains(QStringLiteral("municipalit")),
                 qPrintable(regions->index(0, 0).data(Kb::SecondaryTextRole).toString()));
        QAbstractItemModel *agenda = window.findChild<QDockWidget *>(QStringLiteral("AgendaDock"))
                                         ->findChild<QTreeView *>()
                                         ->model();
        QStringList groups;
        QStringList dates;
        for (int row = 0; row < agenda->rowCount(); ++row) {
            const QModelIndex group = agenda->index(row, 0);
            groups.append(group.data().toString());
            for (int child = 0; child < agenda->rowCount(group); ++child)
                dates.append(agenda->index(child, 0, group).data(Kb::SecondaryTextRole).toString());
        }
        QVERIFY2(groups.join(u' ').contains(QStringLiteral("Upcoming (")),
                 qPrintable(groups.join(u' ')));
        QVERIFY2(groups.join(u' ').contains(QStringLiteral("Past (")),
                 qPrintable(groups.join(u' ')));
        QVERIFY2(dates.contains(QStringLiteral("28 March 2012")), qPrintable(dates.join(u'|')));
    }

    // Issue 14.8: under the English translator the words the reader puts around the content
    // (headings, the facts line, "past", the related list) are English for every item of the
    // bundled knowledge base; the content stays Dutch, so it is cut out before looking. The
    // composer as the reports and the CLI use it (Labels::Dutch) stays Dutch.
    void generatedWordsFollowTheLanguage()
    {
        const QString base = qEnvironmentVariable("FLEXWONEN_BASE");
        QVERIFY2(QFile::exists(base), qPrintable(base));
        Kb::KnowledgeBase kb(base, Kb::KnowledgeBase::Access::ReadOnlyFile);
        Ui::installLanguage(*qApp, Ui::Language::English);
        const Ui::ItemDocument document(kb);
        // Dutch words the composer generates and no English text contains.
        const QStringList dutch = {str("Zie ook"),
                                   str("Bronnen"),
                                   str("Kerncijfers"),
                                   str("Gemeenten"),
                                   str("peiljaar"),
                                   str("voorbij"),
                                   str("komt nog"),
                                   str("Gerelateerd"),
                                   str("Bron:"),
                                   str("geldig per"),
                                   str("initiatief"),
                                   str("Onzeker"),
                                   str("Niet volledig zeker"),
                                   str("Alleen bekend"),
                                   str("verwijzen hiernaar"),
                                   str("Nieuws"),
                                   str("Organisatie"),
                                   str("Vraag en antwoord"),
                                   str("Pagina"),
                                   str("Handreiking"),
                                   str("Beleidsregel"),
                                   str("Convenant"),
                                   str("Kamerbrief"),
                                   str("Praktijkvoorbeeld"),
                                   str("gemeente "),
                                   str("regio ")};
        // The region page composes its own text around the region (issue 14.4): the same rule.
        const Report::NlMap map;
        const Ui::RegionPage regionPage(kb, map);
        QStringList allTitles;
        for (const Kb::ItemSummary &s : kb.list({}))
            allTitles << s.title;
        int composed = 0;
        for (const Kb::ItemSummary &summary : kb.list({})) {
            const std::optional<Kb::Item> item = kb.item(summary.id);
            QVERIFY(item);
            QStringList texts{document.compose(*item)};
            // Cut out the content: what the item and the items it names say.
            QStringList content = {item->body.trimmed(), item->title, item->summary,
                                   item->uncertainty,    item->place, item->municipality,
                                   item->initiator};
            if (item->type == Kb::ItemType::Region) {
                texts << regionPage.composeText(*item, item->municipalities.value(0).name);
                content << allTitles; // the region page lists the region's items by title
                for (const QString &line : item->body.split(u'\n'))
                    content << line.trimmed();
            }
            for (const Kb::Figure &f : item->figures)
                content << f.label << f.definition.trimmed() << f.source.title << f.unit;
            for (const Kb::Municipality &m : item->municipalities)
                content << m.name;
            for (const Kb::Contact &c : item->contacts)
                content << c.name << c.role;
            for (const Kb::Source &src : item->sources)
                content << src.title << src.url; // a URL may hold a Dutch word ("/Nieuws/")
            for (const QString &id : item->links)
                content << document.titleOf(id);
            for (const Kb::ItemSummary &r : kb.referencing(item->id))
                content << r.title;
            content << document.titleOf(item->region) << document.titleOf(item->dossier);
            std::sort(content.begin(), content.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            for (QString md : std::as_const(texts)) {
                for (const QString &text : std::as_const(content)) {
                    if (!text.isEmpty()) {
                        md.remove(text);
                        md.remove(Kb::ItemMarkdown::escape(text));
                    }
                }
                for (const QString &word : dutch)
                    QVERIFY2(!md.contains(word),
                             qPrintable(summary.id + str(": ") + word + str("\n") + md));
            }
            ++composed;
        }
        QVERIFY(composed > 100);

        // The reports' composer: Dutch whatever the interface language.
        const std::optional<Kb::Item> region =
            kb.item(kb.list({Kb::ItemType::Region, {}, {}}).first().id);
        const QString report =
            Kb::ItemMarkdown([](const QString &id) { return id; }).compose(*region);
        for (const QString &word : {str("Kerncijfers"), str("Gemeenten ("), str("Bronnen")})
            QVERIFY2(report.contains(word), qPrintable(word));
        const QString reader = document.compose(*region);
        for (const QString &word : {str("Key figures"), str("Municipalities ("), str("Sources")})
            QVERIFY2(reader.contains(word), qPrintable(word));
    }

    // The choice in View ▸ Language is saved for the next start and switches now (issue 15.3;
    // tst_livelanguage checks that nothing stays behind).
    void changingLanguageIsSavedAndSwitchesNow()
    {
        AppContext context({m_world->path(QStringLiteral("profiel")), m_world->kb(), {}},
                           m_world->preferences());
        Ui::MainWindow window(context);
        auto *english = window.findChild<QAction *>(QStringLiteral("Language_en"));
        auto *dutch = window.findChild<QAction *>(QStringLiteral("Language_nl"));
        QVERIFY(english && dutch);
        english->trigger();
        QCOMPARE(m_world->preferences().language(), QStringLiteral("en"));
        QCOMPARE(Ui::currentLanguage(), Ui::Language::English);
        QTRY_COMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        QVERIFY(english->isChecked());
        dutch->trigger();
        QCOMPARE(m_world->preferences().language(), QStringLiteral("nl"));
        QTRY_COMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Bestand"));
        QVERIFY(dutch->isChecked());
    }

    // Fails when a tr() string is added or changed without translating it: lupdate runs over
    // app/ and ui/ into a copy of the committed .ts, and the copy must be complete.
    void tsFileIsCompleteAndCurrent()
    {
        const QString committed = QStringLiteral(FLEXWONEN_TS_FILE);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("flexwonen_en.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString lupdate = QStringLiteral(FLEXWONEN_LUPDATE);
        if (QFile::exists(lupdate)) {
            QProcess p;
            p.setWorkingDirectory(QStringLiteral(FLEXWONEN_SOURCE_ROOT));
            p.start(lupdate,
                    {QStringLiteral("-silent"), QStringLiteral("-source-language"),
                     QStringLiteral("nl"), QStringLiteral("-target-language"), QStringLiteral("en"),
                     QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
                     QStringLiteral("ui"), QStringLiteral("-ts"), copy});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        } else {
            qWarning("lupdate not found at %s: only the committed .ts is checked",
                     qUtf8Printable(lupdate));
        }

        for (const QString &path : {committed, copy}) {
            const TsFile ts = readTs(path);
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QCOMPARE(ts.sourceLanguage, QStringLiteral("nl"));
            QCOMPARE(ts.language, QStringLiteral("en"));
            QVERIFY(ts.entries.size() > 100);
            QStringList problems;
            for (const TsEntry &e : ts.entries) {
                const QString where = e.context + QStringLiteral(": ") + e.source;
                if (!e.type.isEmpty()) {
                    problems.append(e.type + QStringLiteral(" — ") + where);
                    continue;
                }
                for (const QString &t : e.translations) {
                    if (t.isEmpty())
                        problems.append(QStringLiteral("empty — ") + where);
                    else if (placeholders(t) != placeholders(e.source))
                        problems.append(QStringLiteral("placeholders differ — ") + where);
                    else if (mnemonics(t) != mnemonics(e.source))
                        problems.append(QStringLiteral("mnemonic (&) differs — ") + where);
                }
            }
            if (path == copy && !problems.isEmpty())
                problems.prepend(QStringLiteral(
                    "run `cmake --build build --target update_translations` and translate:"));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
