// SPDX-License-Identifier: EUPL-1.2
#include "basketdock.h"

#include "common/errorreporter.h"
#include "common/languagechange.h"
#include "common/plaintext.h"
#include "dialogs/exportdialog.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "personal/personalstore.h"
#include "removeditems.h"

#include <QAction>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {
constexpr int RemovedRole = Qt::UserRole + 20; // past the Kb item roles
constexpr int TypeRole = Qt::UserRole + 21;
} // namespace

BasketDock::BasketDock(Personal::PersonalStore &store, Kb::KnowledgeBase &kb,
                       Settings::Preferences &preferences, ErrorReporter &errors, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_kb(kb)
    , m_preferences(preferences)
    , m_errors(errors)
    , m_list(new QListWidget)
    , m_note(new QPlainTextEdit)
    , m_removed(plainLabel(QString()))
    , m_report(new QPushButton)
    , m_noteLabel(plainLabel(QString()))
{
    setObjectName(QStringLiteral("basketDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list->setObjectName(QStringLiteral("BasketList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_list, 1);
    m_removed->setObjectName(QStringLiteral("BasketRemovedNote"));
    m_removed->setWordWrap(true);
    m_removed->hide();
    layout->addWidget(m_removed);
    m_noteLabel->setBuddy(m_note);
    layout->addWidget(m_noteLabel);
    m_note->setObjectName(QStringLiteral("BasketNote"));
    m_note->setTabChangesFocus(true);
    // Small minimums: the panel shares the window's height with the other docks.
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 8);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_note->setPlainText(store.basketNote());
    layout->addWidget(m_note);
    m_report->setObjectName(QStringLiteral("BasketReportButton"));
    layout->addWidget(m_report);
    setWidget(content);
    setFocusProxy(m_list);

    // Alt+Up, Alt+Down and Delete act in the list only (eventFilter): elsewhere they are the
    // fields'.
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        if (!row->data(RemovedRole).toBool())
            emit itemActivated(row->data(Kb::ItemIdRole).toString(),
                               QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });
    // A drag moves a row in the list; the store takes the new order from it once the drop is
    // over (queued: the store's answer rebuilds the list).
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &BasketDock::takeOrderFromList,
            Qt::QueuedConnection);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, &BasketDock::takeOrderFromList,
            Qt::QueuedConnection);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_reloading)
            m_store.setBasketNote(m_note->toPlainText()); // written off the window's thread
    });
    connect(m_report, &QPushButton::clicked, this, &BasketDock::makeReport);
    connect(&store, &Personal::PersonalStore::basketChanged, this, &BasketDock::reload);
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, &BasketDock::reload);
    followLanguage(this, [this] { retranslate(); });
}

bool BasketDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void BasketDock::retranslate()
{
    setWindowTitle(tr("Rapportmand"));
    m_list->setAccessibleName(tr("Rapportmand"));
    m_list->setAccessibleDescription(
        tr("In de volgorde van het rapport; Alt+Omhoog en Alt+Omlaag verplaatsen het gekozen "
           "item, Delete haalt het weg, Enter opent het"));
    m_noteLabel->setText(tr("&Begeleidende notitie:"));
    m_note->setAccessibleName(tr("Begeleidende notitie"));
    m_note->setPlaceholderText(tr("Komt als toelichting vooraan in het rapport"));
    m_report->setText(tr("&Rapport maken…"));
    reload();
}

void BasketDock::add(const QString &itemId)
{
    if (itemId.isEmpty())
        return;
    m_errors.guard(Task::UpdateLists, [&] {
        const QHash<QString, Kb::ItemStamp> stamps = m_kb.stamps({itemId});
        const auto stamp = stamps.constFind(itemId);
        if (stamp == stamps.cend())
            return;
        m_store.addToBasket(itemId, stamp->title);
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Kb::ItemIdRole).toString() == itemId)
                m_list->setCurrentRow(i);
    });
}

void BasketDock::reload()
{
    const QList<Personal::BasketEntry> basket = m_store.basket();
    QStringList ids;
    for (const Personal::BasketEntry &entry : basket)
        ids.append(entry.itemId);
    QHash<QString, Kb::ItemStamp> stamps;
    if (!m_errors.guard(Task::UpdateLists, [&] { stamps = m_kb.stamps(ids); }))
        return;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Kb::ItemIdRole).toString() : QString();
    m_reloading = true;
    m_list->clear();
    int removed = 0;
    for (const Personal::BasketEntry &entry : basket) {
        const auto stamp = stamps.constFind(entry.itemId);
        const bool gone = stamp == stamps.cend();
        const QString title = gone ? entry.title : stamp->title;
        // Titles are content: the list shows them as plain text.
        auto *row = new QListWidgetItem(gone ? removedTitle(title, entry.itemId) : title);
        row->setData(Kb::ItemIdRole, entry.itemId);
        row->setData(RemovedRole, gone);
        if (!gone)
            row->setData(TypeRole, QVariant::fromValue(stamp->type));
        row->setToolTip(toolTipHtml(title));
        if (gone) {
            row->setForeground(m_list->palette().brush(QPalette::Disabled, QPalette::Text));
            ++removed;
        }
        m_list->addItem(row);
        if (entry.itemId == current)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_removed->setText(removed == 1
                           ? tr("1 verwijderd item komt niet in het rapport.")
                           : tr("%1 verwijderde items komen niet in het rapport.").arg(removed));
    m_removed->setVisible(removed > 0);
    if (m_note->toPlainText() != m_store.basketNote())
        m_note->setPlainText(m_store.basketNote());
    m_report->setEnabled(removed < basket.size());
    m_reloading = false;
}

void BasketDock::takeOrderFromList()
{
    if (m_reloading)
        return;
    QStringList order;
    for (int i = 0; i < m_list->count(); ++i)
        order.append(m_list->item(i)->data(Kb::ItemIdRole).toString());
    QStringList stored;
    for (const Personal::BasketEntry &entry : m_store.basket())
        stored.append(entry.itemId);
    if (order.size() != stored.size())
        return; // half way through a drag (a row taken out, not yet put back)
    for (int i = 0; i < order.size(); ++i) {
        if (stored.at(i) == order.at(i))
            continue;
        const int from = int(stored.indexOf(order.at(i)));
        if (from < 0)
            return;
        stored.move(from, i);
        m_store.moveInBasket(from, i);
    }
}

void BasketDock::moveCurrent(int delta)
{
    const int from = m_list->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    const QString id = m_list->item(from)->data(Kb::ItemIdRole).toString();
    m_store.moveInBasket(from, to); // the list follows (basketChanged)
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Kb::ItemIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

void BasketDock::removeCurrent()
{
    const int at = m_list->currentRow();
    if (at < 0)
        return;
    m_store.removeFromBasket(m_list->item(at)->data(Kb::ItemIdRole).toString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(at, m_list->count() - 1));
}

void BasketDock::makeReport()
{
    QList<Kb::ItemSummary> items;
    int removed = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *row = m_list->item(i);
        if (row->data(RemovedRole).toBool()) {
            ++removed;
            continue;
        }
        Kb::ItemSummary item;
        item.id = row->data(Kb::ItemIdRole).toString();
        item.title = row->text();
        item.type = row->data(TypeRole).value<Kb::ItemType>();
        items.append(item);
    }
    if (items.isEmpty()) {
        showPlainMessage(window(), QMessageBox::Information, tr("Rapportmand"),
                         tr("De rapportmand heeft geen items voor een rapport. Voeg items toe met "
                            "Ctrl+B of het contextmenu van een lijst."));
        return;
    }
    m_errors.guard(Task::Report, [&] {
        ExportDialog dialog(m_preferences, m_kb, ExportDialog::Action::Export, QString(), QString(),
                            window());
        dialog.setOwnSelection(items, m_note->toPlainText());
        if (removed > 0)
            dialog.setNotice(
                removed == 1
                    ? tr("1 verwijderd item uit de rapportmand komt niet in het rapport.")
                    : tr("%1 verwijderde items uit de rapportmand komen niet in het rapport.")
                          .arg(removed));
        dialog.exec();
    });
}

} // namespace Flexwonen::Ui
