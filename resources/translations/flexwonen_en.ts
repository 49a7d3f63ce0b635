<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Flexwonen::Kb</name>
    <message>
        <source>1 gemeente</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <source>%1 gemeenten</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vraag en antwoord</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Nieuws</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Handreiking</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Beleidsregel</source>
        <translation>Policy rule</translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Onderzoek</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>Praktijkvoorbeeld</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>Kamerbrief</source>
        <translation>Letter to Parliament</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Wet</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Bron: %1.</source>
        <translation>Source: %1.</translation>
    </message>
    <message>
        <source>Flexwonen Kennisbank van %1 (volgnummer %2).</source>
        <translation>Flexwonen Kennisbank of %1 (sequence number %2).</translation>
    </message>
    <message>
        <source>Flexwonen Kennisbank (volgnummer %1).</source>
        <translation>Flexwonen Kennisbank (sequence number %1).</translation>
    </message>
    <message>
        <source>peiljaar %1</source>
        <translation>reference year %1</translation>
    </message>
    <message>
        <source>gemeente %1</source>
        <translation>municipality %1</translation>
    </message>
    <message>
        <source>initiatief: %1</source>
        <translation>initiative: %1</translation>
    </message>
    <message>
        <source>regio %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>geldig per %1</source>
        <translation>valid from %1</translation>
    </message>
    <message>
        <source>Niet volledig zeker</source>
        <translation>Not entirely certain</translation>
    </message>
    <message>
        <source>Onzeker</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Alleen bekend uit de aankondiging van 29 maart 2012</source>
        <translation>Known only from the announcement of 29 March 2012</translation>
    </message>
    <message>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Gemeenten (%1, peiljaar %2)</source>
        <translation>Municipalities (%1, reference year %2)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Zie ook</source>
        <translation>See also</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>voorbij</source>
        <translation>past</translation>
    </message>
    <message>
        <source>komt nog</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>1 organisatie</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>%1 organisaties</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <source>Vragen en antwoorden</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Nieuws %1</source>
        <translation>News %1</translation>
    </message>
    <message>
        <source>Nieuws zonder datum</source>
        <translation>Undated news</translation>
    </message>
    <message>
        <source>Het expertisecentrum</source>
        <translation>The expertise centre</translation>
    </message>
    <message>
        <source>Ondertekenaars</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Partners en deelnemers</source>
        <translation>Partners and participants</translation>
    </message>
    <message>
        <source>Overheid</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Keurmerken</source>
        <translation>Quality marks</translation>
    </message>
    <message>
        <source>Kennisinstituten</source>
        <translation>Knowledge institutes</translation>
    </message>
    <message>
        <source>Aanbieders</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>Bron: %1 (geraadpleegd op %2).</source>
        <translation>Source: %1 (accessed %2).</translation>
    </message>
    <message>
        <source>geraadpleegd op %1</source>
        <translation>accessed %1</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Report::NlMap</name>
    <message>
        <source>Kaart: gemeentegrenzen 2012, Kadaster / CBS (CBS Gebiedsindelingen via PDOK, gegeneraliseerd en vereenvoudigd; CC BY 4.0), via cartomap/nl.</source>
        <translation>Map: municipal boundaries 2012, Kadaster / CBS (CBS Gebiedsindelingen via PDOK, generalised and simplified; CC BY 4.0), via cartomap/nl.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Sync::SyncService</name>
    <message>
        <source>laatst bijgewerkt op %1</source>
        <translation>last updated on %1</translation>
    </message>
    <message>
        <source>nog nooit bijgewerkt</source>
        <translation>never updated</translation>
    </message>
    <message>
        <source>De updatefeed is verouderd of bevroren; de inhoud kan achterlopen (%1).</source>
        <translation>The update feed is outdated or frozen; the content may be behind (%1).</translation>
    </message>
    <message>
        <source>Een update is geweigerd (%1): %2 De kennisbank blijft bruikbaar (%3).</source>
        <translation>An update was refused (%1): %2 The knowledge base remains usable (%3).</translation>
    </message>
    <message>
        <source>De kennisbank is al meer dan %1 dagen niet bijgewerkt (%2).</source>
        <translation>The knowledge base has not been updated for more than %1 days (%2).</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui</name>
    <message>
        <source>Kan niet starten</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>Hersteld</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>De kennisbank is nieuwer dan deze versie van de app. Werk Flexwonen Kennisbank bij.</source>
        <translation>The knowledge base is newer than this version of the app. Please update Flexwonen Kennisbank.</translation>
    </message>
    <message>
        <source>De kennisbank kan niet worden geopend of is beschadigd.</source>
        <translation>The knowledge base cannot be opened or is damaged.</translation>
    </message>
    <message>
        <source>De meegeleverde kennisbank ontbreekt. Installeer de app opnieuw.</source>
        <translation>The knowledge base that comes with the app is missing. Please reinstall the app.</translation>
    </message>
    <message>
        <source>De gegevensmap kan niet worden gelezen of beschreven.</source>
        <translation>The data folder cannot be read or written.</translation>
    </message>
    <message>
        <source>Flexwonen Kennisbank kan niet starten.</source>
        <translation>Flexwonen Kennisbank cannot start.</translation>
    </message>
    <message>
        <source>Een probleem in de gegevensmap is hersteld.</source>
        <translation>A problem in the data folder has been repaired.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::AboutDialog</name>
    <message>
        <source>Over Flexwonen Kennisbank</source>
        <translation>About Flexwonen Kennisbank</translation>
    </message>
    <message>
        <source>Flexwonen Kennisbank %1</source>
        <translation>Flexwonen Kennisbank %1</translation>
    </message>
    <message>
        <source>Kennis over goede tijdelijke huisvesting van EU-arbeidsmigranten, offline op uw eigen computer.</source>
        <translation>Knowledge about good temporary housing for EU labour migrants, offline on your own computer.</translation>
    </message>
    <message>
        <source>in het bestand LICENSE bij het programma en op %1</source>
        <translation>in the file LICENSE that comes with the program and at %1</translation>
    </message>
    <message>
        <source>in %1 en op %2</source>
        <translation>in %1 and at %2</translation>
    </message>
    <message>
        <source>&amp;Licenties en bronnen: onderdelen van anderen die het programma gebruikt, met hun licentie</source>
        <translation>&amp;Licences and sources: components by others that the program uses, with their licences</translation>
    </message>
    <message>
        <source>Licenties en bronnen</source>
        <translation>Licences and sources</translation>
    </message>
    <message>
        <source>De licenties en auteursrechten van de onderdelen van anderen, en van de kaart</source>
        <translation>The licences and copyrights of the components by others, and of the map</translation>
    </message>
    <message>
        <source>Bronvermelding van de kaart</source>
        <translation>Map credit</translation>
    </message>
    <message>
        <source>Vrije software onder de licentie %1 (Openbare Licentie van de Europese Unie, versie 1.2). De volledige tekst staat %2.</source>
        <translation>Free software under the licence %1 (European Union Public Licence, version 1.2). The full text is %2.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::AccessibleNames</name>
    <message>
        <source>Panelen</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Tekst wissen</source>
        <translation>Clear text</translation>
    </message>
    <message>
        <source>Meer knoppen</source>
        <translation>More buttons</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::AgendaActions</name>
    <message>
        <source>Aan agenda toevoegen</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <source>iCalendar-bestanden (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Aan a&amp;genda toevoegen (.ics)…</source>
        <translation>Add to ca&amp;lendar (.ics)…</translation>
    </message>
    <message>
        <source>Deze activiteit opslaan als iCalendar-bestand voor Outlook, Thunderbird of de telefoon</source>
        <translation>Save this event as an iCalendar file for Outlook, Thunderbird or a phone</translation>
    </message>
    <message>
        <source>Agenda van deze &amp;regio exporteren (.ics)…</source>
        <translation>Export this &amp;region&apos;s agenda (.ics)…</translation>
    </message>
    <message>
        <source>Alle activiteiten van deze regio opslaan als één iCalendar-bestand</source>
        <translation>Save all events of this region as one iCalendar file</translation>
    </message>
    <message>
        <source>Aan&amp;melden…</source>
        <translation>Re&amp;gister…</translation>
    </message>
    <message>
        <source>Een e-mail aan de organisator opstellen om u aan te melden</source>
        <translation>Write an e-mail to the organiser to register</translation>
    </message>
    <message>
        <source>Deze activiteit noemt geen e-mailadres om u aan te melden.</source>
        <translation>This event names no e-mail address to register with.</translation>
    </message>
    <message>
        <source>Er is geen e-mailprogramma gevonden om de aanmelding op te stellen.</source>
        <translation>No e-mail program was found to write the registration.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::AgendaDock</name>
    <message>
        <source>Agenda</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::AgendaModel</name>
    <message>
        <source>Komend (%1)</source>
        <translation>Upcoming (%1)</translation>
    </message>
    <message>
        <source>Voorbij (%1)</source>
        <translation>Past (%1)</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::AppearancePage</name>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>De taal van menu&apos;s, vensters en meldingen.</source>
        <translation>The language of menus, windows and messages.</translation>
    </message>
    <message>
        <source>De inhoud van de kennisbank en de rapporten blijven Nederlands.</source>
        <translation>The content of the knowledge base and the reports stay Dutch.</translation>
    </message>
    <message>
        <source>T&amp;hema:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>De kleuren van het venster; rapporten blijven licht, zoals ze worden gedrukt.</source>
        <translation>The colours of the window; reports stay light, as they are printed.</translation>
    </message>
    <message>
        <source>Te&amp;kstgrootte:</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <source>De grootte van de tekst in de lezer, ook met Ctrl+plus en Ctrl+min.</source>
        <translation>The size of the text in the reader, also with Ctrl+plus and Ctrl+minus.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::BackMenu</name>
    <message>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>%1 (niet gevonden)</source>
        <translation>%1 (not found)</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::BarChartWidget</name>
    <message>
        <source>Staafdiagram van de kerncijfers</source>
        <translation>Bar chart of the key figures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::BasketDock</name>
    <message>
        <source>Rapportmand</source>
        <translation>Report basket</translation>
    </message>
    <message>
        <source>In de volgorde van het rapport; Alt+Omhoog en Alt+Omlaag verplaatsen het gekozen item, Delete haalt het weg, Enter opent het</source>
        <translation>In the order of the report; Alt+Up and Alt+Down move the chosen item, Delete removes it, Enter opens it</translation>
    </message>
    <message>
        <source>&amp;Begeleidende notitie:</source>
        <translation>Cover &amp;note:</translation>
    </message>
    <message>
        <source>Begeleidende notitie</source>
        <translation>Cover note</translation>
    </message>
    <message>
        <source>Komt als toelichting vooraan in het rapport</source>
        <translation>Comes first in the report, as its introduction</translation>
    </message>
    <message>
        <source>&amp;Rapport maken…</source>
        <translation>Make &amp;report…</translation>
    </message>
    <message>
        <source>1 verwijderd item komt niet in het rapport.</source>
        <translation>1 removed item is left out of the report.</translation>
    </message>
    <message>
        <source>%1 verwijderde items komen niet in het rapport.</source>
        <translation>%1 removed items are left out of the report.</translation>
    </message>
    <message>
        <source>De rapportmand heeft geen items voor een rapport. Voeg items toe met Ctrl+B of het contextmenu van een lijst.</source>
        <translation>The report basket has no items for a report. Add items with Ctrl+B or a list&apos;s context menu.</translation>
    </message>
    <message>
        <source>1 verwijderd item uit de rapportmand komt niet in het rapport.</source>
        <translation>1 removed item in the report basket is left out of the report.</translation>
    </message>
    <message>
        <source>%1 verwijderde items uit de rapportmand komen niet in het rapport.</source>
        <translation>%1 removed items in the report basket are left out of the report.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::BookmarksDock</name>
    <message>
        <source>Bladwijzers</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Nieuwe &amp;map</source>
        <translation>New &amp;folder</translation>
    </message>
    <message>
        <source>Nieuwe map</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>“%1” staat niet meer in de kennisbank: een update heeft het verwijderd.</source>
        <translation>“%1” is no longer in the knowledge base: an update removed it.</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Openen in nieuw &amp;tabblad</source>
        <translation>Open in new &amp;tab</translation>
    </message>
    <message>
        <source>&amp;Verplaatsen naar</source>
        <translation>&amp;Move to</translation>
    </message>
    <message>
        <source>(bovenste niveau)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Bladwijzer ver&amp;wijderen</source>
        <translation>&amp;Remove bookmark</translation>
    </message>
    <message>
        <source>&amp;Naam wijzigen</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Map &amp;verwijderen</source>
        <translation>&amp;Remove folder</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::BrowseDock</name>
    <message>
        <source>Bladeren</source>
        <translation>Browse</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ContentProblemsBar</name>
    <message>
        <source>Fouten in de inhoudsmap</source>
        <translation>Problems in the content folder</translation>
    </message>
    <message>
        <source>De inhoudsmap bevat fouten; het venster toont de laatste versie zonder fouten. Herstel het bestand en sla het op (F6: naar deze lijst).</source>
        <translation>The content folder has problems; the window shows the last version without problems. Fix the file and save it (F6: to this list).</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::DossiersDock</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ErrorReporter</name>
    <message>
        <source>onverwachte fout (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
    <message>
        <source>Dit onderdeel kan niet worden getoond.</source>
        <translation>This cannot be shown.</translation>
    </message>
    <message>
        <source>De lijsten kunnen niet worden bijgewerkt.</source>
        <translation>The lists cannot be updated.</translation>
    </message>
    <message>
        <source>De bijgewerkte kennisbank kan niet worden geopend; de vorige blijft in gebruik.</source>
        <translation>The updated knowledge base cannot be opened; the previous one stays in use.</translation>
    </message>
    <message>
        <source>Zoeken is mislukt.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <source>Het rapport kan niet worden gemaakt.</source>
        <translation>The report cannot be made.</translation>
    </message>
    <message>
        <source>Uw bladwijzers, notities en geschiedenis konden niet worden opgeslagen; ze blijven bewaard en worden opnieuw opgeslagen bij de volgende wijziging.</source>
        <translation>Your bookmarks, notes and history could not be saved; they are kept and saved again with the next change.</translation>
    </message>
    <message>
        <source>De persoonlijke gegevens konden niet worden overgezet.</source>
        <translation>The personal data could not be transferred.</translation>
    </message>
    <message>
        <source>De agenda kan niet worden geëxporteerd.</source>
        <translation>The agenda cannot be exported.</translation>
    </message>
    <message>
        <source>Aanmelden is niet gelukt.</source>
        <translation>Registering did not work.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ExportDialog</name>
    <message>
        <source>Rapport afdrukken of exporteren</source>
        <translation>Print or export a report</translation>
    </message>
    <message>
        <source>Regio-overzicht voor de raad</source>
        <translation>Regional overview for the council</translation>
    </message>
    <message>
        <source>Dossierrapport</source>
        <translation>Dossier report</translation>
    </message>
    <message>
        <source>Pilotoverzicht</source>
        <translation>Pilot overview</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Eigen rapport</source>
        <translation>Custom report</translation>
    </message>
    <message>
        <source>Alle pilots</source>
        <translation>All pilots</translation>
    </message>
    <message>
        <source>Zoektekst</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>Zoeken naar:</source>
        <translation>Search for:</translation>
    </message>
    <message>
        <source>Kies:</source>
        <translation>Choose:</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Rapport:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Vul een zoektekst in.</source>
        <translation>Enter a search text.</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pagina %1 van %2…</source>
        <translation>Page %1 of %2…</translation>
    </message>
    <message>
        <source>Het rapport is opgeslagen als %1 (%2 pagina&apos;s).</source>
        <translation>The report has been saved as %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Het rapport is opgeslagen als %1 (1 pagina).</source>
        <translation>The report has been saved as %1 (1 page).</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Gegevens van het rapport</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>De titel van het gekozen rapport</source>
        <translation>The title of the chosen report</translation>
    </message>
    <message>
        <source>Uw naam (optioneel)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Gemeente Breda</source>
        <translation>For example: Gemeente Breda</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Wonen</source>
        <translation>For example: Housing</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>PDF (toegankelijk, om te publiceren)</source>
        <translation>PDF (accessible, for publishing)</translation>
    </message>
    <message>
        <source>ODT (bewerkbaar in Word en LibreOffice)</source>
        <translation>ODT (editable in Word and LibreOffice)</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Auteur:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Afdeling:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Formaat:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Het rapport is opgeslagen als %1.</source>
        <translation>The report has been saved as %1.</translation>
    </message>
    <message>
        <source>Kies een bestandsnaam die eindigt op .pdf of .odt.</source>
        <translation>Choose a file name ending in .pdf or .odt.</translation>
    </message>
    <message>
        <source>Rapport opmaken…</source>
        <translation>Laying out the report…</translation>
    </message>
    <message>
        <source>OpenDocument-tekst (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Rapport exporteren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Pagina %1 van %2 afdrukken…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <source>Het rapport wordt in het Nederlands gemaakt, ook als het programma in een andere taal wordt getoond.</source>
        <translation>The report is made in Dutch, even when the program is shown in another language.</translation>
    </message>
    <message>
        <source>Gemeente %1 markeren op de kaart en in de lijst</source>
        <translation>Mark municipality %1 on the map and in the list</translation>
    </message>
    <message>
        <source>Welk rapport u maakt; de keuzes eronder horen erbij</source>
        <translation>Which report you make; the choices below belong to it</translation>
    </message>
    <message>
        <source>De regio van het regio-overzicht</source>
        <translation>The region of the regional overview</translation>
    </message>
    <message>
        <source>Het dossier van het rapport</source>
        <translation>The dossier of the report</translation>
    </message>
    <message>
        <source>Eén pilot, of alle pilots in het overzicht</source>
        <translation>One pilot, or all pilots in the overview</translation>
    </message>
    <message>
        <source>De status van het rapport, op het voorblad</source>
        <translation>The status of the report, on the cover page</translation>
    </message>
    <message>
        <source>Het bestandsformaat van de export</source>
        <translation>The file format of the export</translation>
    </message>
    <message>
        <source>Leeg: de titel van het gekozen rapport</source>
        <translation>Empty: the title of the chosen report</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::FindBar</name>
    <message>
        <source>Zoeken in pagina:</source>
        <translation>Find in page:</translation>
    </message>
    <message>
        <source>Zoeken in pagina</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Woorden in deze pagina</source>
        <translation>Words in this page</translation>
    </message>
    <message>
        <source>Treffers</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Vorige treffer (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Vorige treffer</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Volgende treffer (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Volgende treffer</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Zoeken in pagina sluiten</source>
        <translation>Close find in page</translation>
    </message>
    <message>
        <source>Geen treffers</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::HistoryMenu</name>
    <message>
        <source>&amp;Geschiedenis</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>(nog niets bekeken)</source>
        <translation>(nothing viewed yet)</translation>
    </message>
    <message>
        <source>Geschiedenis &amp;wissen…</source>
        <translation>&amp;Clear history…</translation>
    </message>
    <message>
        <source>Geschiedenis wissen</source>
        <translation>Clear history</translation>
    </message>
    <message>
        <source>Alle bekeken pagina&apos;s uit de geschiedenis wissen?</source>
        <translation>Clear all viewed pages from the history?</translation>
    </message>
    <message>
        <source>Bladwijzers, notities en open tabbladen blijven bewaard.</source>
        <translation>Bookmarks, notes and open tabs are kept.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::HitDelegate</name>
    <message>
        <source>Ontbreekt: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ItemDocument</name>
    <message>
        <source># Niet gevonden

Het item *%1* staat niet in deze kennisbank.</source>
        <translation># Not found

The item *%1* is not in this knowledge base.</translation>
    </message>
    <message>
        <source>## Gerelateerd

Deze items verwijzen hiernaar:

</source>
        <translation>## Related

These items refer to this one:

</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ItemRowMenu</name>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Openen in nieuw &amp;tabblad</source>
        <translation>Open in new &amp;tab</translation>
    </message>
    <message>
        <source>Kopieer &amp;bronvermelding</source>
        <translation>Copy &amp;citation</translation>
    </message>
    <message>
        <source>Bladwijzer &amp;verwijderen</source>
        <translation>Remove &amp;bookmark</translation>
    </message>
    <message>
        <source>Bladwijzer toe&amp;voegen</source>
        <translation>Add &amp;bookmark</translation>
    </message>
    <message>
        <source>In &amp;rapportmand</source>
        <translation>Add to report &amp;basket</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::MainWindow</name>
    <message>
        <source>Flexwonen Kennisbank</source>
        <translation>Flexwonen Kennisbank</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Terug (Alt+Links)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Vooruit →</source>
        <translation>&amp;Forward →</translation>
    </message>
    <message>
        <source>Vooruit (Alt+Rechts)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Startpagina</source>
        <translation>&amp;Home page</translation>
    </message>
    <message>
        <source>Nieuw &amp;tabblad</source>
        <translation>New &amp;tab</translation>
    </message>
    <message>
        <source>Tabblad &amp;sluiten</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Standaardindeling &amp;herstellen</source>
        <translation>&amp;Restore default layout</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Afdruk&amp;voorbeeld…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Flexwonen Kennisbank</source>
        <translation>&amp;About Flexwonen Kennisbank</translation>
    </message>
    <message>
        <source>Bezig met zoeken</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Zoeken in &amp;pagina (Ctrl+F in de tekst)</source>
        <translation>Find in &amp;page (Ctrl+F in the text)</translation>
    </message>
    <message>
        <source>&amp;Exporteren als PDF of ODT…</source>
        <translation>&amp;Export as PDF or ODT…</translation>
    </message>
    <message>
        <source>&amp;Ga naar paneel</source>
        <translation>&amp;Go to pane</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Regio&apos;s en gemeenten</source>
        <translation>&amp;Regions and municipalities</translation>
    </message>
    <message>
        <source>Vragen en &amp;antwoorden</source>
        <translation>Questions and &amp;answers</translation>
    </message>
    <message>
        <source>Partners en &amp;organisaties</source>
        <translation>Partners and &amp;organisations</translation>
    </message>
    <message>
        <source>&amp;Nieuwsarchief</source>
        <translation>&amp;News archive</translation>
    </message>
    <message>
        <source>&amp;Marktplaats</source>
        <translation>&amp;Marketplace</translation>
    </message>
    <message>
        <source>Pa&amp;gina&apos;s</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Versie van de kennisbank: volgnummer %1</source>
        <translation>Knowledge base version: sequence number %1</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Agenda opgeslagen: %1</source>
        <translation>Agenda saved: %1</translation>
    </message>
    <message>
        <source>&amp;Bladwijzer</source>
        <translation>&amp;Bookmark</translation>
    </message>
    <message>
        <source>Bladwijzer aan of uit (Ctrl+D)</source>
        <translation>Bookmark on or off (Ctrl+D)</translation>
    </message>
    <message>
        <source>In &amp;rapportmand</source>
        <translation>Add to report &amp;basket</translation>
    </message>
    <message>
        <source>Voorbeeld van inhoudsmap %1</source>
        <translation>Preview of content folder %1</translation>
    </message>
    <message>
        <source>%1 (voorbeeld van %2)</source>
        <translation>%1 (preview of %2)</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ManualDialog</name>
    <message>
        <source>Flexwonen Kennisbank</source>
        <translation>Flexwonen Kennisbank</translation>
    </message>
    <message>
        <source>De kennisbank van het Expertisecentrum Flexwonen voor Arbeidsmigranten: regio&apos;s, dossiers, documenten, pilots, agenda en nieuws over goede tijdelijke huisvesting van EU-arbeidsmigranten. Alles staat op uw eigen computer en werkt ook zonder internet.</source>
        <translation>The knowledge base of the Expertisecentrum Flexwonen voor Arbeidsmigranten (expertise centre for flexible housing for labour migrants): regions, dossiers, documents, pilots, calendar and news about good temporary housing for EU labour migrants. Everything is on your own computer and also works without internet. The content is in Dutch.</translation>
    </message>
    <message>
        <source>Drie manieren om te beginnen</source>
        <translation>Three ways to start</translation>
    </message>
    <message>
        <source>Een regio bekijken: kies een regio op de kaart van de startpagina of in het paneel Regio&apos;s (Alt+1). U ziet de gemeenten, de kerncijfers, de afspraken en alles wat over die regio gaat.</source>
        <translation>Look at a region: choose a region on the map of the home page or in the Regions pane (Alt+1). You see its municipalities, key figures, agreements and everything about that region.</translation>
    </message>
    <message>
        <source>De dossiers doorzoeken: druk op Ctrl+K, typ een woord (bijvoorbeeld ‘keurmerk’ of een gemeente) en kies een suggestie, of druk op Enter voor alle resultaten in het paneel Zoekresultaten; de naam van een gemeente en Enter openen meteen haar regio. Daar kunt u filteren op soort en regio.</source>
        <translation>Search the dossiers: press Ctrl+K, type a word (for example ‘keurmerk’ or a municipality) and choose a suggestion, or press Enter for all results in the Search results pane; a municipality’s name and Enter open its region right away. There you can filter by kind and region.</translation>
    </message>
    <message>
        <source>Een rapport maken: Bestand › Exporteren (Ctrl+E) maakt een PDF of ODT van het geopende onderwerp, een regio-overzicht of een eigen selectie; Afdrukken (Ctrl+P) drukt het af.</source>
        <translation>Make a report: File › Export (Ctrl+E) makes a PDF or ODT of the open topic, a regional overview or your own selection; Print (Ctrl+P) prints it. Reports are in Dutch.</translation>
    </message>
    <message>
        <source>Lezen en bewegen</source>
        <translation>Reading and moving around</translation>
    </message>
    <message>
        <source>Onderwerpen openen in de lezer rechts; met Ctrl+klik in een nieuw tabblad. Terug en vooruit gaan met Alt+Links en Alt+Rechts. F6 springt tussen het zoekveld, de panelen en de lezer; Help › Sneltoetsen toont alle toetsen.</source>
        <translation>Topics open in the reader on the right; with Ctrl+click in a new tab. Go back and forward with Alt+Left and Alt+Right. F6 moves between the search field, the panes and the reader; Help › Keyboard shortcuts shows all keys.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>De kennisbank wordt bijgewerkt via een ondertekende feed van het expertisecentrum. Bestand › Bijwerken haalt de nieuwste versie op; een update wordt alleen gebruikt als de handtekening klopt. Wat er veranderd is, leest u onder Wat is er nieuw.</source>
        <translation>The knowledge base is updated through a signed feed from the expertise centre. File › Update fetches the newest version; an update is only used when its signature is valid. What changed is listed under What’s new.</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::MapWidget</name>
    <message>
        <source>Kaart van Nederland met de acht regio&apos;s</source>
        <translation>Map of the Netherlands with the eight regions</translation>
    </message>
    <message>
        <source>Kies een regio met de pijltjestoetsen en open die met Enter, of klik op een regio.</source>
        <translation>Choose a region with the arrow keys and open it with Enter, or click a region.</translation>
    </message>
    <message>
        <source>%1 — klik om te openen</source>
        <translation>%1 — click to open</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::NotesDock</name>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Bewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>De notitie bewerken of opgemaakt tonen</source>
        <translation>Edit the note or show it formatted</translation>
    </message>
    <message>
        <source>Notitie (Markdown)</source>
        <translation>Note (Markdown)</translation>
    </message>
    <message>
        <source>Uw eigen notitie bij dit item, in Markdown. Wordt bewaard terwijl u typt.</source>
        <translation>Your own note on this item, in Markdown. Saved as you type.</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Zoeken in mijn notities</source>
        <translation>Search my notes</translation>
    </message>
    <message>
        <source>Items met een notitie</source>
        <translation>Items with a note</translation>
    </message>
    <message>
        <source>Open een item om er een notitie bij te schrijven.</source>
        <translation>Open an item to write a note on it.</translation>
    </message>
    <message>
        <source>“%1” staat niet meer in de kennisbank; de notitie is er nog.</source>
        <translation>“%1” is no longer in the knowledge base; its note is still here.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::OwnSelectionPage</name>
    <message>
        <source>Vink links de items aan die in het rapport komen (spatie). Rechts staan ze in de volgorde van het rapport: slepen, of Alt+Omhoog en Alt+Omlaag; Delete haalt er een weg.</source>
        <translation>Tick the items on the left that go into the report (Space). On the right they are in the report&apos;s order: drag them, or use Alt+Up and Alt+Down; Delete takes one out.</translation>
    </message>
    <message>
        <source>Begeleidende notitie (voorblad):</source>
        <translation>Covering note (cover page):</translation>
    </message>
    <message>
        <source>Filter op titel of soort</source>
        <translation>Filter by title or kind</translation>
    </message>
    <message>
        <source>Alle items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>&amp;Kies uit alle items:</source>
        <translation>&amp;Choose from all items:</translation>
    </message>
    <message>
        <source>Items van het rapport</source>
        <translation>Items of the report</translation>
    </message>
    <message>
        <source>In het &amp;rapport, in deze volgorde:</source>
        <translation>In the &amp;report, in this order:</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Spatie vinkt het gekozen item aan of uit; aangevinkte items komen in het rapport</source>
        <translation>Space checks or unchecks the current item; checked items go into the report</translation>
    </message>
    <message>
        <source>In de volgorde van het rapport; Alt+Omhoog en Alt+Omlaag verplaatsen het gekozen item, Delete haalt het weg</source>
        <translation>In the order of the report; Alt+Up and Alt+Down move the current item, Delete removes it</translation>
    </message>
    <message>
        <source>Het gekozen item een plaats hoger in het rapport</source>
        <translation>Move the current item one place up in the report</translation>
    </message>
    <message>
        <source>Het gekozen item een plaats lager in het rapport</source>
        <translation>Move the current item one place down in the report</translation>
    </message>
    <message>
        <source>Het gekozen item uit het rapport halen</source>
        <translation>Remove the current item from the report</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::PersonalDataMenu</name>
    <message>
        <source>&amp;Persoonlijke gegevens</source>
        <translation>&amp;Personal data</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Bladwijzers, notities, geschiedenis, bewaarde zoekopdrachten en de rapportmand in één bestand, voor een nieuwe pc</source>
        <translation>Bookmarks, notes, history, saved searches and the report basket in one file, for a new PC</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Een export samenvoegen met wat er al is; er gaat niets verloren</source>
        <translation>Merge an export with what is already here; nothing is lost</translation>
    </message>
    <message>
        <source>flexwonen-persoonlijke-gegevens-%1.json</source>
        <translation>flexwonen-personal-data-%1.json</translation>
    </message>
    <message>
        <source>Persoonlijke gegevens exporteren</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>Persoonlijke gegevens (*.json)</source>
        <translation>Personal data (*.json)</translation>
    </message>
    <message>
        <source>Persoonlijke gegevens importeren</source>
        <translation>Import personal data</translation>
    </message>
    <message>
        <source>Persoonlijke gegevens opgeslagen in %1.</source>
        <translation>Personal data saved in %1.</translation>
    </message>
    <message>
        <source>Samengevoegd: %1 bladwijzers, %2 notities, %3 bekeken pagina&apos;s, %4 bewaarde zoekopdrachten en %5 items in de rapportmand erbij.</source>
        <translation>Merged: added %1 bookmarks, %2 notes, %3 viewed pages, %4 saved searches and %5 items in the report basket.</translation>
    </message>
    <message>
        <source>Persoonlijke gegevens</source>
        <translation>Personal data</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::PilotsDock</name>
    <message>
        <source>Pilots</source>
        <translation>Pilots</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ReaderTab</name>
    <message>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source># Kan niet worden getoond

*%1* kan niet worden getoond:

%2
</source>
        <translation># Cannot be shown

*%1* cannot be shown:

%2
</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ReaderTabs</name>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>Geopende pagina&apos;s</source>
        <translation>Open pages</translation>
    </message>
    <message>
        <source>Lezer</source>
        <translation>Reader</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ReaderView</name>
    <message>
        <source>Externe link openen</source>
        <translation>Open external link</translation>
    </message>
    <message>
        <source>Deze link opent een website buiten de kennisbank:

%1

In de browser openen?</source>
        <translation>This link opens a website outside the knowledge base:

%1

Open it in your browser?</translation>
    </message>
    <message>
        <source>Openen in nieuw tabblad</source>
        <translation>Open in new tab</translation>
    </message>
    <message>
        <source>Kopieer bronvermelding van de link</source>
        <translation>Copy citation of the link</translation>
    </message>
    <message>
        <source>Link openen in de browser…</source>
        <translation>Open link in the browser…</translation>
    </message>
    <message>
        <source>Kopieer link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Kopieer bronvermelding</source>
        <translation>Copy citation</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::RegionPage</name>
    <message>
        <source>Kerncijfers in beeld</source>
        <translation>Key figures at a glance</translation>
    </message>
    <message>
        <source>## Afspraken: convenanten en beleidsregels

</source>
        <translation>## Arrangements: agreements and policy rules

</translation>
    </message>
    <message>
        <source>Voor deze regio staan geen convenanten of beleidsregels in de kennisbank.

</source>
        <translation>The knowledge base holds no agreements or policy rules for this region.

</translation>
    </message>
    <message>
        <source>## Pilots in deze regio

</source>
        <translation>## Pilots in this region

</translation>
    </message>
    <message>
        <source>## Agenda van de regio

</source>
        <translation>## Regional calendar

</translation>
    </message>
    <message>
        <source>## Documenten per dossier

</source>
        <translation>## Documents by dossier

</translation>
    </message>
    <message>
        <source>De cijfers in %1 op één schaal. Jaar, definitie en bron staan onder Kerncijfers.</source>
        <translation>The figures in %1 on one scale. Year, definition and source are under Key figures.</translation>
    </message>
    <message>
        <source>### Overige documenten

</source>
        <translation>### Other documents

</translation>
    </message>
    <message>
        <source>## Toelichting

</source>
        <translation>## Background

</translation>
    </message>
    <message>
        <source>## Zie ook

</source>
        <translation>## See also

</translation>
    </message>
    <message>
        <source>## Gerelateerd

Deze items verwijzen naar deze regio:

</source>
        <translation>## Related

These items refer to this region:

</translation>
    </message>
    <message>
        <source>&gt; **%1** hoort bij regio %2.

</source>
        <translation>&gt; **%1** belongs to region %2.

</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::RegionsDock</name>
    <message>
        <source>Regio&apos;s</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Zoek een gemeente of regio</source>
        <translation>Find a municipality or region</translation>
    </message>
    <message>
        <source>Gemeenten en regio&apos;s filteren</source>
        <translation>Filter municipalities and regions</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::RemovedItems</name>
    <message>
        <source>%1 (verwijderd)</source>
        <translation>%1 (removed)</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ReportDefaultsPage</name>
    <message>
        <source>Elk nieuw rapport begint met deze gegevens; in het rapport zelf kunt u ze nog aanpassen.</source>
        <translation>Every new report starts with these details; you can still change them in the report itself.</translation>
    </message>
    <message>
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>A&amp;fdeling:</source>
        <translation>&amp;Department:</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SavedSearches</name>
    <message>
        <source>Zoekopdracht bewaren</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Naam van de zoekopdracht:</source>
        <translation>Name of the search:</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SavedSearchesDock</name>
    <message numerus="yes">
        <source>%1, %n nieuw</source>
        <translation>
            <numerusform>%1, %n new</numerusform>
            <numerusform>%1, %n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaarde zoekopdrachten</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Enter toont de resultaten; F2 wijzigt de naam, Delete verwijdert</source>
        <translation>Enter shows the results; F2 renames, Delete removes</translation>
    </message>
    <message>
        <source>Nog geen bewaarde zoekopdrachten. Zoek, en kies in Zoekresultaten ‘Zoekopdracht bewaren…’.</source>
        <translation>No saved searches yet. Search, then choose ‘Save search…’ in Search results.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n nieuw</source>
        <translation>
            <numerusform>%1 — %n new</numerusform>
            <numerusform>%1 — %n new</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resultaten tonen</source>
        <translation>Show &amp;results</translation>
    </message>
    <message>
        <source>Naam &amp;wijzigen</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SearchField</name>
    <message>
        <source>Zoeken in de kennisbank (Ctrl+K)</source>
        <translation>Search the knowledge base (Ctrl+K)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SearchResultModel</name>
    <message>
        <source>%1 hoort bij regio %2</source>
        <translation>%1 belongs to region %2</translation>
    </message>
    <message>
        <source>Gemeente %1 (%2): open de regio met de gemeente op de kaart.</source>
        <translation>Municipality %1 (%2): open the region with the municipality on the map.</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SearchResultsDock</name>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alleen resultaten van deze soort</source>
        <translation>Only results of this type</translation>
    </message>
    <message>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Alleen resultaten uit deze regio</source>
        <translation>Only results from this region</translation>
    </message>
    <message>
        <source>Typ een zoekterm in het zoekveld (Ctrl+K) en druk op Enter.</source>
        <translation>Type a search term in the search field (Ctrl+K) and press Enter.</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alle regio&apos;s</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Zoeken naar ‘%1’…</source>
        <translation>Searching for ‘%1’…</translation>
    </message>
    <message>
        <source>Geen resultaten voor ‘%1’.</source>
        <translation>No results for ‘%1’.</translation>
    </message>
    <message>
        <source>%1 van %2 resultaten voor ‘%3’.</source>
        <translation>%1 of %2 results for ‘%3’.</translation>
    </message>
    <message>
        <source>1 resultaat voor ‘%1’.</source>
        <translation>1 result for ‘%1’.</translation>
    </message>
    <message>
        <source>%1 resultaten voor ‘%2’.</source>
        <translation>%1 results for ‘%2’.</translation>
    </message>
    <message>
        <source>Bedoelde u &lt;a href=&quot;#suggestie&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>Did you mean &lt;a href=&quot;#suggestie&quot;&gt;%1&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>Daaronder resultaten die niet alle zoekwoorden bevatten.</source>
        <translation>Below them, results that do not contain all search words.</translation>
    </message>
    <message>
        <source>Geen resultaat bevat alle zoekwoorden: %1 ontbreekt.</source>
        <translation>No result contains all search words: %1 is missing.</translation>
    </message>
    <message>
        <source>Geen resultaat bevat alle zoekwoorden: %1 ontbreken.</source>
        <translation>No result contains all search words: %1 are missing.</translation>
    </message>
    <message>
        <source>Filter &amp;wissen</source>
        <translation>Clear &amp;filter</translation>
    </message>
    <message>
        <source>Alle filters uitzetten en opnieuw zoeken</source>
        <translation>Turn off all filters and search again</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Geen resultaten voor ‘%1’, ook niet zonder filter.</source>
        <translation>No results for ‘%1’, not even without the filter.</translation>
    </message>
    <message>
        <source>Geen resultaten voor ‘%1’ met filter %2 — %3 zonder filter.</source>
        <translation>No results for ‘%1’ with filter %2 — %3 without the filter.</translation>
    </message>
    <message>
        <source>Geen resultaten voor ‘%1’ met filter %2.</source>
        <translation>No results for ‘%1’ with filter %2.</translation>
    </message>
    <message>
        <source>&amp;Bewaren…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Zoekopdracht bewaren…</source>
        <translation>Save search…</translation>
    </message>
    <message>
        <source>Zoekopdracht bewaren met de filters; na elke update ziet u hoeveel er nieuw is</source>
        <translation>Save the search with its filters; after every update you see how many results are new</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Updates</translation>
    </message>
    <message>
        <source>&amp;Weergave</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Rapporten</source>
        <translation>&amp;Reports</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::ShortcutsDialog</name>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>In de tekst: zoeken in de pagina</source>
        <translation>In the text: find in page</translation>
    </message>
    <message>
        <source>In de tekst: volgende / vorige link</source>
        <translation>In the text: next / previous link</translation>
    </message>
    <message>
        <source>In de tekst: gekozen link openen</source>
        <translation>In the text: open the chosen link</translation>
    </message>
    <message>
        <source>Tekst verlaten (één tabstop)</source>
        <translation>Leave the text (one Tab stop)</translation>
    </message>
    <message>
        <source>In het zoekveld: door de suggesties</source>
        <translation>In the search field: through the suggestions</translation>
    </message>
    <message>
        <source>In een lijst of op de kaart: openen</source>
        <translation>In a list or on the map: open</translation>
    </message>
    <message>
        <source>In een lijst of op de kaart: openen in nieuw tabblad</source>
        <translation>In a list or on the map: open in a new tab</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::StartPage</name>
    <message>
        <source>Klik op een regio om de regiopagina te openen.</source>
        <translation>Click a region to open its region page.</translation>
    </message>
    <message>
        <source>De acht regio&apos;s</source>
        <translation>The eight regions</translation>
    </message>
    <message>
        <source># Flexwonen Kennisbank

</source>
        <translation># Flexwonen Kennisbank

</translation>
    </message>
    <message>
        <source>De kennisbank van het Expertisecentrum Flexwonen voor Arbeidsmigranten bundelt wat bekend is over goede tijdelijke huisvesting van EU-arbeidsmigranten: de acht regio&apos;s van de Nationale verklaring van 28 maart 2012 met hun gemeenten en kerncijfers, de dossiers met handreikingen, convenanten en regels, de pilots en de agenda. Alles staat op uw eigen computer en werkt zonder internet.

</source>
        <translation>The knowledge base of the Expertisecentrum Flexwonen voor Arbeidsmigranten (expertise centre for flexible housing for labour migrants) brings together what is known about good temporary housing for EU labour migrants: the eight regions of the Nationale verklaring (National Declaration) of 28 March 2012 with their municipalities and key figures, the dossiers with guides, agreements and rules, the pilots and the calendar. Everything is on your own computer and works without an internet connection. The content is in Dutch.

</translation>
    </message>
    <message>
        <source>%1 regio&apos;s</source>
        <translation>%1 regions</translation>
    </message>
    <message>
        <source>%1 dossiers</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>%1 documenten</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>%1 pilots</source>
        <translation>%1 pilots</translation>
    </message>
    <message>
        <source>%1 agendapunten</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>%1 vragen en antwoorden</source>
        <translation>%1 questions and answers</translation>
    </message>
    <message>
        <source>%1 organisaties</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <source>## Laatste nieuws

</source>
        <translation>## Latest news

</translation>
    </message>
    <message>
        <source>Er zijn nog geen nieuwsberichten.

</source>
        <translation>There are no news items yet.

</translation>
    </message>
    <message>
        <source>## Agenda

</source>
        <translation>## Calendar

</translation>
    </message>
    <message>
        <source>Er staan geen komende bijeenkomsten of ingangsdata in de agenda.

</source>
        <translation>The calendar lists no upcoming meetings or effective dates.

</translation>
    </message>
    <message>
        <source>Onlangs:

</source>
        <translation>Recently:

</translation>
    </message>
    <message>
        <source>## Regio&apos;s

</source>
        <translation>## Regions

</translation>
    </message>
    <message>
        <source>## Dossiers

</source>
        <translation>## Dossiers

</translation>
    </message>
    <message>
        <source>[Meer over de kennisbank](kb:%1)

</source>
        <translation>[More about the knowledge base](kb:%1)

</translation>
    </message>
    <message>
        <source>- **Een regio bekijken:** klik op de kaart of kies in de lijst [Regio&apos;s](app:regions).
- **De dossiers doorzoeken:** [zoeken](app:search) (Ctrl+K).
- **Een rapport maken:** [overzicht of dossier als PDF of ODT](app:report) (Ctrl+E).

</source>
        <translation>- **Look at a region:** click the map or choose one in the [Regions](app:regions) list.
- **Search the dossiers:** [search](app:search) (Ctrl+K).
- **Make a report:** [an overview or dossier as PDF or ODT](app:report) (Ctrl+E). Reports are in Dutch.

</translation>
    </message>
    <message>
        <source>## Bladeren

</source>
        <translation>## Browse

</translation>
    </message>
    <message>
        <source>**Contact:** [%1](kb:%2)

</source>
        <translation>**Contact:** [%1](kb:%2)

</translation>
    </message>
    <message>
        <source>**Pagina&apos;s en Marktplaats:**

</source>
        <translation>**Pages and Marketplace:**

</translation>
    </message>
    <message>
        <source>**Partners en organisaties** (%1), naar hun rol (Ga ▸ Partners en organisaties)</source>
        <translation>**Partners and organisations** (%1), by their role (Go ▸ Partners and organisations)</translation>
    </message>
    <message>
        <source>**Vragen en antwoorden** (%1) (Ga ▸ Vragen en antwoorden)</source>
        <translation>**Questions and answers** (%1) (Go ▸ Questions and answers)</translation>
    </message>
    <message>
        <source>**Nieuwsarchief** (%1), per jaar (Ga ▸ Nieuwsarchief)</source>
        <translation>**News archive** (%1), by year (Go ▸ News archive)</translation>
    </message>
    <message>
        <source>**In het paneel Bladeren:**

</source>
        <translation>**In the Browse panel:**

</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::SyncUi</name>
    <message>
        <source>Updates: niet gecontroleerd</source>
        <translation>Updates: not checked</translation>
    </message>
    <message>
        <source>Updates: controleren…</source>
        <translation>Updates: checking…</translation>
    </message>
    <message>
        <source>Updates: downloaden…</source>
        <translation>Updates: downloading…</translation>
    </message>
    <message>
        <source>Updates: toepassen…</source>
        <translation>Updates: applying…</translation>
    </message>
    <message>
        <source>Updates: bijgewerkt</source>
        <translation>Updates: up to date</translation>
    </message>
    <message>
        <source>Updates: zojuist bijgewerkt</source>
        <translation>Updates: just updated</translation>
    </message>
    <message>
        <source>Updates: geen verbinding</source>
        <translation>Updates: no connection</translation>
    </message>
    <message>
        <source>Updates: geweigerd</source>
        <translation>Updates: refused</translation>
    </message>
    <message>
        <source>Melding over updates</source>
        <translation>Update notice</translation>
    </message>
    <message>
        <source>&amp;Bijwerken</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>&amp;Wat is er nieuw</source>
        <translation>&amp;What’s new</translation>
    </message>
    <message>
        <source>Wijzigingen toepassen…</source>
        <translation>Applying changes…</translation>
    </message>
    <message>
        <source>Updates downloaden en controleren…</source>
        <translation>Downloading and verifying updates…</translation>
    </message>
    <message>
        <source>Controleren op updates…</source>
        <translation>Checking for updates…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <source> · laatst %1</source>
        <translation> · last %1</translation>
    </message>
    <message>
        <source>Bijwerken niet gelukt (%1): %2</source>
        <translation>Update failed (%1): %2</translation>
    </message>
    <message>
        <source>De kennisbank is bijgewerkt: 1 wijziging. Zie Bestand › Wat is er nieuw.</source>
        <translation>The knowledge base was updated: 1 change. See File › What’s new.</translation>
    </message>
    <message>
        <source>De kennisbank is bijgewerkt: %1 wijzigingen. Zie Bestand › Wat is er nieuw.</source>
        <translation>The knowledge base was updated: %1 changes. See File › What’s new.</translation>
    </message>
    <message>
        <source>Updates: niet ingesteld</source>
        <translation>Updates: not set up</translation>
    </message>
    <message>
        <source>Kennisbank uit bestand %1</source>
        <translation>Knowledge base from file %1</translation>
    </message>
    <message>
        <source>Kennisbank bijgewerkt via internet</source>
        <translation>Knowledge base (updated via the internet)</translation>
    </message>
    <message>
        <source>Kennisbank (meegeleverd)</source>
        <translation>Knowledge base (as supplied)</translation>
    </message>
    <message>
        <source>Kennisbank van %1 (bijgewerkt via internet)</source>
        <translation>Knowledge base of %1 (updated via the internet)</translation>
    </message>
    <message>
        <source>Kennisbank van %1 (meegeleverd)</source>
        <translation>Knowledge base of %1 (as supplied)</translation>
    </message>
    <message>
        <source>Er is geen updatefeed ingesteld, dus de kennisbank zoekt nooit contact met internet. Stel de feed in onder Bestand ▸ Instellingen (Ctrl+,).</source>
        <translation>No update feed has been set, so the knowledge base never contacts the internet. Set the feed under File ▸ Settings (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::UpdatesPage</name>
    <message>
        <source>Geen feed ingesteld: de kennisbank zoekt nooit contact met internet.</source>
        <translation>No feed set: the knowledge base never contacts the internet.</translation>
    </message>
    <message>
        <source>Vertrouwde sleutel kiezen</source>
        <translation>Choose trusted key</translation>
    </message>
    <message>
        <source>Publieke sleutels (*.pub);;Alle bestanden (*)</source>
        <translation>Public keys (*.pub);;All files (*)</translation>
    </message>
    <message>
        <source>CA-certificaten kiezen</source>
        <translation>Choose CA certificates</translation>
    </message>
    <message>
        <source>PEM-bestanden (*.pem *.crt);;Alle bestanden (*)</source>
        <translation>PEM files (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Feedadres:</source>
        <translation>&amp;Feed address:</translation>
    </message>
    <message>
        <source>https://… of een map</source>
        <translation>https://… or a folder</translation>
    </message>
    <message>
        <source>Het adres waar de kennisbank ondertekende updates ophaalt: een https-adres of een map op een gedeelde schijf. Leeg: nooit contact met internet.</source>
        <translation>The address the knowledge base fetches signed updates from: an https address or a folder on a shared drive. Empty: never any contact with the internet.</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Vertrouwde sleutel:</source>
        <translation>&amp;Trusted key:</translation>
    </message>
    <message>
        <source>De ingebouwde sleutel van het Expertisecentrum</source>
        <translation>The built-in key of the Expertisecentrum</translation>
    </message>
    <message>
        <source>Het bestand met de publieke minisign-sleutel waarmee de feed ondertekend is. Leeg: de sleutel die in de app is ingebouwd.</source>
        <translation>The file with the public minisign key the feed is signed with. Empty: the key built into the app.</translation>
    </message>
    <message>
        <source>Toch &amp;gebruiken</source>
        <translation>&amp;Use anyway</translation>
    </message>
    <message>
        <source>&amp;Automatisch zoeken naar updates:</source>
        <translation>&amp;Look for updates automatically:</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Dagelijks</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Wekelijks</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Hoe vaak de kennisbank zelf naar updates zoekt; bij Uit alleen als u op Bijwerken drukt.</source>
        <translation>How often the knowledge base looks for updates by itself; when Off, only when you press Update.</translation>
    </message>
    <message>
        <source>CA-&amp;certificaten:</source>
        <translation>CA &amp;certificates:</translation>
    </message>
    <message>
        <source>Alleen nodig achter een proxy die TLS inspecteert</source>
        <translation>Only needed behind a proxy that inspects TLS</translation>
    </message>
    <message>
        <source>Een PEM-bestand met de certificaten van de proxy van uw organisatie. Ze worden vertrouwd naast die van het systeem.</source>
        <translation>A PEM file with the certificates of your organisation&apos;s proxy. They are trusted alongside the system&apos;s.</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Vastgezet door uw beheerder</source>
        <translation>Locked by your administrator</translation>
    </message>
    <message>
        <source>Uw beheerder heeft een deel van deze instellingen voor iedereen vastgezet (%1).</source>
        <translation>Your administrator has locked some of these settings for everyone (%1).</translation>
    </message>
    <message>
        <source>De feed wordt gecontroleerd…</source>
        <translation>Checking the feed…</translation>
    </message>
    <message>
        <source>De feed is in orde en opgeslagen: volgnummer %1, %2 updates, ondertekend met een vertrouwde sleutel.</source>
        <translation>The feed is in order and saved: sequence number %1, %2 updates, signed with a trusted key.</translation>
    </message>
    <message>
        <source>Niet opgeslagen. De feed is afgekeurd (%1): %2</source>
        <translation>Not saved. The feed was rejected (%1): %2</translation>
    </message>
    <message>
        <source>Opgeslagen zonder controle; de eerste update controleert de feed alsnog.</source>
        <translation>Saved without a check; the first update will check the feed.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Probleem met de feed</source>
        <translation>Problem with the feed</translation>
    </message>
    <message>
        <source>Resultaat van de controle</source>
        <translation>Result of the check</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::WhatsNewDialog</name>
    <message>
        <source>Wat is er nieuw</source>
        <translation>What’s new</translation>
    </message>
    <message>
        <source>De kennisbank is bijgewerkt van volgnummer %1 naar %2.</source>
        <translation>The knowledge base was updated from sequence %1 to %2.</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Vernieuwd</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <source>Geen wijzigingen in de inhoud.</source>
        <translation>No changes to the content.</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Uw bewaarde zoekopdrachten</source>
        <translation>Your saved searches</translation>
    </message>
</context>
<context>
    <name>Flexwonen::Ui::WindowKeys</name>
    <message>
        <source>&amp;Volgend paneel</source>
        <translation>&amp;Next pane</translation>
    </message>
    <message>
        <source>V&amp;orig paneel</source>
        <translation>P&amp;revious pane</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <source>Het rapport kan niet worden afgedrukt: de PDF is onleesbaar.</source>
        <translation>The report cannot be printed: the PDF is unreadable.</translation>
    </message>
    <message>
        <source>Er vallen geen pagina&apos;s van het rapport in het gekozen bereik.</source>
        <translation>No pages of the report fall within the chosen range.</translation>
    </message>
    <message>
        <source>Het rapport kan niet worden afgedrukt: de printer is niet bereikbaar.</source>
        <translation>The report cannot be printed: the printer cannot be reached.</translation>
    </message>
    <message>
        <source>Pagina %1 van het rapport kan niet worden afgedrukt.</source>
        <translation>Page %1 of the report cannot be printed.</translation>
    </message>
</context>
</TS>
