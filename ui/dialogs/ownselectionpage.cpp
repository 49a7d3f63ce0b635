// SPDX-License-Identifier: EUPL-1.2
#include "ownselectionpage.h"
#include "common/accessiblenames.h"

#include "common/plaintext.h"
#include "itemchoicemodel.h"

#include "kb/itemmodels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

namespace {

// Down in the filter goes on to the list it filters (as in the Regio's panel).
class FilterKeys : public QObject
{
public:
    FilterKeys(QWidget *list, QObject *parent)
        : QObject(parent)
        , m_list(list)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
            static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_list;
};

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

OwnSelectionPage::OwnSelectionPage(Kb::KnowledgeBase &kb, QWidget *parent)
    : QWidget(parent)
    , m_choices(new ItemChoiceModel(kb, this))
{
    auto *layout = new QVBoxLayout(this);
    QLabel *hint = plainLabel(
        tr("Vink links de items aan die in het rapport komen (spatie). Rechts staan ze in de "
           "volgorde van het rapport: slepen, of Alt+Omhoog en Alt+Omlaag; Delete haalt er een "
           "weg."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *columns = new QHBoxLayout;
    columns->addWidget(createChooser(), 1);
    columns->addWidget(createChosenList(), 1);
    layout->addLayout(columns, 1);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("CustomNote"));
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_note->setTabChangesFocus(true);
    layout->addWidget(buddyLabel(tr("Begeleidende notitie (voorblad):"), m_note, this));
    layout->addWidget(m_note);
    m_choices->setFilter({});
}

QWidget *OwnSelectionPage::createChooser()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    // Typing narrows the list: thousands of items are not scrolled through.
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("CustomItemFilter"));
    m_filter->setPlaceholderText(tr("Filter op titel of soort"));
    enableClearButton(m_filter);
    // A one-column tree: its column follows the width, so long titles end in "…" (with the
    // whole title as tooltip) instead of a sideways scroll bar.
    m_choiceView = new QTreeView(box);
    m_choiceView->setObjectName(QStringLiteral("CustomChoices"));
    m_choiceView->setAccessibleName(tr("Alle items"));
    m_choiceView->setAccessibleDescription(
        tr("Spatie vinkt het gekozen item aan of uit; aangevinkte items komen in het rapport"));
    m_choiceView->setModel(m_choices);
    m_choiceView->setHeaderHidden(true);
    m_choiceView->setRootIsDecorated(false);
    m_choiceView->setUniformRowHeights(true);
    m_choiceView->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_filter->installEventFilter(new FilterKeys(m_choiceView, m_filter));
    layout->addWidget(buddyLabel(tr("&Kies uit alle items:"), m_filter, box));
    layout->addWidget(m_filter);
    layout->addWidget(m_choiceView, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_choices->setFilter(text);
        m_choiceView->setCurrentIndex(m_choices->index(0));
    });
    connect(m_choices, &ItemChoiceModel::toggled, this, &OwnSelectionPage::setChosen);
    // A double click chooses (or un-chooses) like the check box does.
    connect(m_choiceView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const bool chosen = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_choices->setData(index, chosen ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    return box;
}

QWidget *OwnSelectionPage::createChosenList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    m_chosen = new QListWidget(box);
    m_chosen->setObjectName(QStringLiteral("CustomItems"));
    m_chosen->setAccessibleName(tr("Items van het rapport"));
    m_chosen->setAccessibleDescription(
        tr("In de volgorde van het rapport; Alt+Omhoog en Alt+Omlaag verplaatsen het gekozen "
           "item, Delete haalt het weg"));
    m_chosen->setDragDropMode(QAbstractItemView::InternalMove);
    m_chosen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(buddyLabel(tr("In het &rapport, in deze volgorde:"), m_chosen, box));
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_chosen, 1);
    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &text, const QString &name, const QKeySequence &keys,
                            const QString &description, const std::function<void()> &act) {
        auto *push = new QPushButton(text, box);
        push->setObjectName(name);
        push->setToolTip(keys.toString(QKeySequence::NativeText));
        // "Omhoog" alone does not say what moves.
        push->setAccessibleDescription(description + QStringLiteral(" (") + push->toolTip() +
                                       QStringLiteral(")"));
        // The keys act in the chosen list only: elsewhere Alt+arrows and Delete are the fields'.
        auto *action = new QAction(m_chosen);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, act);
        m_chosen->addAction(action);
        connect(push, &QPushButton::clicked, this, [this, act] {
            act();
            m_chosen->setFocus();
        });
        buttons->addWidget(push);
    };
    button(tr("Omhoog"), QStringLiteral("MoveItemUp"), QKeySequence(Qt::ALT | Qt::Key_Up),
           tr("Het gekozen item een plaats hoger in het rapport"), [this] { moveCurrent(-1); });
    button(tr("Omlaag"), QStringLiteral("MoveItemDown"), QKeySequence(Qt::ALT | Qt::Key_Down),
           tr("Het gekozen item een plaats lager in het rapport"), [this] { moveCurrent(1); });
    button(tr("Weghalen"), QStringLiteral("RemoveItem"), QKeySequence(QKeySequence::Delete),
           tr("Het gekozen item uit het rapport halen"), [this] { removeCurrent(); });
    buttons->addStretch(1);
    rows->addLayout(buttons);
    layout->addLayout(rows, 1);
    // The check marks on the left follow every change of the chosen rows, however made.
    connect(m_chosen->model(), &QAbstractItemModel::rowsInserted, this,
            &OwnSelectionPage::markChosen);
    connect(m_chosen->model(), &QAbstractItemModel::rowsRemoved, this,
            &OwnSelectionPage::markChosen);
    return box;
}

void OwnSelectionPage::add(const Kb::ItemSummary &item)
{
    setChosen(item, true);
}

void OwnSelectionPage::setChosen(const Kb::ItemSummary &item, bool chosen)
{
    const QStringList ids = chosenIds();
    const int at = int(ids.indexOf(item.id));
    if (chosen && at < 0) {
        // Filled before it is added: adding announces the row, with its id.
        auto *row = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(item.title, Kb::typeLabel(item.type)));
        row->setData(Qt::UserRole, item.id);
        row->setToolTip(toolTipHtml(item.title));
        m_chosen->addItem(row);
        m_chosen->setCurrentItem(row);
    } else if (!chosen && at >= 0) {
        delete m_chosen->takeItem(at);
    }
}

QStringList OwnSelectionPage::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_chosen->count(); ++i)
        ids.append(m_chosen->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void OwnSelectionPage::setChosenItems(const QList<Kb::ItemSummary> &items)
{
    m_chosen->clear();
    for (const Kb::ItemSummary &item : items)
        add(item);
    markChosen();
}

QString OwnSelectionPage::note() const
{
    return m_note->toPlainText();
}

void OwnSelectionPage::setNote(const QString &text)
{
    m_note->setPlainText(text);
}

void OwnSelectionPage::markChosen()
{
    const QStringList ids = chosenIds();
    m_choices->setChosen(QSet<QString>(ids.begin(), ids.end()));
}

void OwnSelectionPage::moveCurrent(int delta)
{
    const int from = m_chosen->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_chosen->count())
        return;
    QListWidgetItem *row = m_chosen->takeItem(from);
    m_chosen->insertItem(to, row);
    m_chosen->setCurrentItem(row);
}

void OwnSelectionPage::removeCurrent()
{
    const int at = m_chosen->currentRow();
    if (at >= 0)
        delete m_chosen->takeItem(at);
}

} // namespace Flexwonen::Ui
