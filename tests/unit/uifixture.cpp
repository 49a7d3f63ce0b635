// SPDX-License-Identifier: GPL-3.0-or-later
#include "uifixture.h"

#include "testsupport.h"

#include <QStandardPaths>

#include <QSettings>

namespace Flexwonen::Test {

void buildUiKb(const QString &path, QDate today)
{
    using Kb::Item;
    const auto item = [](const char *id, const char *type, const QString &title) {
        return sampleItem(QLatin1String(id), QLatin1String(type), title);
    };
    const Kb::Source source{QStringLiteral("Bron"), QStringLiteral("https://flexwonen.nl/")};

    Item rotterdam = item("stadsregio-rotterdam", "region", QStringLiteral("Stadsregio Rotterdam"));
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
    Item sre = item("sre", "region", QStringLiteral("Samenwerkingsverband Regio Eindhoven (SRE)"));
    sre.municipalities = {{QStringLiteral("Eindhoven"), QStringLiteral("GM0772"), 2012}};

    Item woonvormen = item("woonvormen", "dossier", QStringLiteral("Woonvormen"));
    Item regels = item("wet-en-regelgeving", "dossier", QStringLiteral("Wet- en regelgeving"));

    Item convenant = item("doc-convenant", "document", QStringLiteral("Convenant Rotterdam 2013"));
    convenant.kind = QStringLiteral("convenant");
    convenant.dossier = QStringLiteral("woonvormen");
    convenant.region = QStringLiteral("stadsregio-rotterdam");
    convenant.date = QDate(2013, 5, 1);
    convenant.body = QStringLiteral("Zie de [handreiking](kb:doc-handreiking) voor de regels.");
    convenant.links = {QStringLiteral("doc-handreiking")};
    Item handreiking =
        item("doc-handreiking", "document", QStringLiteral("Handreiking coördinatie huisvesting"));
    handreiking.kind = QStringLiteral("handreiking");
    handreiking.dossier = QStringLiteral("wet-en-regelgeving");
    handreiking.date = QDate(2012, 1, 10);
    handreiking.summary = QStringLiteral("Hoe gemeenten de huisvesting van arbeidsmigranten "
                                         "regelen, met het keurmerk als voorbeeld.");

    Item pilot = item("pilot-woonbron", "pilot", QStringLiteral("Pilot Woonbron"));
    pilot.region = QStringLiteral("stadsregio-rotterdam");
    pilot.municipality = QStringLiteral("Rotterdam");
    pilot.initiator = QStringLiteral("Woonbron");

    Item past = item("evt-verleden", "event", QStringLiteral("Ondertekening"));
    past.date = QDate(2012, 3, 28);
    past.region = QStringLiteral("stadsregio-rotterdam");
    Item older = item("evt-ouder", "event", QStringLiteral("Kabinetsbrief"));
    older.date = QDate(2011, 11, 18);
    Item soon = item("evt-binnenkort", "event", QStringLiteral("Conferentie binnenkort"));
    soon.date = today.addDays(10);
    Item later = item("evt-later", "event", QStringLiteral("Conferentie later"));
    later.date = today.addDays(40);
    Item todayEvent = item("evt-vandaag", "event", QStringLiteral("Bijeenkomst vandaag"));
    todayEvent.date = today;

    Item news = item("news-verklaring", "news", QStringLiteral("Nationale verklaring getekend"));
    news.date = QDate(2012, 3, 28);

    buildKb(path, {rotterdam, sre, woonvormen, regels, convenant, handreiking, pilot, past, older,
                   soon, later, todayEvent, news});
}

UiWorld::UiWorld()
    : m_kb(m_dir.filePath(QStringLiteral("ui.sqlite")))
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("instellingen")));
    buildUiKb(m_kb);
}

} // namespace Flexwonen::Test
