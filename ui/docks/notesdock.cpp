// SPDX-License-Identifier: EUPL-1.2
#include "notesdock.h"

#include "common/accessiblenames.h"
#include "common/languagechange.h"
#include "common/plaintext.h"
#include "kb/itemroles.h"
#include "kb/knowledgebase.h"
#include "personal/personalstore.h"
#include "reader/readerview.h"
#include "removeditems.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

NotesDock::NotesDock(Personal::PersonalStore &store, Kb::KnowledgeBase &kb, ErrorReporter &errors,
                     QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_kb(kb)
    , m_errors(errors)
    , m_title(plainLabel(QString()))
    , m_editButton(new QToolButton)
    , m_stack(new QStackedWidget)
    , m_view(new ReaderView)
    , m_editor(new QPlainTextEdit)
    , m_search(new QLineEdit)
    , m_results(new QListView)
    , m_resultModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("notesDock"));
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setWordWrap(true);
    m_editButton->setObjectName(QStringLiteral("noteEditButton"));
    m_editButton->setCheckable(true);
    m_editButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->setObjectName(QStringLiteral("noteView"));
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setTabChangesFocus(true); // Tab leaves the note, as in every other pane
    m_search->setObjectName(QStringLiteral("notesSearchField"));
    enableClearButton(m_search);
    m_results->setObjectName(QStringLiteral("notesResults"));
    m_results->setModel(m_resultModel);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true); // whole titles in a narrow panel, "(verwijderd)" included
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_editor);

    auto *note = new QWidget;
    // Title and button on rows of their own: the panel stays narrow on a small screen.
    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_editButton);
    head->addStretch(1);
    auto *noteLayout = new QVBoxLayout(note);
    noteLayout->setContentsMargins(4, 4, 4, 0);
    noteLayout->addWidget(m_title);
    noteLayout->addLayout(head);
    noteLayout->addWidget(m_stack, 1);
    auto *find = new QWidget;
    auto *findLayout = new QVBoxLayout(find);
    findLayout->setContentsMargins(4, 0, 4, 4);
    findLayout->addWidget(m_search);
    findLayout->addWidget(m_results, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("notesSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(note);
    split->addWidget(find);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setWidget(split);

    connect(m_editButton, &QToolButton::toggled, this, &NotesDock::setEditing);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesDock::save);
    connect(m_view, &ReaderView::itemLinkActivated, this, &NotesDock::itemActivated);
    connect(m_search, &QLineEdit::textChanged, this, &NotesDock::refreshResults);
    // Enter in the field opens the first result; Down goes to the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_resultModel->rowCount() > 0)
            activateResult(m_resultModel->index(0, 0));
    });
    connect(m_results, &QListView::activated, this, &NotesDock::activateResult);
    connect(&store, &Personal::PersonalStore::notesChanged, this, [this] {
        if (!m_itemId.isEmpty() && m_store.note(m_itemId) != m_editor->toPlainText())
            loadNote(); // changed elsewhere (an import), not by typing here
        refreshResults();
    });
    connect(&kb, &Kb::KnowledgeBase::contentChanged, this, &NotesDock::refreshResults);
    followLanguage(this, [this] { setTexts(); });
    setItem({}, {});
}

void NotesDock::setTexts()
{
    setWindowTitle(tr("Notities"));
    m_editButton->setText(tr("&Bewerken"));
    m_editButton->setToolTip(tr("De notitie bewerken of opgemaakt tonen"));
    m_editor->setAccessibleName(tr("Notitie (Markdown)"));
    m_editor->setPlaceholderText(
        tr("Uw eigen notitie bij dit item, in Markdown. Wordt bewaard terwijl u typt."));
    m_view->setAccessibleName(tr("Notitie"));
    m_search->setPlaceholderText(tr("Zoeken in mijn notities"));
    m_search->setAccessibleName(tr("Zoeken in mijn notities"));
    m_results->setAccessibleName(tr("Items met een notitie"));
    setItem(m_itemId, m_itemTitle);
    refreshResults();
}

void NotesDock::setItem(const QString &itemId, const QString &title)
{
    const bool changed = itemId != m_itemId;
    m_itemId = itemId;
    m_itemTitle = title;
    const bool has = !itemId.isEmpty();
    m_title->setText(has ? title : tr("Open een item om er een notitie bij te schrijven."));
    m_editButton->setEnabled(has);
    m_stack->setEnabled(has);
    if (!changed && has)
        return;
    loadNote();
    // A note is read first; an item without one is ready for writing.
    setEditing(has && m_store.note(itemId).isEmpty());
}

void NotesDock::loadNote()
{
    m_loading = true;
    m_editor->setPlainText(m_itemId.isEmpty() ? QString() : m_store.note(m_itemId));
    m_loading = false;
    render();
}

void NotesDock::render()
{
    // The user's Markdown through the reader's view: no raw HTML, no resource is ever read.
    m_view->showMarkdown(m_editor->toPlainText());
}

void NotesDock::setEditing(bool editing)
{
    if (!editing)
        render();
    m_stack->setCurrentWidget(editing ? static_cast<QWidget *>(m_editor) : m_view);
    const QSignalBlocker block(m_editButton);
    m_editButton->setChecked(editing);
    // F6 and Alt+n bring the focus to the note, or to the notes list when no item is open.
    setFocusProxy(m_itemId.isEmpty() ? static_cast<QWidget *>(m_results)
                                     : m_stack->currentWidget());
}

bool NotesDock::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void NotesDock::save()
{
    if (m_loading || m_itemId.isEmpty())
        return;
    // The store keeps it in memory at once and batches the writes to disk.
    m_store.setNote(m_itemId, m_itemTitle, m_editor->toPlainText());
}

void NotesDock::refreshResults()
{
    m_matcher.setQuery(m_search->text());
    const QList<Personal::Note> notes = m_store.notes();
    QStringList ids;
    for (const Personal::Note &n : notes)
        ids.append(n.itemId);
    const QSet<QString> present = presentItems(m_kb, m_errors, ids);
    const QString current = m_results->currentIndex().data(Kb::ItemIdRole).toString();
    m_resultModel->clear();
    for (const Personal::Note &n : notes) {
        if (!m_matcher.matches(n.text))
            continue;
        const bool removed = !present.contains(n.itemId);
        QStandardItem *row = personalRow(n.itemId, n.title, removed, RemovedRole);
        m_resultModel->appendRow(row);
        if (n.itemId == current)
            m_results->setCurrentIndex(row->index());
    }
}

void NotesDock::activateResult(const QModelIndex &index)
{
    const QString id = index.data(Kb::ItemIdRole).toString();
    if (id.isEmpty())
        return;
    if (index.data(RemovedRole).toBool()) {
        // The item is gone, its note is not: shown here, still editable.
        setItem(id, m_store.lastTitle(id));
        m_title->setText(index.data().toString());
        emit message(tr("“%1” staat niet meer in de kennisbank; de notitie is er nog.")
                         .arg(m_store.lastTitle(id).isEmpty() ? id : m_store.lastTitle(id)));
        return;
    }
    emit itemActivated(id, QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
}

} // namespace Flexwonen::Ui
