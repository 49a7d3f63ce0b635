// SPDX-License-Identifier: EUPL-1.2
#include "regionsdock.h"
#include "common/accessiblenames.h"
#include "common/languagechange.h"

#include "kb/itemmodels.h"
#include "kb/itemroles.h"
#include "kb/search/searchtypes.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

// Keeps the rows whose name contains the filter, accents and case aside ("venl", "sudwest"); a
// region that matches keeps all its municipalities, a municipality that matches keeps its region.
class NameFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFolded(const QString &folded)
    {
        m_folded = folded;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_folded.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (Kb::foldName(index.data(Qt::DisplayRole).toString()).contains(m_folded))
            return true;
        // A municipality of a matching region stays: "Limburg" lists its 33.
        return parent.isValid() &&
               Kb::foldName(parent.data(Qt::DisplayRole).toString()).contains(m_folded);
    }

private:
    QString m_folded;
};

} // namespace

RegionsDock::RegionsDock(Kb::KnowledgeBase &kb, QWidget *parent)
    : ItemTreeDock(QStringLiteral("RegionsDock"), new Kb::RegionModel(&kb), parent)
    , m_filter(new QLineEdit)
    , m_proxy(new NameFilter(this))
{
    followLanguage(this, [this] { setWindowTitle(tr("Regio's")); });
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSourceModel(model());
    view()->setModel(m_proxy);

    m_filter->setObjectName(QStringLiteral("RegionFilter"));
    followLanguage(m_filter, [this] {
        m_filter->setPlaceholderText(tr("Zoek een gemeente of regio"));
        m_filter->setAccessibleName(tr("Gemeenten en regio's filteren"));
    });
    enableClearButton(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &RegionsDock::applyFilter);
    // Enter opens the first region or municipality left.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        QModelIndex first = m_proxy->index(0, 0);
        if (!m_filter->text().trimmed().isEmpty() && m_proxy->rowCount(first) > 0)
            first = m_proxy->index(0, 0, first);
        if (first.isValid())
            activate(first);
    });

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(view());
    setWidget(panel);
    // F6 and Alt+1 land on the list, as in every dock; typing there goes on in the filter, and
    // Down in the filter goes back to the list.
    setFocusProxy(view());
    view()->installEventFilter(this);
    m_filter->installEventFilter(this);
}

bool RegionsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return ItemTreeDock::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == view() && !key->text().isEmpty() && key->text().at(0).isPrint() &&
        !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        m_filter->setFocus(Qt::OtherFocusReason);
        m_filter->insert(key->text());
        return true;
    }
    if (watched == m_filter && key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
        view()->setFocus(Qt::OtherFocusReason);
        if (!view()->currentIndex().isValid())
            view()->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return ItemTreeDock::eventFilter(watched, event);
}

void RegionsDock::applyFilter(const QString &text)
{
    const QString folded = Kb::foldName(text);
    static_cast<NameFilter *>(m_proxy)->setFolded(folded);
    // Show the municipalities that matched; collapse again when the filter is cleared.
    if (folded.isEmpty())
        view()->collapseAll();
    else
        view()->expandAll();
}

void RegionsDock::activate(const QModelIndex &index)
{
    const bool newTab = QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier);
    if (index.parent().isValid() && !index.data(Kb::ItemTypeRole).isValid()) {
        emit municipalityActivated(index.data(Kb::ItemIdRole).toString(),
                                   index.data(Qt::DisplayRole).toString(), newTab);
        return;
    }
    ItemTreeDock::activate(index);
}

void RegionsDock::showCurrent(const QString &regionId, const QString &municipality)
{
    QModelIndex found;
    for (int row = 0; row < m_proxy->rowCount() && !found.isValid(); ++row) {
        const QModelIndex region = m_proxy->index(row, 0);
        if (region.data(Kb::ItemIdRole).toString() != regionId)
            continue;
        found = region;
        for (int child = 0; child < m_proxy->rowCount(region); ++child) {
            const QModelIndex m = m_proxy->index(child, 0, region);
            if (!municipality.isEmpty() && m.data(Qt::DisplayRole).toString() == municipality)
                found = m;
        }
    }
    if (!found.isValid()) {
        view()->clearSelection();
        view()->setCurrentIndex({});
        return;
    }
    view()->setCurrentIndex(found);
    view()->scrollTo(found);
}

} // namespace Flexwonen::Ui
