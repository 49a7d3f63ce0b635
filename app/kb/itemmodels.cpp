// SPDX-License-Identifier: EUPL-1.2
#include "itemmodels.h"

#include "itemroles.h"
#include "kberror.h"
#include "knowledgebase.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Flexwonen::Kb {

namespace {
// Internal ids: 0 marks a top-level row; n > 0 marks a child of top-level row n - 1.
constexpr quintptr TopLevel = 0;

QLocale &displayLocaleStorage()
{
    static QLocale locale(QLocale::Dutch, QLocale::Netherlands);
    return locale;
}

QString label(const char *source, Labels labels)
{
    return labels == Labels::Dutch ? QString::fromUtf8(source)
                                   : QCoreApplication::translate("Flexwonen::Kb", source);
}
} // namespace

QLocale displayLocale()
{
    return displayLocaleStorage();
}

void setDisplayLocale(const QLocale &locale)
{
    displayLocaleStorage() = locale;
}

ItemTreeModel::ItemTreeModel(KnowledgeBase *kb, QObject *parent)
    : QAbstractItemModel(parent)
    , m_kb(kb)
{
    // A slot's edge: a failure here must not unwind into whoever switched the content.
    connect(kb, &KnowledgeBase::contentChanged, this, [this] {
        if (!m_loaded)
            return; // read on first use, from the new content
        try {
            reload();
        } catch (const Flexwonen::Error &e) {
            emit reloadFailed(e.message());
        }
    });
}

void ItemTreeModel::reload()
{
    // Read first, reset after: a failed read leaves the rows as they were.
    QList<Node> nodes = m_kb ? load(*m_kb) : QList<Node>();
    beginResetModel();
    m_nodes = std::move(nodes);
    m_loaded = true;
    endResetModel();
}

void ItemTreeModel::retranslate()
{
    if (!m_loaded || !m_kb)
        return; // read on first use, in the language of that moment
    QList<Node> nodes = load(*m_kb);
    // Children read when their row was unfolded are read again, and only those.
    for (qsizetype i = 0; i < nodes.size() && i < m_nodes.size(); ++i) {
        if (nodes[i].childrenPending && !m_nodes[i].childrenPending &&
            nodes[i].itemId == m_nodes[i].itemId) {
            nodes[i].children = loadChildren(*m_kb, nodes[i]);
            nodes[i].childrenPending = false;
        }
    }
    const auto sameItems = [](const QList<Node> &a, const QList<Node> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const Node &x, const Node &y) {
                              return x.itemId == y.itemId && x.type == y.type &&
                                     x.childrenPending == y.childrenPending &&
                                     x.children.size() == y.children.size();
                          });
    };
    bool same = sameItems(m_nodes, nodes);
    for (qsizetype i = 0; same && i < nodes.size(); ++i)
        same = sameItems(m_nodes[i].children, nodes[i].children);
    if (!same) {
        beginResetModel();
        m_nodes = std::move(nodes);
        endResetModel();
        return;
    }
    m_nodes = std::move(nodes);
    if (m_nodes.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_nodes.size()) - 1, 0));
    for (int row = 0; row < m_nodes.size(); ++row) {
        const int children = int(m_nodes[row].children.size());
        if (children > 0) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, 0, parent), index(children - 1, 0, parent));
        }
    }
}

void ItemTreeModel::ensureLoaded() const
{
    if (m_loaded || !m_ready || !m_kb)
        return;
    m_loaded = true; // a failure is reported once, not on every paint
    auto *self = const_cast<ItemTreeModel *>(this);
    try {
        m_nodes = self->load(*m_kb);
    } catch (const Flexwonen::Error &e) {
        // Asked from a view's layout or paint: the report waits for the event loop.
        QMetaObject::invokeMethod(
            self, [self, message = e.message()] { emit self->reloadFailed(message); },
            Qt::QueuedConnection);
    }
}

QModelIndex ItemTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    ensureLoaded();
    if (!parent.isValid())
        return row < m_nodes.size() ? createIndex(row, 0, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_nodes.size())
        return {};
    if (row >= m_nodes[parent.row()].children.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex ItemTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

void ItemTreeModel::showRows()
{
    if (m_shown)
        return;
    // A reset even when the rows were read already: views laid out before saw none.
    beginResetModel();
    m_shown = true;
    ensureLoaded();
    endResetModel();
}

bool ItemTreeModel::hasChildren(const QModelIndex &parent) const
{
    // A view asks this first (QTreeView::doItemsLayout), also while its dock is shown for a
    // moment at start before the tab bar hides it: no rows for views until showRows().
    // Once read (asked directly), the answer is the true one again: a model never contradicts
    // its own rowCount (QAbstractItemModelTester), and showRows() resets the views anyway.
    if (!parent.isValid() && !m_shown && !m_loaded)
        return false;
    if (const Node *node = nodeAt(parent); node && node->childrenPending)
        return true; // load() only marks rows that have children
    return rowCount(parent) > 0;
}

bool ItemTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    return node && node->childrenPending;
}

void ItemTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_kb || parent.internalId() != TopLevel)
        return;
    Node &node = m_nodes[parent.row()];
    node.childrenPending = false; // a failure is reported once, not on every expand
    QList<Node> children;
    try {
        children = loadChildren(*m_kb, node);
    } catch (const Flexwonen::Error &e) {
        emit reloadFailed(e.message());
        return;
    }
    if (children.isEmpty())
        return;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    node.children = std::move(children);
    endInsertRows();
}

QList<ItemTreeModel::Node> ItemTreeModel::loadChildren(KnowledgeBase &, const Node &)
{
    return {};
}

int ItemTreeModel::rowCount(const QModelIndex &parent) const
{
    ensureLoaded();
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalId() == TopLevel && parent.row() < m_nodes.size())
        return int(m_nodes[parent.row()].children.size());
    return 0;
}

int ItemTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const ItemTreeModel::Node *ItemTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == TopLevel)
        return index.row() < m_nodes.size() ? &m_nodes[index.row()] : nullptr;
    const qsizetype parentRow = qsizetype(index.internalId() - 1);
    if (parentRow >= m_nodes.size() || index.row() >= m_nodes[parentRow].children.size())
        return nullptr;
    return &m_nodes[parentRow].children[index.row()];
}

QVariant ItemTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->secondary.isEmpty()
                   ? node->text
                   : QStringLiteral("%1\n%2").arg(node->text, node->secondary);
    case ItemIdRole:
        return node->itemId;
    case ItemTypeRole:
        return node->type ? QVariant::fromValue(*node->type) : QVariant();
    case SecondaryTextRole:
        return node->secondary;
    case DateRole:
        return node->date;
    default:
        return {};
    }
}

RegionModel::RegionModel(KnowledgeBase *kb, QObject *parent)
    : ItemTreeModel(kb, parent)
{
    initialize();
}

QList<ItemTreeModel::Node> RegionModel::load(KnowledgeBase &kb)
{
    QList<Node> nodes;
    // One query for all municipalities: this model fills at start-up.
    const QHash<QString, QList<Municipality>> municipalities = kb.municipalitiesByRegion();
    for (const ItemSummary &region : kb.list({ItemType::Region, {}, {}})) {
        Node node{region.id, region.type, region.title, region.summary, region.date, {}};
        const QList<Municipality> members = municipalities.value(region.id);
        for (const Municipality &m : members)
            node.children.append({region.id,
                                  std::nullopt, // a municipality is no item
                                  m.name,
                                  QStringLiteral("%1 · %2").arg(m.code).arg(m.year),
                                  {},
                                  {}});
        node.secondary = municipalityCount(int(members.size()));
        nodes.append(node);
    }
    return nodes;
}

DossierModel::DossierModel(KnowledgeBase *kb, QObject *parent)
    : ItemTreeModel(kb, parent)
{
    initialize();
}

QList<ItemTreeModel::Node> DossierModel::load(KnowledgeBase &kb)
{
    QList<Node> nodes;
    for (const ItemSummary &dossier : kb.list({ItemType::Dossier, {}, {}})) {
        Node node{dossier.id, dossier.type, dossier.title, dossier.summary, {}, {}};
        // One indexed look per theme (item_dossier), so the expander is only drawn where
        // there is something to expand.
        node.childrenPending = kb.hasItems({ItemType::Document, {}, dossier.id});
        nodes.append(node);
    }
    return nodes;
}

QList<ItemTreeModel::Node> DossierModel::loadChildren(KnowledgeBase &kb, const Node &parent)
{
    const QLocale locale = displayLocale();
    QList<ItemSummary> documents = kb.list({ItemType::Document, {}, parent.itemId});
    // Newest first inside a theme: officers look for the current rules.
    std::stable_sort(documents.begin(), documents.end(),
                     [](const ItemSummary &a, const ItemSummary &b) { return a.date > b.date; });
    QList<Node> children;
    children.reserve(documents.size());
    for (const ItemSummary &doc : documents) {
        const QString secondary = QStringLiteral("%1 · %2").arg(
            kindLabel(doc.kind), locale.toString(doc.date, QStringLiteral("d MMMM yyyy")));
        children.append({doc.id, doc.type, doc.title, secondary, doc.date, {}});
    }
    return children;
}

PilotModel::PilotModel(KnowledgeBase *kb, QObject *parent)
    : ItemTreeModel(kb, parent)
{
    initialize();
}

QList<ItemTreeModel::Node> PilotModel::load(KnowledgeBase &kb)
{
    QList<Node> nodes;
    for (const ItemSummary &pilot : kb.list({ItemType::Pilot, {}, {}})) {
        QStringList parts;
        if (!pilot.municipality.isEmpty())
            parts.append(pilot.municipality);
        if (!pilot.initiator.isEmpty())
            parts.append(pilot.initiator);
        nodes.append(
            {pilot.id, pilot.type, pilot.title, parts.join(QStringLiteral(" · ")), pilot.date, {}});
    }
    return nodes;
}

namespace {
// The order of the organisation groups: the centre, who signed, who takes part, then the rest.
const QStringList OrganisationKinds = {
    QStringLiteral("expertisecentrum"), QStringLiteral("ondertekenaar"),
    QStringLiteral("deelnemer"),        QStringLiteral("overheid"),
    QStringLiteral("keurmerk"),         QStringLiteral("kennisinstituut"),
    QStringLiteral("aanbieder")};
const QString CentreKind = QStringLiteral("expertisecentrum");
const QString MarketPage = QStringLiteral("marktplaats");

QString organisationCount(qsizetype n)
{
    return n == 1 ? QCoreApplication::translate("Flexwonen::Kb", "1 organisatie")
                  : QCoreApplication::translate("Flexwonen::Kb", "%1 organisaties").arg(n);
}

ItemTreeModel::Node leaf(const ItemSummary &s, const QString &secondary)
{
    return {s.id, s.type, s.title, secondary, s.date, {}};
}
} // namespace

BrowseModel::BrowseModel(KnowledgeBase *kb, QObject *parent)
    : ItemTreeModel(kb, parent)
{
    initialize();
}

QList<ItemTreeModel::Node> BrowseModel::load(KnowledgeBase &kb)
{
    const QLocale locale = displayLocale();
    QList<Node> nodes;
    QHash<int, int> rows;
    const auto mark = [&](Group group) {
        if (!rows.contains(int(group)))
            rows.insert(int(group), int(nodes.size()));
    };

    // Contact: the centre's own organisation item.
    const QList<ItemSummary> organisations = kb.list({ItemType::Organisation, {}, {}});
    for (const ItemSummary &org : organisations) {
        if (org.kind == CentreKind) {
            mark(Group::Contact);
            nodes.append(leaf(org, QCoreApplication::translate("Flexwonen::Kb", "Contact")));
        }
    }

    // The Marktplaats first of the pages, its linked projects and providers under it.
    QList<ItemSummary> pages = kb.list({ItemType::Page, {}, {}});
    std::stable_partition(pages.begin(), pages.end(),
                          [](const ItemSummary &p) { return p.id == MarketPage; });
    const auto pageNode = [&kb](const ItemSummary &page) {
        Node node = leaf(page, page.summary);
        if (const std::optional<Item> item = kb.item(page.id)) {
            for (const QString &id : item->links) {
                if (const std::optional<Item> linked = kb.item(id))
                    node.children.append({linked->id,
                                          linked->type,
                                          linked->title,
                                          typeLabel(linked->type),
                                          linked->date,
                                          {}});
            }
        }
        return node;
    };
    if (!pages.isEmpty() && pages.first().id == MarketPage) {
        mark(Group::Market);
        nodes.append(pageNode(pages.takeFirst()));
    }

    const QList<ItemSummary> faqs = kb.list({ItemType::Faq, {}, {}});
    if (!faqs.isEmpty()) {
        mark(Group::Faq);
        Node group{{},
                   std::nullopt,
                   QCoreApplication::translate("Flexwonen::Kb", "Vragen en antwoorden"),
                   QString::number(faqs.size()),
                   {},
                   {}};
        for (const ItemSummary &faq : faqs)
            group.children.append(leaf(faq, {}));
        nodes.append(group);
    }

    QMap<QString, QList<Node>> byKind;
    for (const ItemSummary &org : organisations) {
        if (org.kind != CentreKind) // it is the Contact row
            byKind[org.kind].append(leaf(org, {}));
    }
    QStringList kinds = OrganisationKinds;
    for (const QString &kind : byKind.keys()) {
        if (!kinds.contains(kind))
            kinds.append(kind); // a role added to the content later still has a place
    }
    for (const QString &kind : kinds) {
        const QList<Node> members = byKind.value(kind);
        if (members.isEmpty())
            continue;
        mark(Group::Organisations);
        nodes.append({{},
                      std::nullopt,
                      organisationGroupLabel(kind),
                      organisationCount(members.size()),
                      {},
                      members});
    }

    QList<ItemSummary> news = kb.list({ItemType::News, {}, {}});
    std::stable_sort(news.begin(), news.end(),
                     [](const ItemSummary &a, const ItemSummary &b) { return a.date > b.date; });
    int year = -1;
    for (const ItemSummary &n : news) {
        const int y = n.date.isValid() ? n.date.year() : 0;
        if (y != year || nodes.isEmpty()) {
            year = y;
            mark(Group::News);
            nodes.append({{},
                          std::nullopt,
                          y > 0
                              ? QCoreApplication::translate("Flexwonen::Kb", "Nieuws %1").arg(y)
                              : QCoreApplication::translate("Flexwonen::Kb", "Nieuws zonder datum"),
                          {},
                          {},
                          {}});
        }
        nodes.last().children.append(
            leaf(n, locale.toString(n.date, QStringLiteral("d MMMM yyyy"))));
    }

    for (const ItemSummary &page : pages) {
        mark(Group::Pages);
        nodes.append(pageNode(page));
    }
    m_groupRows = rows;
    return nodes;
}

QString organisationGroupLabel(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("expertisecentrum"),
         QT_TRANSLATE_NOOP("Flexwonen::Kb", "Het expertisecentrum")},
        {QStringLiteral("ondertekenaar"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Ondertekenaars")},
        {QStringLiteral("deelnemer"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Partners en deelnemers")},
        {QStringLiteral("overheid"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Overheid")},
        {QStringLiteral("keurmerk"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Keurmerken")},
        {QStringLiteral("kennisinstituut"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Kennisinstituten")},
        {QStringLiteral("aanbieder"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Aanbieders")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : QCoreApplication::translate("Flexwonen::Kb", *it);
}

QString municipalityCount(int n)
{
    // Dutch is the source language: the plural is spelled out, not left to a translation file.
    return n == 1 ? QCoreApplication::translate("Flexwonen::Kb", "1 gemeente")
                  : QCoreApplication::translate("Flexwonen::Kb", "%1 gemeenten").arg(n);
}

QString typeLabel(ItemType type, Labels labels)
{
    return label(typeLabelSource(type), labels);
}

QString kindLabel(const QString &kind, Labels labels)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("handreiking"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Handreiking")},
        {QStringLiteral("beleidsregel"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Beleidsregel")},
        {QStringLiteral("convenant"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Convenant")},
        {QStringLiteral("onderzoek"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Onderzoek")},
        {QStringLiteral("praktijkvoorbeeld"),
         QT_TRANSLATE_NOOP("Flexwonen::Kb", "Praktijkvoorbeeld")},
        {QStringLiteral("kamerbrief"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Kamerbrief")},
        {QStringLiteral("verslag"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Verslag")},
        {QStringLiteral("wet"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Wet")},
        {QStringLiteral("norm"), QT_TRANSLATE_NOOP("Flexwonen::Kb", "Norm")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : label(*it, labels);
}

} // namespace Flexwonen::Kb
