// SPDX-License-Identifier: EUPL-1.2
#include "findbar.h"
#include "common/accessiblenames.h"
#include "common/languagechange.h"

#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Flexwonen::Ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("FindBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("FindField"));
    enableClearButton(m_field);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("FindCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000 van 000")));
    // Text, no theme icons (see MainWindow::createActions).
    m_previous->setText(QStringLiteral("↑"));
    m_next->setText(QStringLiteral("↓"));
    m_close->setText(QStringLiteral("✕"));
    followLanguage(this, [this, label] {
        label->setText(tr("Zoeken in pagina:"));
        m_field->setAccessibleName(tr("Zoeken in pagina"));
        m_field->setPlaceholderText(tr("Woorden in deze pagina"));
        m_count->setAccessibleName(tr("Treffers"));
        m_previous->setToolTip(tr("Vorige treffer (Shift+F3)"));
        m_previous->setAccessibleName(tr("Vorige treffer"));
        m_next->setToolTip(tr("Volgende treffer (F3)"));
        m_next->setAccessibleName(tr("Volgende treffer"));
        m_close->setToolTip(tr("Sluiten (Esc)"));
        m_close->setAccessibleName(tr("Zoeken in pagina sluiten"));
        if (!m_count->text().isEmpty())
            select(m_current); // "3 van 12"
    });
    for (QToolButton *b : {m_previous, m_next, m_close})
        b->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(false); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    hide();
}

void FindBar::attach(ReaderView *view)
{
    if (m_view && m_view != view)
        m_view->showFindMatches({}, -1);
    m_view = view;
    if (isVisible())
        refresh();
}

void FindBar::open()
{
    const bool wasOpen = isVisible();
    if (!wasOpen && m_field->text().isEmpty() && m_view)
        m_field->setText(m_view->searchQuery()); // refreshes
    setVisible(true);
    if (!wasOpen)
        refresh();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::dismiss()
{
    setVisible(false);
    if (m_view) {
        m_view->showFindMatches({}, -1);
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

void FindBar::step(bool backwards)
{
    if (!isVisible()) {
        open();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int n = int(m_matches.size());
    select(m_current < 0 ? (backwards ? n - 1 : 0) : (m_current + (backwards ? n - 1 : 1)) % n);
}

void FindBar::refresh()
{
    m_matches.clear();
    if (m_view && !m_field->text().trimmed().isEmpty()) {
        // The search's own words (with its compounds and parts) while the field holds its query.
        const bool fromSearch = !m_view->searchMarks().isEmpty() &&
                                m_field->text().trimmed().compare(m_view->searchQuery().trimmed(),
                                                                  Qt::CaseInsensitive) == 0;
        m_matches = fromSearch ? m_view->searchMarks() : m_view->findWords(m_field->text());
    }
    select(m_matches.isEmpty() ? -1 : 0);
}

void FindBar::select(int current)
{
    m_current = current;
    if (m_view)
        m_view->showFindMatches(isVisible() ? m_matches : QList<Kb::TextSpan>(), current);
    QString text;
    if (!m_field->text().trimmed().isEmpty())
        text = m_matches.isEmpty() ? tr("Geen treffers")
                                   : tr("%1 van %2").arg(current + 1).arg(m_matches.size());
    m_count->setText(text);
    m_field->setAccessibleDescription(text); // read out with the field
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys belong to the bar while its field has the focus.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F3 ||
            key->matches(QKeySequence::Find)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            step(shift);
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            if (key->matches(QKeySequence::Find)) {
                m_field->selectAll();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Flexwonen::Ui
