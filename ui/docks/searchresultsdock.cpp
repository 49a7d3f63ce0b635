// SPDX-License-Identifier: EUPL-1.2
#include "searchresultsdock.h"

#include "common/errorreporter.h"
#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "search/hitdelegate.h"
#include "search/searchresultmodel.h"
#include "search/searchsession.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Flexwonen::Ui {

SearchResultsDock::SearchResultsDock(Kb::Searcher &searcher, Kb::KnowledgeBase &kb,
                                     ErrorReporter &errors, QWidget *parent)
    : QDockWidget(parent)
    , m_session(new SearchSession(searcher, ResultLimit, 0, this))
    , m_unfiltered(new SearchSession(searcher, 1, 0, this))
    , m_model(new SearchResultModel(this))
    , m_type(new QComboBox)
    , m_region(new QComboBox)
    , m_status(new QLabel)
    , m_suggestion(new QLabel)
    , m_bestMatch(new QLabel)
    , m_filterNotice(new QWidget)
    , m_filterLabel(new QLabel)
    , m_clearFilters(new QPushButton)
    , m_save(new QPushButton)
    , m_view(new QListView)
{
    setObjectName(QStringLiteral("SearchResultsDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_type->setObjectName(QStringLiteral("SearchTypeFilter"));
    m_region->setObjectName(QStringLiteral("SearchRegionFilter"));
    // The combos may shrink to a few characters (they elide): the panel then fits a 640-pixel
    // window beside the reader and the notes.
    for (QComboBox *combo : {m_type, m_region})
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 6);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_region, 1);
    layout->addLayout(filters);
    // A set filter is always in sight: it stays for the next search (issue 14).
    m_filterNotice->setObjectName(QStringLiteral("SearchFilterNotice"));
    auto *notice = new QHBoxLayout(m_filterNotice);
    notice->setContentsMargins(0, 0, 0, 0);
    m_filterLabel->setObjectName(QStringLiteral("SearchFilterLabel"));
    m_filterLabel->setTextFormat(Qt::PlainText); // region titles are content
    m_filterLabel->setWordWrap(true);
    QFont bold = m_filterLabel->font();
    bold.setBold(true);
    m_filterLabel->setFont(bold);
    m_clearFilters->setObjectName(QStringLiteral("ClearSearchFilters"));
    notice->addWidget(m_filterLabel, 1);
    notice->addWidget(m_clearFilters);
    m_filterNotice->hide();
    layout->addWidget(m_filterNotice);

    m_save->setObjectName(QStringLiteral("SaveSearchButton"));
    m_save->setEnabled(false);
    filters->addWidget(m_save); // in the filters' row: the panel grows no taller

    m_status->setObjectName(QStringLiteral("SearchStatus"));
    m_status->setTextFormat(Qt::PlainText); // it quotes the user's query
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_suggestion->setObjectName(QStringLiteral("SearchSuggestion"));
    m_suggestion->setTextFormat(Qt::RichText); // built here, the suggestion escaped
    m_suggestion->setWordWrap(true);
    m_suggestion->hide();
    layout->addWidget(m_suggestion);
    m_bestMatch->setObjectName(QStringLiteral("SearchBestMatch"));
    m_bestMatch->setTextFormat(Qt::PlainText); // it quotes the user's words
    m_bestMatch->setWordWrap(true);
    m_bestMatch->hide();
    layout->addWidget(m_bestMatch);

    m_view->setObjectName(QStringLiteral("SearchResultsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HitDelegate(true, m_view));
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFocusProxy(m_view);

    fillFilters(kb);
    retranslate();
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this,
            [this, &kb, &errors] { errors.guard(Task::UpdateLists, [&] { fillFilters(kb); }); });
    connect(m_type, &QComboBox::activated, this, &SearchResultsDock::rerun);
    connect(m_region, &QComboBox::activated, this, &SearchResultsDock::rerun);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SearchResultsDock::updateFilterNotice);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            &SearchResultsDock::updateFilterNotice);
    connect(m_clearFilters, &QPushButton::clicked, this, &SearchResultsDock::clearFilters);
    connect(m_save, &QPushButton::clicked, this, &SearchResultsDock::saveRequested);
    connect(m_unfiltered, &SearchSession::resultsChanged, this,
            &SearchResultsDock::showUnfilteredCount);
    connect(m_suggestion, &QLabel::linkActivated, this,
            [this](const QString &) { search(m_suggestion->property("query").toString()); });
    connect(m_session, &SearchSession::resultsChanged, this, &SearchResultsDock::showResults);
    connect(m_session, &SearchSession::busyChanged, this, &SearchResultsDock::busyChanged);
    connect(m_view, &QListView::activated, this, &SearchResultsDock::activate);
    connect(m_view, &QListView::clicked, this, &SearchResultsDock::activate);
}

void SearchResultsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SearchResultsDock::retranslate()
{
    setWindowTitle(tr("Zoekresultaten"));
    m_type->setAccessibleName(tr("Soort"));
    m_type->setToolTip(tr("Alleen resultaten van deze soort"));
    m_region->setAccessibleName(tr("Regio"));
    m_region->setToolTip(tr("Alleen resultaten uit deze regio"));
    m_clearFilters->setText(tr("Filter &wissen"));
    m_clearFilters->setToolTip(tr("Alle filters uitzetten en opnieuw zoeken"));
    m_save->setText(tr("&Bewaren…"));
    m_save->setAccessibleName(tr("Zoekopdracht bewaren…"));
    m_save->setToolTip(
        tr("Zoekopdracht bewaren met de filters; na elke update ziet u hoeveel er nieuw is"));
    m_view->setAccessibleName(tr("Zoekresultaten"));
    labelFilters();
    updateFilterNotice();
    m_model->retranslate();
    showStatus();
}

void SearchResultsDock::labelFilters()
{
    // The filters' first rows and the type names are the interface's; region titles content.
    if (m_type->count() > 0)
        m_type->setItemText(0, tr("Alle soorten"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, Kb::typeLabel(m_type->itemData(i).value<Kb::ItemType>()));
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("Alle regio's"));
}

void SearchResultsDock::fillFilters(Kb::KnowledgeBase &kb)
{
    // Read first: a failed read leaves the filters as they are.
    const QList<Kb::ItemSummary> regions = kb.list({Kb::ItemType::Region, {}, {}});
    const QVariant type = m_type->currentData();
    const QString region = m_region->currentData().toString();
    m_type->clear();
    m_type->addItem(QString(), QVariant());
    for (const Kb::ItemType t : Kb::itemTypes())
        m_type->addItem(QString(), QVariant::fromValue(t));
    m_region->clear();
    m_region->addItem(QString(), QString());
    for (const Kb::ItemSummary &r : regions)
        m_region->addItem(r.title, r.id);
    labelFilters();
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
}

Kb::SearchFilters SearchResultsDock::filters() const
{
    Kb::SearchFilters filters;
    const QVariant type = m_type->currentData();
    if (type.isValid())
        filters.type = type.value<Kb::ItemType>();
    filters.region = m_region->currentData().toString();
    return filters;
}

QString SearchResultsDock::filterText() const
{
    QStringList parts;
    if (m_type->currentIndex() > 0)
        parts.append(m_type->currentText());
    if (m_region->currentIndex() > 0)
        parts.append(m_region->currentText());
    return parts.join(QStringLiteral(" · "));
}

void SearchResultsDock::updateFilterNotice()
{
    const QString filter = filterText();
    m_filterLabel->setText(tr("Filter: %1").arg(filter));
    m_filterNotice->setVisible(!filter.isEmpty());
}

void SearchResultsDock::clearFilters()
{
    m_type->setCurrentIndex(0);
    m_region->setCurrentIndex(0);
    rerun();
    m_view->setFocus(Qt::OtherFocusReason);
}

void SearchResultsDock::showUnfilteredCount(const Kb::SearchResults &results)
{
    // Only for the search on screen, still without results under its filter.
    const Kb::SearchResults &shown = m_session->results();
    if (m_session->isBusy() || shown.total != 0 || results.query != shown.query ||
        filterText().isEmpty())
        return;
    m_status->setText(
        results.total == 0
            ? tr("Geen resultaten voor ‘%1’, ook niet zonder filter.").arg(results.query)
            : tr("Geen resultaten voor ‘%1’ met filter %2 — %3 zonder filter.")
                  .arg(results.query, filterText())
                  .arg(results.total));
}

void SearchResultsDock::search(const QString &query)
{
    m_openAnswer = false; // a filter or the suggestion runs the search again: no jump then
    m_session->search(query, filters());
    showStatus(); // "Zoeken naar …" while it runs
}

void SearchResultsDock::submit(const QString &query)
{
    search(query);
    m_openAnswer = true;
}

void SearchResultsDock::searchWith(const QString &query, const Kb::SearchFilters &filters)
{
    m_type->setCurrentIndex(
        filters.type ? qMax(0, m_type->findData(QVariant::fromValue(*filters.type))) : 0);
    m_region->setCurrentIndex(qMax(0, m_region->findData(filters.region)));
    m_openAnswer = false;
    m_session->search(query, filters); // with the filters the panel has no list for
    showStatus();
}

void SearchResultsDock::rerun()
{
    if (!m_session->query().isEmpty())
        search(m_session->query());
}

void SearchResultsDock::showResults(const Kb::SearchResults &results)
{
    m_model->setResults(results);
    m_save->setEnabled(!results.query.isEmpty());
    showStatus();
    if (results.total == 0 && !results.query.isEmpty() && !filterText().isEmpty())
        m_unfiltered->search(results.query); // how many the filter hides
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    // One municipality answers the submitted query: its row (the first) is what was asked
    // for. Two ("Bergen": Limburg and Noord-Holland) leave the choice to the user.
    if (std::exchange(m_openAnswer, false) && results.municipalities.size() == 1 &&
        m_model->index(0).data(SearchResultModel::MunicipalityRole).toString() ==
            results.municipalities.first().name)
        emit itemActivated(m_model->index(0).data(Kb::ItemIdRole).toString(), false);
}

void SearchResultsDock::showStatus()
{
    // Everything said about the search on screen, in the interface language of the moment.
    if (m_session->isBusy()) {
        m_status->setText(tr("Zoeken naar ‘%1’…").arg(m_session->query()));
        return;
    }
    const Kb::SearchResults &results = m_session->results();
    if (results.query.isEmpty())
        m_status->setText(tr("Typ een zoekterm in het zoekveld (Ctrl+K) en druk op Enter."));
    else if (results.total == 0 && !filterText().isEmpty())
        m_status->setText(
            tr("Geen resultaten voor ‘%1’ met filter %2.").arg(results.query, filterText()));
    else if (results.total == 0)
        m_status->setText(tr("Geen resultaten voor ‘%1’.").arg(results.query));
    else if (results.total > results.hits.size())
        m_status->setText(tr("%1 van %2 resultaten voor ‘%3’.")
                              .arg(results.hits.size())
                              .arg(results.total)
                              .arg(results.query));
    else
        m_status->setText(
            results.total == 1
                ? tr("1 resultaat voor ‘%1’.").arg(results.query)
                : tr("%1 resultaten voor ‘%2’.").arg(results.total).arg(results.query));
    m_bestMatch->setText(bestMatchText(results));
    m_bestMatch->setVisible(!m_bestMatch->text().isEmpty());
    m_suggestion->setVisible(!results.suggestion.isEmpty());
    m_suggestion->setProperty("query", results.suggestion);
    m_suggestion->setText(
        tr("Bedoelde u <a href=\"#suggestie\">%1</a>?").arg(results.suggestion.toHtmlEscaped()));
    showUnfilteredCount(m_unfiltered->results());
}

QString SearchResultsDock::bestMatchText(const Kb::SearchResults &results)
{
    if (!results.bestMatch || results.hits.isEmpty())
        return {};
    const QStringList missing = results.hits.constFirst().missing;
    if (missing.isEmpty())
        return tr("Daaronder resultaten die niet alle zoekwoorden bevatten.");
    QStringList quoted;
    for (const QString &w : missing)
        quoted.append(QStringLiteral("‘%1’").arg(w));
    return missing.size() == 1
               ? tr("Geen resultaat bevat alle zoekwoorden: %1 ontbreekt.").arg(quoted.first())
               : tr("Geen resultaat bevat alle zoekwoorden: %1 ontbreken.")
                     .arg(quoted.join(QStringLiteral(", ")));
}

void SearchResultsDock::activate(const QModelIndex &index)
{
    const QString id = index.data(Kb::ItemIdRole).toString();
    if (!id.isEmpty())
        emit itemActivated(id, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
}

} // namespace Flexwonen::Ui
