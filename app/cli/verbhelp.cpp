// SPDX-License-Identifier: EUPL-1.2
// The manual: every verb's help text, in one place. --help and the man pages are made from it.
#include "verbhelp.h"

#include "cliverbs.h"

using namespace Qt::Literals::StringLiterals;

namespace Flexwonen::Cli {

namespace {

// Shared rows, so that a verb that reads the profile says so in the same words everywhere.
const HelpRow EnvProfile{u"FLEXWONEN_PROFILE"_s,
                         u"de gegevensmap als --profile ontbreekt (standaard "
                         "~/.local/share/flexwonen)"_s};
const HelpRow EnvBase{u"FLEXWONEN_BASE"_s,
                      u"de meegeleverde kennisbank waarmee een nieuw profiel begint (standaard "
                      "../share/flexwonen/kb.sqlite naast het programma)"_s};
const HelpRow EnvDebug{u"FLEXWONEN_DEBUG"_s,
                       u"als gezet: ook de meldingen van Qt op stderr, voor een storing"_s};
const HelpRow EnvLogging{u"QT_LOGGING_RULES"_s,
                         u"bijvoorbeeld \"flexwonen.*=true\": het logboek van het programma op "
                         "stderr, voor de helpdesk"_s};
const HelpRow EnvCaCerts{u"FLEXWONEN_CA_CERTS"_s,
                         u"een PEM-bestand met de certificaten (CA) die een https-feed mag "
                         "gebruiken, boven de instelling ca_certificates"_s};
const HelpRow EnvTimeout{u"FLEXWONEN_SYNC_TIMEOUT_MS"_s,
                         u"hoe lang (ms) de verbinding stil mag blijven voor ze als mislukt "
                         "geldt"_s};
const HelpRow EnvDeadline{u"FLEXWONEN_SYNC_DEADLINE_MS"_s,
                          u"hoe lang (ms) het bijwerken in totaal mag duren"_s};
const HelpRow EnvKeyPassword{u"FLEXWONEN_KEY_PASSWORD"_s,
                             u"het wachtwoord van een versleutelde geheime sleutel; zonder deze "
                             "variabele vraagt het programma erom op de terminal (zonder echo)"_s};

const HelpRow FileProfile{u"~/.local/share/flexwonen/"_s,
                          u"het profiel: content.sqlite (de kennisbank) en personal.sqlite "
                          "(bladwijzers, notities, geschiedenis); alleen gelezen, tenzij het "
                          "werkwoord iets bijwerkt"_s};
const HelpRow FileSettings{u"~/.config/flexwonen/flexwonen.conf"_s,
                           u"de instellingen van de gebruiker; /etc/xdg/flexwonen/flexwonen.conf "
                           "die van de beheerder (de groep [updates] met feed_url, trust en "
                           "ca_certificates)"_s};

const OptionHelp OptProfile{u"profile"_s, u"MAP"_s,
                            u"een andere gegevensmap dan de standaardmap (ook: "
                            "FLEXWONEN_PROFILE)"_s};
const OptionHelp OptKb{u"kb"_s, u"BESTAND"_s,
                       u"deze kennisbank alleen-lezen openen in plaats van die van het profiel"_s};
const OptionHelp OptJson{u"json"_s, {}, u"machineleesbare uitvoer (JSON) op stdout"_s};
const OptionHelp OptForce{u"force"_s,
                          {},
                          u"een bestaand BESTAND vervangen (een symbolische koppeling wordt zelf "
                          "vervangen, nooit beschreven); standaard weigert het programma"_s};

const HelpRow ExitOk{u"0"_s, u"gelukt"_s};
const HelpRow ExitFail{u"1"_s, u"fout; de reden staat in één regel op stderr"_s};
const HelpRow ExitUsage{u"64"_s, u"verkeerde opdrachtregel (een onbekende optie, een ontbrekend "
                                 "argument)"_s};

// The options of export and export-pdf, which differ only in how the format is chosen.
QList<OptionHelp> reportOptions(const QString &outputText)
{
    return {
        OptProfile,
        OptKb,
        {u"region"_s, u"ID"_s,
         u"rapport: regio-overzicht voor de raad; met --search: alleen deze regio"_s},
        {u"municipality"_s, u"NAAM"_s,
         u"bij --region: deze gemeente van de regio gemarkeerd op de kaart en in de lijst"_s},
        {u"dossier"_s, u"ID"_s,
         u"rapport: alle documenten van een dossier, met inhoudsopgave; met --search: alleen "
         "dit dossier"_s},
        {u"pilot"_s, u"ID|alle"_s, u"rapport: één pilot, of alle pilots"_s},
        {u"search"_s, u"TEKST"_s, u"rapport: de zoekresultaten van TEKST"_s},
        {u"type"_s, u"T"_s,
         u"bij --search: alleen items van dit type (bijvoorbeeld pilot of pilots)"_s},
        {u"items"_s, u"ID,ID…"_s, u"rapport: een eigen selectie, in deze volgorde"_s},
        {u"note"_s, u"TEKST"_s, u"bij --items: een toelichting bovenaan"_s},
        {u"output"_s, u"BESTAND"_s, outputText, u"o"_s},
        {u"title"_s, u"TITEL"_s,
         u"eigen titel voor kopregel en documenteigenschappen (standaard: de titel van het "
         "rapport)"_s},
        {u"author"_s, u"NAAM"_s, u"auteur (standaard: geen)"_s},
        {u"organisation"_s, u"NAAM"_s, u"organisatie (standaard: geen)"_s},
        {u"department"_s, u"NAAM"_s, u"afdeling (standaard: geen)"_s},
        {u"status"_s, u"concept|definitief"_s,
         u"standaard concept; een concept zegt dat onder de titel"_s},
        OptForce,
    };
}

const QStringList ReportDescription = {
    u"Kies precies één rapport: --region, --dossier, --pilot, --search of --items. Met "
    "--search filteren --type, --region en --dossier de zoekresultaten in plaats van zelf een "
    "rapport te kiezen. De gegevens van het rapport (titel, auteur, organisatie, afdeling, "
    "status) onthoudt de opdrachtregel niet."_s,
    u"Het bestand wordt compleet geschreven of helemaal niet: een half bestand blijft nooit "
    "achter. Er is geen beeldscherm nodig."_s,
};

QList<VerbHelp> buildManuals()
{
    QList<VerbHelp> list;
    list.append({
        u"info"_s,
        u"toont versie en inhoud van de kennisbank"_s,
        {u"De versie van de kennisbank, het volgnummer van de laatste update, waar ze vandaan "
         "komt (meegeleverd, bijgewerkt uit de feed, of een bestand met --kb) en het aantal "
         "items per type."_s},
        {OptProfile, OptKb, OptJson},
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"info"_s, u"de kennisbank van het eigen profiel"_s},
         {u"info --kb kb.sqlite --json"_s, u"een los bestand, als JSON"_s}},
    });
    list.append({
        u"list"_s,
        u"somt de items van een type op"_s,
        {u"Eén regel per item: id, titel en de belangrijkste velden, gescheiden door tabs. TYPE "
         "is een van: regions, dossiers, pilots, documents, events, organisations, faq, news, "
         "pages. Bij events staat ook of de activiteit voorbij is."_s},
        {OptProfile,
         OptKb,
         OptJson,
         {u"region"_s, u"ID"_s, u"alleen items van deze regio (standaard: alle regio's)"_s},
         {u"dossier"_s, u"ID"_s, u"alleen items van dit dossier (standaard: alle dossiers)"_s}},
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"list pilots --region noord-holland-noord"_s, u"de pilots van één regio"_s},
         {u"list news --json"_s, u"het nieuws als JSON, voor een script"_s}},
    });
    list.append({
        u"show"_s,
        u"toont een item volledig"_s,
        {u"Het item ID met al zijn velden, de tekst (Markdown), bronnen met datum van "
         "raadplegen, kengetallen en de items waarnaar het verwijst."_s},
        {OptProfile, OptKb, OptJson},
        {ExitOk, {u"1"_s, u"fout, of het item bestaat niet"_s}, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"show nationale-verklaring-2012"_s, u"één nieuwsbericht"_s}},
    });
    list.append({
        u"search"_s,
        u"zoekt in de kennisbank"_s,
        {u"Zoekt met Nederlandse woordstammen (woning vindt ook woningen) in titels, "
         "samenvattingen en teksten, de beste treffer eerst. \"woorden tussen "
         "aanhalingstekens\" zoekt een zinsdeel, -woord sluit een woord uit, woord* zoekt op "
         "het begin. Zonder treffers stelt het programma een andere spelling voor."_s},
        {OptProfile,
         OptKb,
         OptJson,
         {u"limit"_s, u"N"_s, u"hoogstens N resultaten, 1 tot 1000 (standaard 20)"_s},
         {u"type"_s, u"T"_s,
          u"alleen items van dit type, enkelvoud of meervoud (pilot of pilots); standaard alle "
          "typen"_s},
         {u"region"_s, u"ID"_s, u"alleen items van deze regio"_s},
         {u"dossier"_s, u"ID"_s, u"alleen items van dit dossier"_s},
         {u"year"_s, u"JJJJ"_s, u"alleen items uit dit jaar"_s}},
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"search huisvesting arbeidsmigranten --limit 5"_s, u"de vijf beste treffers"_s},
         {u"search --type pilots --year 2013 -- -tijdelijk"_s,
          u"pilots uit 2013 zonder het woord tijdelijk (na -- is alles zoektekst)"_s}},
    });
    list.append({
        u"export"_s,
        u"schrijft een rapport als PDF of ODT"_s,
        QStringList{u"Schrijft een rapport uit de kennisbank. Het formaat volgt de extensie van "
                    "-o: .pdf (toegankelijke PDF: structuur, bladwijzers, koppelingen) of .odt "
                    "(OpenDocument, te bewerken in Word en LibreOffice)."_s} +
            ReportDescription,
        reportOptions(u"het bestand dat geschreven wordt; de extensie .pdf of .odt kiest het "
                      "formaat (verplicht)"_s),
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"export --region noord-holland-noord -o regio.pdf --status definitief"_s,
          u"een regio-overzicht voor de raad"_s},
         {u"export --items nationale-verklaring-2012,pilot-a -o selectie.odt --note "
          "\"Voor het overleg\""_s,
          u"een eigen selectie, te bewerken"_s}},
    });
    list.append({
        u"export-pdf"_s,
        u"schrijft een rapport als PDF"_s,
        QStringList{u"Als export, maar schrijft altijd een toegankelijke PDF, welke extensie "
                    "BESTAND ook heeft; een .odt-bestand schrijft export."_s} +
            ReportDescription,
        reportOptions(u"het PDF-bestand dat geschreven wordt (verplicht)"_s),
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"export-pdf --pilot alle -o pilots.pdf"_s, u"alle pilots in één PDF"_s}},
    });
    list.append({
        u"export-ics"_s,
        u"schrijft activiteiten uit de agenda als iCalendar-bestand"_s,
        {u"Schrijft activiteiten uit de agenda als iCalendar-bestand (RFC 5545), om te importeren "
         "in Outlook, Thunderbird, Google Agenda of de agenda van de telefoon. Een latere export "
         "van dezelfde activiteit werkt die in de agenda bij in plaats van haar te verdubbelen. "
         "Kies --event of --region."_s},
        {OptProfile,
         OptKb,
         {u"event"_s, u"ID"_s, u"één activiteit uit de agenda"_s},
         {u"region"_s, u"ID"_s, u"alle activiteiten van een regio met een datum"_s},
         {u"output"_s, u"BESTAND"_s,
          u"het bestand dat geschreven wordt, compleet of helemaal niet (verplicht)"_s, u"o"_s},
         OptForce},
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvBase, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"export-ics --region noord-holland-noord -o agenda.ics"_s,
          u"de agenda van een regio"_s}},
    });
    list.append({
        u"sync"_s,
        u"werkt de kennisbank bij uit de updatefeed"_s,
        {u"Haalt de nieuwe batches (of een snapshot) van de ondertekende feed, controleert de "
         "handtekeningen met de vertrouwde sleutel en past alles in één keer toe: de kennisbank "
         "is daarna bijgewerkt of onveranderd, nooit half. Zonder --feed en --trust gelden de "
         "instellingen van het venster (de groep [updates] in de instellingen)."_s,
         u"Een feed is een https-adres, http alleen naar de eigen computer (localhost), of een "
         "map (een netwerkschijf van de gemeente)."_s},
        {OptProfile,
         OptJson,
         {u"feed"_s, u"URL|MAP"_s, u"deze feed in plaats van de ingestelde"_s},
         {u"trust"_s, u"SLEUTEL"_s,
          u"deze publieke sleutel (minisign, .pub-bestand of de sleutel zelf) in plaats van de "
          "ingestelde"_s}},
        {ExitOk,
         {u"1"_s, u"fout op de eigen computer (schijf vol, profiel in gebruik)"_s},
         {u"2"_s, u"update geweigerd: handtekening, inhoud of volgorde klopt niet; niets is "
                  "toegepast"_s},
         {u"3"_s, u"de feed is niet bereikbaar (netwerk, server); later opnieuw proberen"_s},
         {u"64"_s, u"verkeerde opdrachtregel, of geen feed ingesteld"_s}},
        {EnvProfile, EnvCaCerts, EnvTimeout, EnvDeadline, EnvDebug, EnvLogging},
        {FileProfile, FileSettings},
        {{u"sync"_s, u"bijwerken met de instellingen van het venster"_s},
         {u"sync --feed https://kennisbank.flexwonen.nl/feed --trust flexwonen.pub --json"_s,
          u"een andere feed, met het resultaat als JSON"_s}},
    });
    list.append({
        u"verify-feed"_s,
        u"controleert een feed zonder iets toe te passen"_s,
        {u"Controleert de feed op URL of in MAP zoals sync dat doet (handtekeningen, "
         "sleutelbestanden, batches, snapshot, volgorde), zonder profiel en zonder iets toe te "
         "passen. Voor wie een feed publiceert of spiegelt."_s},
        {OptJson,
         {u"trust"_s, u"SLEUTEL"_s,
          u"de vertrouwde publieke sleutel (minisign, .pub-bestand of de sleutel zelf); "
          "standaard de sleutel van het Expertisecentrum die in het programma zit"_s}},
        {{u"0"_s, u"de feed is in orde"_s},
         {u"1"_s, u"fout op de eigen computer"_s},
         {u"2"_s, u"de feed is afgekeurd; de reden staat op stderr"_s},
         {u"3"_s, u"de feed is niet bereikbaar"_s},
         ExitUsage},
        {EnvCaCerts, EnvTimeout, EnvDebug, EnvLogging},
        {},
        {{u"verify-feed /srv/www/feed --trust flexwonen.pub"_s,
          u"een gespiegelde feed controleren voor hij online gaat"_s}},
    });
    list.append({
        u"publish"_s,
        u"bouwt en ondertekent de volgende versie van de feed"_s,
        {u"Leest de inhoud in --source (data/content), vergelijkt die met wat eerder is "
         "gepubliceerd (state/published.json in --out) en schrijft in --out de volgende batch, of "
         "een snapshot voor een nieuwe feed, met een head die met --key is ondertekend. Daarna "
         "controleert het programma de nieuwe boom zoals een client dat doet; pas dan wordt "
         "head.json vervangen. Een mislukte run laat de feed zoals hij was."_s,
         u"Naast de feed komt atom.xml: een Atom-feed (RFC 4287) van nieuws en agenda voor "
         "gewone feedlezers. Die is niet ondertekend en het programma leest hem zelf nooit."_s},
        {{u"source"_s, u"MAP"_s, u"de inhoud (data/content) (verplicht)"_s},
         {u"out"_s, u"MAP"_s, u"de feedboom die bijgewerkt wordt (verplicht)"_s},
         {u"key"_s, u"GEHEIM"_s, u"de geheime feed-sleutel (minisign) (verplicht)"_s},
         {u"expires-days"_s, u"N"_s,
          u"de head is N dagen geldig, 1 tot 400 (standaard 30); publiceer vaker dan dat"_s},
         {u"snapshot"_s, {}, u"ook een volledige snapshot schrijven bij dit volgnummer"_s},
         {u"seq"_s, u"N"_s,
          u"het volgnummer: bij een nieuwe feed het eerste (standaard 1), anders het volgende "
          "(een sprong vraagt --snapshot)"_s},
         {u"base-url"_s, u"URL"_s,
          u"het http(s)-adres waar de feed online staat; atom.xml verwijst er dan naar zichzelf "
          "(rel=\"self\"); standaard zonder die verwijzing"_s}},
        {{u"0"_s, u"gepubliceerd"_s},
         {u"1"_s, u"fout: onleesbare sleutel, fouten in de bronnen, schijf"_s},
         {u"2"_s, u"de eigen controle keurt de nieuwe feed af; er is niets gepubliceerd"_s},
         ExitUsage},
        {EnvKeyPassword, EnvDebug, EnvLogging},
        {{u"MAP/head.json"_s, u"de ondertekende ingang van de feed (met heads/, batches/, "
                              "snapshots/, keys/)"_s},
         {u"MAP/atom.xml"_s, u"de Atom-feed van nieuws en agenda"_s},
         {u"MAP/state/published.json"_s, u"wat er gepubliceerd is; hoeft niet op de server"_s}},
        {{u"publish --source data/content --out /srv/www/feed --key feed.key"_s,
          u"de volgende versie publiceren"_s},
         {u"publish --source data/content --out feed --key feed.key --base-url "
          "https://kennisbank.flexwonen.nl/feed"_s,
          u"met een Atom-feed die zijn eigen adres kent"_s}},
    });
    list.append({
        u"publish-keys"_s,
        u"maakt en ondertekent het volgende sleutelbestand van de feed"_s,
        {u"Schrijft keys/<v>.json, ondertekend met de root-sleutel: welke feed-sleutel de "
         "heads ondertekent, vanaf welk volgnummer, en eventueel een nieuwe root-sleutel. Een "
         "bestaand sleutelbestand wordt nooit overschreven. Publiceer daarna een head met de "
         "feed-sleutel (publish)."_s},
        {{u"root-key"_s, u"GEHEIM"_s, u"de geheime root-sleutel (minisign) (verplicht)"_s},
         {u"out"_s, u"MAP"_s, u"de feedboom (verplicht)"_s},
         {u"feed-pub"_s, u"SLEUTEL.pub"_s,
          u"de publieke feed-sleutel die vanaf nu de heads ondertekent (standaard: de "
          "feed-sleutels van het huidige sleutelbestand blijven)"_s},
         {u"seq-floor"_s, u"N"_s,
          u"clients aanvaarden geen head onder dit volgnummer meer (standaard: het gepubliceerde "
          "volgnummer als de feed-sleutels wisselen)"_s},
         {u"expires-days"_s, u"N"_s, u"het sleutelbestand is N dagen geldig (standaard 365)"_s},
         {u"new-root-key"_s, u"GEHEIM"_s,
          u"een nieuwe root-sleutel aankondigen, ondertekend door de oude en de nieuwe"_s}},
        {{u"0"_s, u"geschreven"_s}, ExitFail, ExitUsage},
        {EnvKeyPassword, EnvDebug, EnvLogging},
        {{u"MAP/keys/<v>.json"_s, u"het nieuwe sleutelbestand, met .minisig"_s}},
        {{u"publish-keys --root-key root.key --out feed --feed-pub feed.pub"_s,
          u"een nieuwe feed-sleutel in gebruik nemen"_s}},
    });
    list.append({
        u"personal-export"_s,
        u"schrijft de persoonlijke gegevens naar een JSON-bestand"_s,
        {u"Bladwijzers, notities, geschiedenis, bewaarde zoekopdrachten en de rapportmand naar "
         "BESTAND. Het bestand is voor een nieuwe pc: personal-import voegt het daar samen met "
         "wat er al is."_s},
        {OptProfile, OptJson},
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"personal-export ~/mijn-flexwonen.json"_s, u"voor de overstap naar een nieuwe pc"_s}},
    });
    list.append({
        u"personal-import"_s,
        u"voegt persoonlijke gegevens uit een export samen"_s,
        {u"Voegt BESTAND (van personal-export) samen met het profiel; niets gaat verloren. "
         "Bladwijzers, zoekopdrachten en de rapportmand krijgen wat ze missen; van twee "
         "notities bij hetzelfde item blijft de nieuwste; de geschiedenis wordt "
         "samengevoegd."_s},
        {OptProfile, OptJson},
        {ExitOk, ExitFail, ExitUsage},
        {EnvProfile, EnvDebug, EnvLogging},
        {FileProfile},
        {{u"personal-import ~/mijn-flexwonen.json"_s, u"op de nieuwe pc"_s}},
    });
    list.append({
        u"check-content"_s,
        u"meldt alle problemen van een map met inhoud"_s,
        {u"Controleert elk .md-bestand onder MAP (bijvoorbeeld data/content) en meldt alle "
         "problemen tegelijk, gesorteerd op bestand en regel, als BESTAND:REGEL: melding:\n"
         "  - de front matter: '---'-regels, geldige JSON, geen veld twee keer;\n"
         "  - de velden: verplichte velden, soorten, datums, id gelijk aan de bestandsnaam;\n"
         "  - de samenhang: verwijzingen, regio's en dossiers die bestaan, ids die één keer "
         "voorkomen, een gemeente in één regio;\n"
         "  - de inhoudsregels: elke bron heeft een datum van raadplegen (\"accessed\") die "
         "niet na vandaag ligt; geen adres op een spiegelsite (data/mirror-domains.txt); geen "
         "bron die alleen de startpagina https://flexwonen.nl/ is; een item dat alleen op de "
         "aankondiging van 2012 steunt, zegt \"volgens de aankondiging van 29 maart 2012\"."_s,
         u"Met --review-against BASISMAP ook wat nieuw is ten opzichte van BASISMAP (de "
         "controle in CI): nieuwe kengetallen met een ontbrekende, ongedateerde of gespiegelde "
         "bron; nieuwe alinea's met een getal (een percentage, een bedrag in euro, een aantal "
         "van 100 of meer) of een citaat (4 of meer woorden tussen aanhalingstekens, of een "
         "regel die met '>' begint) zonder bron in dezelfde alinea (een link, of 'volgens' of "
         "'bron'); nieuwe adressen op een spiegelsite."_s,
         u"--json geeft {\"files\": N, \"problems\": [{\"file\", \"line\", \"check\", "
         "\"review\", \"message\"}]}; \"line\" 0 betekent het bestand als geheel. \"check\" is "
         "een van: bestand, veld, samenhang, bron-datum, spiegelsite, startpagina, voorbehoud "
         "(\"review\": false) en nieuw-kengetal, nieuw-getal, nieuw-citaat, nieuw-spiegeladres "
         "(\"review\": true). Uitleg voor redacteuren: docs/redactie.md."_s},
        {OptJson,
         {u"review-against"_s, u"MAP"_s,
          u"ook melden wat nieuw is ten opzichte van deze basismap (standaard: niet)"_s}},
        {{u"0"_s, u"geen problemen"_s},
         {u"1"_s, u"problemen gevonden"_s},
         {u"2"_s,
          u"de controle kon niet draaien (een map die niet bestaat, een verkeerde optie)"_s}},
        {EnvDebug, EnvLogging},
        {{u"data/mirror-domains.txt"_s,
          u"de lijst van spiegelsites; de versie die in het programma is meegebouwd telt"_s}},
        {{u"check-content data/content"_s, u"alle problemen van de inhoud"_s},
         {u"check-content data/content --review-against /tmp/basis/data/content"_s,
          u"ook wat nieuw is ten opzichte van de vorige versie"_s}},
    });
    return list;
}

} // namespace

const QList<VerbHelp> &verbManuals()
{
    static const QList<VerbHelp> manuals = buildManuals();
    return manuals;
}

const VerbHelp &programManual()
{
    static const VerbHelp manual{
        {},
        u"kennisbank flexwonen en huisvesting van arbeidsmigranten"_s,
        {u"Zonder werkwoord opent het venster: de kennisbank van het Expertisecentrum Flexwonen "
         "over huisvesting van arbeidsmigranten, met regio's, dossiers, pilots, documenten, "
         "agenda en nieuws, die ook zonder netwerk werkt. Met een werkwoord doet het programma "
         "één taak op de opdrachtregel en sluit af; de opdrachtregel is altijd Nederlands. "
         "Elk werkwoord heeft zijn eigen hulptekst: flexwonen WERKWOORD --help, en zijn eigen "
         "man-pagina: man flexwonen-WERKWOORD."_s,
         u"Het venster neemt ook de standaardopties van Qt aan (-style, -reverse, -platform, "
         "…); werkwoorden negeren ze."_s},
        {{u"profile"_s, u"MAP"_s,
          u"een andere gegevensmap dan ~/.local/share/flexwonen (ook: FLEXWONEN_PROFILE)"_s},
         {u"kb"_s, u"BESTAND"_s,
          u"deze kennisbank alleen-lezen openen in plaats van die van het profiel"_s},
         {u"content"_s, u"MAP"_s,
          u"het venster op een inhoudsmap (data/content) openen als voorbeeld; het venster "
          "volgt elke wijziging in de map; niet samen met --kb of --profile"_s},
         {u"lang"_s, u"nl|en"_s,
          u"taal van het venster (ook: FLEXWONEN_LANG; standaard nl, of de bewaarde keuze)"_s},
         {u"version"_s, {}, u"versie tonen"_s, u"v"_s}},
        {{u"0"_s, u"gelukt (of het venster is gewoon gesloten)"_s},
         ExitFail,
         ExitUsage,
         {u"2, 3"_s, u"zie sync en verify-feed; check-content gebruikt 2 voor een verkeerde "
                     "opdrachtregel"_s}},
        {EnvProfile,
         {u"FLEXWONEN_LANG"_s, u"de taal van het venster, nl of en, als --lang ontbreekt"_s},
         EnvBase,
         EnvCaCerts,
         EnvKeyPassword,
         EnvDebug,
         EnvLogging},
        {FileProfile, FileSettings},
        {{u"--lang en"_s, u"het venster in het Engels"_s},
         {u"--content data/content"_s, u"een voorbeeld van de inhoud voor redacteuren"_s},
         {u"search woningen --limit 5"_s, u"zoeken op de opdrachtregel"_s}},
    };
    return manual;
}

const VerbHelp *verbManual(const QString &verb)
{
    for (const VerbHelp &help : verbManuals()) {
        if (help.name == verb)
            return &help;
    }
    return nullptr;
}

QList<OptionHelp> helpOptions(const VerbHelp &help)
{
    QList<OptionHelp> options = help.options;
    options.append({u"help"_s, {}, u"deze hulptekst tonen"_s, u"h"_s});
    return options;
}

} // namespace Flexwonen::Cli
