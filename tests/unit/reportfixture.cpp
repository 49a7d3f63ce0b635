// SPDX-License-Identifier: EUPL-1.2
#include "reportfixture.h"

#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Test {

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString paragraph(int doc, int n)
{
    return u"Alinea %1 van document %2. De gemeente zoekt met corporaties en werkgevers naar "
           "flexibele woonvormen voor arbeidsmigranten; de financiële haalbaarheid, de "
           "coördinatie tussen de regio's en het beheer op locatie bepalen of een plan slaagt. "
           "Afspraken over huisvesting, registratie en leefbaarheid worden vastgelegd in een "
           "convenant, met aandacht voor officiële normen van SNF en AKF en voor de reële "
           "kosten per bed. Het flexwonen-beleid wordt jaarlijks geëvalueerd."_s.arg(n)
               .arg(doc);
}

} // namespace

void buildReportKb(const QString &path, int documentCount, int paragraphs, const QString &bodyExtra)
{
    QList<Kb::Item> items;
    Kb::Item region = sampleItem(u"west-brabant"_s, Kb::ItemType::Region, u"West-Brabant"_s);
    region.summary = u"Negentien gemeenten; financiële afspraken over flexwonen in 2013."_s;
    region.referenceYear = 2012;
    region.municipalities = {{u"Breda"_s, u"GM0758"_s, 2012},
                             {u"Zundert"_s, u"GM0879"_s, 2012},
                             {u"Etten-Leur"_s, u"GM0777"_s, 2012}};
    region.figures = {
        {u"Arbeidsmigranten in de regio"_s,
         17000,
         21000.0,
         u"personen"_s,
         2012,
         u"Schatting van verblijvende arbeidsmigranten (officiële raming)"_s,
         {u"Conferentie West-Brabant 2012"_s, u"https://flexwonen.nl/wb/"_s, QDate(2026, 11, 28)},
         true}};
    region.contacts = {{u"Regio West-Brabant"_s, u"regionaal samenwerkingsverband"_s,
                        u"https://www.regiowestbrabant.nl/"_s}};
    region.sources = {{u"Kamerbrief voortgang (25-09-2012)"_s, u"https://rijksoverheid.nl/x"_s,
                       QDate(2026, 11, 28)}};
    region.links = {u"doc-convenant"_s};
    items.append(region);

    Kb::Item dossier = sampleItem(u"woonvormen"_s, Kb::ItemType::Dossier, u"Woonvormen"_s);
    items.append(dossier);

    Kb::Item convenant = sampleItem(u"doc-convenant"_s, Kb::ItemType::Document,
                                    u"Actieplan huisvesting West-Brabant"_s);
    convenant.kind = u"convenant"_s;
    convenant.dossier = u"woonvormen"_s;
    convenant.region = u"west-brabant"_s;
    convenant.date = QDate(2013, 6, 18);
    convenant.summary = u"Negentien gemeenten spraken 2.000 extra plaatsen af; in uitvoering."_s;
    items.append(convenant);

    Kb::Item norm = sampleItem(u"doc-wgv"_s, Kb::ItemType::Document, u"Wet goed verhuurderschap"_s);
    norm.kind = u"wet"_s;
    norm.dossier = u"woonvormen"_s;
    norm.date = QDate(2023, 7, 1);
    items.append(norm);

    Kb::Item pilot =
        sampleItem(u"pilot-zundert"_s, Kb::ItemType::Pilot, u"Woonconcepten kleine kernen"_s);
    pilot.municipality = u"Zundert"_s;
    pilot.initiator = u"Thuisvester"_s;
    pilot.region = u"west-brabant"_s;
    items.append(pilot);

    for (int i = 1; i <= documentCount; ++i) {
        Kb::Item doc =
            sampleItem(u"doc-%1"_s.arg(i, 3, 10, QLatin1Char('0')), Kb::ItemType::Document,
                       u"Praktijkvoorbeeld %1: short stay in de regio"_s.arg(i));
        doc.kind = i % 2 ? u"praktijkvoorbeeld"_s : u"handreiking"_s;
        doc.dossier = u"woonvormen"_s;
        doc.region = i % 3 ? QString() : u"west-brabant"_s;
        doc.date = QDate(2012, 1, 1).addDays(i * 17);
        doc.order = i;
        QString body;
        for (int n = 1; n <= paragraphs; ++n) {
            if (n % 4 == 0)
                body += u"## Onderdeel %1\n\n"_s.arg(n);
            body += paragraph(i, n) + u"\n\n"_s;
        }
        doc.body = body;
        items.append(doc);
    }
    if (!bodyExtra.isEmpty()) {
        for (Kb::Item &item : items)
            item.body += u"\n\n"_s + bodyExtra;
    }
    buildKb(path, items, 7);
}

QString pdfText(const QString &pdf, int firstPage, int lastPage)
{
    QStringList args;
    if (firstPage > 0)
        args << u"-f"_s << QString::number(firstPage);
    if (lastPage > 0)
        args << u"-l"_s << QString::number(lastPage);
    args << u"-enc"_s << u"UTF-8"_s << pdf << u"-"_s;
    return run(u"pdftotext"_s, args);
}

QString pdfInfo(const QString &pdf)
{
    return run(u"pdfinfo"_s, {pdf});
}

QString pdfFonts(const QString &pdf)
{
    return run(u"pdffonts"_s, {pdf});
}

int pdfPageCount(const QString &pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s,
                                          QRegularExpression::MultilineOption);
    const auto m = pages.match(pdfInfo(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int pdfImageCount(const QString &pdf)
{
    // Two header lines, then one line per image.
    const QStringList lines =
        run(u"pdfimages"_s, {u"-list"_s, pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() >= 2 ? int(lines.size()) - 2 : -1;
}

bool popplerAvailable()
{
    return !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty();
}

} // namespace Flexwonen::Test
