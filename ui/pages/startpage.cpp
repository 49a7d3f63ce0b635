// SPDX-License-Identifier: EUPL-1.2
#include "startpage.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "kb/coreerror.h"
#include "kb/itemmarkdown.h"
#include "kb/knowledgebase.h"
#include "map/mapwidget.h"
#include "reader/itemdocument.h"
#include "reader/readerview.h"

#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Flexwonen::Ui {

namespace {
constexpr int NewsCount = 5;
constexpr int EventCount = 5;
const QString AboutPageId = QStringLiteral("over-de-kennisbank");
} // namespace

StartPage::StartPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent, QDate today)
    : MapPage(map, parent)
    , m_kb(kb)
    , m_today(today)
{
    setObjectName(QStringLiteral("StartPage"));
    QLabel *hint = plainLabel({});
    followLanguage(hint,
                   [hint] { hint->setText(tr("Klik op een regio om de regiopagina te openen.")); });
    hint->setWordWrap(true);
    sideLayout()->insertWidget(0, hint);
    QLabel *heading = addSideHeading([] { return tr("De acht regio's"); });
    sideLayout()->insertWidget(0, heading);
    sideLayout()->addStretch(1);
    refresh();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        QScrollBar *scroll = textView()->verticalScrollBar();
        const int at = scroll->value();
        try {
            refresh();
        } catch (const Flexwonen::Error &) {
            // An event's edge: the text stays; the tab reports a failing read when it shows
            // the start page again.
        }
        scroll->setValue(at);
    }
    MapPage::changeEvent(event);
}

void StartPage::refresh()
{
    QHash<QString, QString> titles;
    for (const Kb::ItemSummary &r : m_kb.list({Kb::ItemType::Region, {}, {}}))
        titles.insert(r.id, r.title);
    mapWidget()->setRegionTitles(titles);
    textView()->showMarkdown(composeText());
}

QString StartPage::composeText() const
{
    // What this is, in two sentences, and the three ways in (issue 14.5): app: links are
    // followed on this page only (ReaderView::setCommandLinksAllowed).
    QString md = tr("# Flexwonen Kennisbank\n\n");
    md += tr("De kennisbank van het Expertisecentrum Flexwonen voor Arbeidsmigranten bundelt wat "
             "bekend is over goede tijdelijke huisvesting van EU-arbeidsmigranten: de acht "
             "regio's van de Nationale verklaring van 28 maart 2012 met hun gemeenten en "
             "kerncijfers, de dossiers met handreikingen, convenanten en regels, de pilots en de "
             "agenda. Alles staat op uw eigen computer en werkt zonder internet.\n\n");
    if (m_kb.item(AboutPageId))
        md += tr("[Meer over de kennisbank](kb:%1)\n\n").arg(AboutPageId);
    md += tr("- **Een regio bekijken:** klik op de kaart of kies in de lijst "
             "[Regio's](app:regions).\n"
             "- **De dossiers doorzoeken:** [zoeken](app:search) (Ctrl+K).\n"
             "- **Een rapport maken:** [overzicht of dossier als PDF of ODT](app:report) "
             "(Ctrl+E).\n\n");
    const QMap<Kb::ItemType, int> counts = m_kb.countsByType();
    const QList<std::pair<Kb::ItemType, QString>> countLabels = {
        {Kb::ItemType::Region, tr("%1 regio's")},
        {Kb::ItemType::Dossier, tr("%1 dossiers")},
        {Kb::ItemType::Document, tr("%1 documenten")},
        {Kb::ItemType::Pilot, tr("%1 pilots")},
        {Kb::ItemType::Event, tr("%1 agendapunten")},
        {Kb::ItemType::Faq, tr("%1 vragen en antwoorden")},
        {Kb::ItemType::Organisation, tr("%1 organisaties")},
    };
    QStringList facts;
    for (const auto &[type, label] : countLabels) {
        if (counts.value(type) > 0)
            facts.append(label.arg(counts.value(type)));
    }
    if (!facts.isEmpty())
        md += QStringLiteral("*%1*\n\n").arg(facts.join(QStringLiteral(" · ")));

    md += tr("## Laatste nieuws\n\n");
    // Bounded, ordered reads (issue 14.9): a large knowledge base has thousands of news items
    // and events, and this page shows a handful.
    const QList<Kb::ItemSummary> news = m_kb.newest(Kb::ItemType::News, NewsCount);
    if (news.isEmpty())
        md += tr("Er zijn nog geen nieuwsberichten.\n\n");
    else
        md += ItemDocument::linkList(news, ItemDocument::WithDate);

    const QList<Kb::ItemSummary> upcoming = m_kb.upcoming(Kb::ItemType::Event, m_today, EventCount);
    const QList<Kb::ItemSummary> past = m_kb.newest(Kb::ItemType::Event, 3, m_today);
    md += tr("## Agenda\n\n");
    if (upcoming.isEmpty())
        md += tr("Er staan geen komende bijeenkomsten of ingangsdata in de agenda.\n\n");
    else
        md += ItemDocument::linkList(upcoming, ItemDocument::WithDate);
    if (!past.isEmpty())
        md += tr("Onlangs:\n\n") + ItemDocument::linkList(past, ItemDocument::WithDate);

    md += tr("## Regio's\n\n");
    md +=
        ItemDocument::linkList(m_kb.list({Kb::ItemType::Region, {}, {}}), ItemDocument::TitleOnly);
    md += tr("## Dossiers\n\n");
    md +=
        ItemDocument::linkList(m_kb.list({Kb::ItemType::Dossier, {}, {}}), ItemDocument::TitleOnly);
    md += browseSection();
    return md;
}

QString StartPage::browseSection() const
{
    // Everything the search finds can be browsed too (issue 14): the centre's contact and
    // partners, the Marktplaats and the pages here, the rest in the panels of the Ga menu.
    QString md = tr("## Bladeren\n\n");
    QList<Kb::ItemSummary> direct;
    const QString contact = contactItemId(m_kb);
    const QString market = marketPageId(m_kb);
    for (const Kb::ItemSummary &s : m_kb.list({Kb::ItemType::Organisation, {}, {}})) {
        if (s.id == contact)
            direct.append(s);
    }
    if (!direct.isEmpty())
        md += tr("**Contact:** [%1](kb:%2)\n\n")
                  .arg(Kb::ItemMarkdown::escape(direct.first().title), contact);
    QList<Kb::ItemSummary> pages = m_kb.list({Kb::ItemType::Page, {}, {}});
    std::stable_partition(pages.begin(), pages.end(),
                          [&market](const Kb::ItemSummary &p) { return p.id == market; });
    if (!pages.isEmpty())
        md += tr("**Pagina's en Marktplaats:**\n\n") +
              ItemDocument::linkList(pages, ItemDocument::TitleOnly);
    const QMap<Kb::ItemType, int> counts = m_kb.countsByType();
    const QList<std::pair<Kb::ItemType, QString>> panels = {
        {Kb::ItemType::Organisation,
         tr("**Partners en organisaties** (%1), naar hun rol (Ga ▸ Partners en organisaties)")},
        {Kb::ItemType::Faq, tr("**Vragen en antwoorden** (%1) (Ga ▸ Vragen en antwoorden)")},
        {Kb::ItemType::News, tr("**Nieuwsarchief** (%1), per jaar (Ga ▸ Nieuwsarchief)")},
    };
    QStringList lines;
    for (const auto &[type, text] : panels) {
        if (counts.value(type) > 0)
            lines.append(QStringLiteral("- ") + text.arg(counts.value(type)));
    }
    if (!lines.isEmpty())
        md += tr("**In het paneel Bladeren:**\n\n") + lines.join(QLatin1Char('\n')) +
              QLatin1Char('\n');
    return md + QLatin1Char('\n');
}

QString StartPage::contactItemId(Kb::KnowledgeBase &kb)
{
    // The centre is the organisation of kind "expertisecentrum" (data/FORMAT.md).
    for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Organisation, {}, {}})) {
        if (s.kind == QLatin1String("expertisecentrum"))
            return s.id;
    }
    return {};
}

QString StartPage::marketPageId(Kb::KnowledgeBase &kb)
{
    for (const Kb::ItemSummary &s : kb.list({Kb::ItemType::Page, {}, {}})) {
        if (s.id == QLatin1String("marktplaats"))
            return s.id;
    }
    return {};
}

} // namespace Flexwonen::Ui
