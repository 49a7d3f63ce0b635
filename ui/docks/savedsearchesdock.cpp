// SPDX-License-Identifier: EUPL-1.2
#include "savedsearchesdock.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "personal/personalstore.h"

#include <QAbstractListModel>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

// The store's saved searches as rows; the name is edited in place (F2).
class SavedSearchModel final : public QAbstractListModel
{
public:
    SavedSearchModel(Personal::PersonalStore &store, QObject *parent)
        : QAbstractListModel(parent)
        , m_store(store)
        , m_searches(store.savedSearches())
    {
        connect(&store, &Personal::PersonalStore::savedSearchesChanged, this, [this] {
            beginResetModel();
            m_searches = m_store.savedSearches();
            endResetModel();
        });
    }

    void retranslate()
    {
        if (!m_searches.isEmpty())
            emit dataChanged(index(0), index(int(m_searches.size()) - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_searches.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_searches.size())
            return {};
        const Personal::SavedSearch &s = m_searches.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return SavedSearchesDock::rowText(s.name, s.unseen); // plain: the view draws text
        case Qt::EditRole:
            return s.name;
        case Qt::AccessibleTextRole:
            return s.unseen > 0
                       ? SavedSearchesDock::tr("%1, %n nieuw", nullptr, s.unseen).arg(s.name)
                       : s.name;
        case Qt::FontRole:
            if (s.unseen > 0) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case SavedSearchesDock::SearchIdRole:
            return s.id;
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        const QString name = value.toString().simplified();
        if (role != Qt::EditRole || !index.isValid() || name.isEmpty())
            return false;
        m_store.renameSavedSearch(m_searches.at(index.row()).id, name); // resets the model
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
    }

private:
    Personal::PersonalStore &m_store;
    QList<Personal::SavedSearch> m_searches;
};

} // namespace

SavedSearchesDock::SavedSearchesDock(Personal::PersonalStore &store, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_view(new QListView)
    , m_empty(plainLabel(QString()))
{
    setObjectName(QStringLiteral("savedSearchesDock"));
    auto *model = new SavedSearchModel(store, this);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_empty->setObjectName(QStringLiteral("SavedSearchesEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_view->setObjectName(QStringLiteral("SavedSearchesView"));
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setUniformItemSizes(true);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 3); // shares the height with others
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFocusProxy(m_view);

    const auto showEmpty = [this, model] { m_empty->setVisible(model->rowCount() == 0); };
    showEmpty();
    connect(model, &QAbstractItemModel::modelReset, this, [this, showEmpty] {
        showEmpty();
        if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit runRequested(index.data(SearchIdRole).toLongLong());
    });
    followLanguage(this, [this, model] {
        setWindowTitle(tr("Bewaarde zoekopdrachten"));
        m_view->setAccessibleName(tr("Bewaarde zoekopdrachten"));
        m_view->setAccessibleDescription(
            tr("Enter toont de resultaten; F2 wijzigt de naam, Delete verwijdert"));
        m_empty->setText(tr("Nog geen bewaarde zoekopdrachten. Zoek, en kies in Zoekresultaten "
                            "‘Zoekopdracht bewaren…’."));
        model->retranslate();
    });
}

QString SavedSearchesDock::rowText(const QString &name, int unseen)
{
    return unseen > 0 ? tr("%1 — %n nieuw", nullptr, unseen).arg(name) : name;
}

qint64 SavedSearchesDock::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(SearchIdRole).toLongLong() : 0;
}

void SavedSearchesDock::removeCurrent()
{
    const int row = m_view->currentIndex().row();
    if (const qint64 id = currentId()) {
        m_store.removeSavedSearch(id);
        const int count = m_view->model()->rowCount();
        if (count > 0)
            m_view->setCurrentIndex(m_view->model()->index(qMin(row, count - 1), 0));
    }
}

void SavedSearchesDock::showMenu(const QPoint &viewportPos)
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("SavedSearchMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = index.data(SearchIdRole).toLongLong();
    menu->addAction(tr("&Resultaten tonen"), this, [this, id] { emit runRequested(id); });
    menu->addAction(tr("Naam &wijzigen"), this, [this] { m_view->edit(m_view->currentIndex()); });
    menu->addAction(tr("&Verwijderen"), this, [this] { removeCurrent(); });
    menu->popup(m_view->viewport()->mapToGlobal(viewportPos));
}

bool SavedSearchesDock::eventFilter(QObject *watched, QEvent *event)
{
    // While a name is edited, the keys go to the editor, not to the view.
    if (event->type() == QEvent::KeyPress && watched == m_view) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeCurrent();
            return true;
        }
    }
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QPoint pos = watched == m_view->viewport()
                         ? menuEvent->pos()
                         : m_view->viewport()->mapFrom(m_view, menuEvent->pos());
        if (menuEvent->reason() == QContextMenuEvent::Keyboard)
            pos = m_view->visualRect(m_view->currentIndex()).center();
        showMenu(pos);
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Flexwonen::Ui
