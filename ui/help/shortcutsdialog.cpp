// SPDX-License-Identifier: EUPL-1.2
#include "shortcutsdialog.h"

#include "common/languagechange.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Flexwonen::Ui {

namespace {

// "&Exporteren als PDF of ODT…" → "Exporteren als PDF of ODT"
QString plainActionText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.remove(QChar(u'…'));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &s : sequences)
        keys.append(s.toString(QKeySequence::NativeText));
    return keys.join(ShortcutsDialog::tr(" of "));
}

} // namespace

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QWidget *window)
{
    QList<Row> rows;
    QSet<const QAction *> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action) ||
            action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        seen.insert(action);
        rows.append({plainActionText(action->text()), keysText(action->shortcuts())});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.action.localeAwareCompare(b.action) < 0;
    });
    // Keys of a pane, not of the window.
    const QString ctrlF = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    rows.append({tr("In de tekst: zoeken in de pagina"), ctrlF});
    rows.append({tr("In de tekst: volgende / vorige link"),
                 QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText) +
                     QStringLiteral(" / ") +
                     QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText)});
    rows.append({tr("In de tekst: gekozen link openen"),
                 QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    rows.append({tr("Tekst verlaten (één tabstop)"),
                 QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)});
    rows.append({tr("In het zoekveld: door de suggesties"),
                 QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText) +
                     QStringLiteral(" / ") +
                     QKeySequence(Qt::Key_Up).toString(QKeySequence::NativeText)});
    rows.append({tr("In een lijst of op de kaart: openen"),
                 QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    rows.append({tr("In een lijst of op de kaart: openen in nieuw tabblad"),
                 QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)});
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    m_table->setObjectName(QStringLiteral("ShortcutsTable"));
    m_table->setAccessibleName(tr("Sneltoetsen"));
    m_table->setColumnCount(2);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    // The rows again when the language changes: the window's actions have their new names.
    followLanguage(this, [this, window] {
        setWindowTitle(tr("Sneltoetsen"));
        const QList<Row> list = rows(window);
        m_table->setRowCount(int(list.size()));
        m_table->setHorizontalHeaderLabels({tr("Wat"), tr("Toetsen")});
        for (int r = 0; r < list.size(); ++r) {
            m_table->setItem(r, 0, new QTableWidgetItem(list[r].action)); // plain text
            m_table->setItem(r, 1, new QTableWidgetItem(list[r].keys));
        }
    });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace Flexwonen::Ui
