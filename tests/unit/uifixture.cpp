// SPDX-License-Identifier: EUPL-1.2
#include "uifixture.h"

#include "personal/personalstore.h"
#include "testsupport.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

namespace Flexwonen::Test {

void buildUiKb(const QString &path, QDate today)
{
    using Kb::Item;
    const auto item = [](const char *id, Kb::ItemType type, const QString &title) {
        return sampleItem(QLatin1String(id), type, title);
    };
    const Kb::Source source{QStringLiteral("Bron"), QStringLiteral("https://flexwonen.nl/"),
                            QDate(2026, 11, 28)};

    Item rotterdam =
        item("stadsregio-rotterdam", Kb::ItemType::Region, QStringLiteral("Stadsregio Rotterdam"));
    rotterdam.municipalities = {{QStringLiteral("Rotterdam"), QStringLiteral("GM0599"), 2012},
                                {QStringLiteral("Schiedam"), QStringLiteral("GM0606"), 2012}};
    rotterdam.figures = {{QStringLiteral("Arbeidsmigranten"),
                          31000,
                          {},
                          QStringLiteral("personen"),
                          2013,
                          QStringLiteral("CBS-registratie"),
                          source,
                          true},
                         {QStringLiteral("Gezochte plaatsen"),
                          2000,
                          {},
                          QStringLiteral("plaatsen"),
                          2013,
                          QStringLiteral("Werkconferentie"),
                          source,
                          false}};
    rotterdam.links = {QStringLiteral("doc-convenant")};
    Item sre = item("sre", Kb::ItemType::Region,
                    QStringLiteral("Samenwerkingsverband Regio Eindhoven (SRE)"));
    sre.municipalities = {{QStringLiteral("Eindhoven"), QStringLiteral("GM0772"), 2012}};

    Item woonvormen = item("woonvormen", Kb::ItemType::Dossier, QStringLiteral("Woonvormen"));
    Item regels =
        item("wet-en-regelgeving", Kb::ItemType::Dossier, QStringLiteral("Wet- en regelgeving"));

    Item convenant =
        item("doc-convenant", Kb::ItemType::Document, QStringLiteral("Convenant Rotterdam 2013"));
    convenant.kind = QStringLiteral("convenant");
    convenant.dossier = QStringLiteral("woonvormen");
    convenant.region = QStringLiteral("stadsregio-rotterdam");
    convenant.date = QDate(2013, 5, 1);
    convenant.body = QStringLiteral("Zie de [handreiking](kb:doc-handreiking) voor de regels.");
    convenant.links = {QStringLiteral("doc-handreiking")};
    Item handreiking = item("doc-handreiking", Kb::ItemType::Document,
                            QStringLiteral("Handreiking coördinatie huisvesting"));
    handreiking.kind = QStringLiteral("handreiking");
    handreiking.dossier = QStringLiteral("wet-en-regelgeving");
    handreiking.date = QDate(2012, 1, 10);
    handreiking.summary = QStringLiteral("Hoe gemeenten de huisvesting van arbeidsmigranten "
                                         "regelen, met het keurmerk als voorbeeld.");

    Item pilot = item("pilot-woonbron", Kb::ItemType::Pilot, QStringLiteral("Pilot Woonbron"));
    pilot.region = QStringLiteral("stadsregio-rotterdam");
    pilot.municipality = QStringLiteral("Rotterdam");
    pilot.initiator = QStringLiteral("Woonbron");

    Item past = item("evt-verleden", Kb::ItemType::Event, QStringLiteral("Ondertekening"));
    past.date = QDate(2012, 3, 28);
    past.region = QStringLiteral("stadsregio-rotterdam");
    Item older = item("evt-ouder", Kb::ItemType::Event, QStringLiteral("Kabinetsbrief"));
    older.date = QDate(2011, 11, 18);
    Item soon =
        item("evt-binnenkort", Kb::ItemType::Event, QStringLiteral("Conferentie binnenkort"));
    soon.date = today.addDays(10);
    Item later = item("evt-later", Kb::ItemType::Event, QStringLiteral("Conferentie later"));
    later.date = today.addDays(40);
    Item todayEvent =
        item("evt-vandaag", Kb::ItemType::Event, QStringLiteral("Bijeenkomst vandaag"));
    todayEvent.date = today;

    Item news = item("news-verklaring", Kb::ItemType::News,
                     QStringLiteral("Nationale verklaring getekend"));
    news.date = QDate(2012, 3, 28);

    buildKb(path, {rotterdam, sre, woonvormen, regels, convenant, handreiking, pilot, past, older,
                   soon, later, todayEvent, news});
}

UiWorld::UiWorld()
    : m_kb(m_dir.filePath(QStringLiteral("ui.sqlite")))
{
    QStandardPaths::setTestModeEnabled(true);
    resetPreferences();
    buildUiKb(m_kb);
}

std::unique_ptr<AppContext> UiWorld::context() const
{
    auto context = std::make_unique<AppContext>(
        StartOptions{path(QStringLiteral("profiel")), m_kb, {}}, *m_preferences);
    context->personalStore().setSession({});
    return context;
}

void UiWorld::resetPreferences()
{
    const QString file =
        path(QStringLiteral("instellingen-%1/flexwonen.conf").arg(++m_settingsFiles));
    m_preferences = std::make_unique<Settings::Preferences>(Settings::Preferences::Files{file, {}});
}

std::unique_ptr<AppContext> UiWorld::freshContext(const QString &basePath)
{
    const QString profile = path(QStringLiteral("profiel-%1").arg(++m_profiles));
    return std::make_unique<AppContext>(StartOptions{profile, {}, basePath}, *m_preferences);
}

QPoint linkPosition(QTextBrowser *view, const QString &href)
{
    QTextDocument *doc = view->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + 1);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            return view->cursorRect(cursor).center();
        }
    }
    return {-1, -1};
}

bool showExposed(QWidget &window, QSize size)
{
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace Flexwonen::Test
