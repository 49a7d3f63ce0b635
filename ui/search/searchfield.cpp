// SPDX-License-Identifier: EUPL-1.2
#include "searchfield.h"
#include "common/accessiblenames.h"
#include "common/languagechange.h"

#include "hitdelegate.h"
#include "kb/itemroles.h"
#include "searchresultmodel.h"
#include "searchsession.h"

#include <QKeyEvent>
#include <QListView>

namespace Flexwonen::Ui {

SearchField::SearchField(Kb::Searcher &searcher, QWidget *parent)
    : QLineEdit(parent)
    , m_session(new SearchSession(searcher, SuggestionLimit, DebounceMs, this))
    , m_model(new SearchResultModel(this))
{
    setObjectName(QStringLiteral("SearchField"));
    followLanguage(this, [this] {
        setPlaceholderText(tr("Zoeken in de kennisbank (Ctrl+K)"));
        setAccessibleName(tr("Zoeken"));
        m_model->retranslate(); // the answer rows of the list below
    });
    enableClearButton(this);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_submitted = false;
        m_session->setQuery(text);
    });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_session->clear(); // also the clear button
    });
    connect(m_session, &SearchSession::resultsChanged, this, &SearchField::showResults);
    connect(m_session, &SearchSession::busyChanged, this, &SearchField::busyChanged);
}

bool SearchField::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void SearchField::showResults(const Kb::SearchResults &results)
{
    m_model->setResults(results);
    // The window's focus widget, not hasFocus(): the window may not be active yet.
    if (m_model->rowCount() == 0 || window()->focusWidget() != this || m_submitted) {
        hidePopup();
        return;
    }
    if (!m_popup) {
        // A child of the window, not a popup window: the field keeps the keyboard focus and
        // the list is part of the window (no window manager needed, grabbed in screenshots).
        m_popup = new QListView(window());
        m_popup->setObjectName(QStringLiteral("SearchPopup"));
        m_popup->setModel(m_model);
        m_popup->setItemDelegate(new HitDelegate(false, m_popup));
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_popup->setMouseTracking(true);
        m_popup->setResizeMode(QListView::Adjust);
        m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        connect(m_popup, &QListView::clicked, this, &SearchField::choose);
    }
    m_popup->clearSelection();
    m_popup->setCurrentIndex({});
    // Shown before placing: a hidden view's viewport has no width yet to wrap rows to.
    m_popup->show();
    m_popup->raise();
    placePopup();
}

void SearchField::placePopup()
{
    if (!m_popup)
        return;
    const QPoint below = mapTo(window(), QPoint(0, height()));
    const int width = qMax(this->width(), fontMetrics().averageCharWidth() * 56);
    m_popup->resize(width, qMax(m_popup->height(), 40)); // rows wrap to this width
    m_popup->doItemsLayout();
    int rowsHeight = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rowsHeight += qMax(m_popup->sizeHintForRow(row), 1);
    const int height =
        qMin(rowsHeight + 2 * m_popup->frameWidth() + 2, window()->height() - below.y() - 8);
    const int x = qMin(below.x(), window()->width() - width - 4);
    m_popup->setGeometry(qMax(0, x), below.y(), width, height);
    m_popup->doItemsLayout();
}

void SearchField::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void SearchField::moveSelection(int delta)
{
    if (!isPopupVisible()) {
        if (m_popup && m_model->rowCount() > 0 && !text().trimmed().isEmpty()) {
            m_submitted = false; // asked for by the user
            m_popup->show();
            m_popup->raise();
            placePopup();
        }
        return;
    }
    const int rows = m_model->rowCount();
    const int current = m_popup->currentIndex().isValid() ? m_popup->currentIndex().row() : -1;
    int next = current + delta;
    if (next < -1)
        next = rows - 1;
    if (next >= rows)
        next = -1; // back in the field: Enter then asks for the full list
    if (next < 0) {
        m_popup->setCurrentIndex({});
        m_popup->clearSelection();
    } else {
        m_popup->setCurrentIndex(m_model->index(next));
    }
}

void SearchField::choose(const QModelIndex &index)
{
    const QString id = index.data(Kb::ItemIdRole).toString();
    hidePopup();
    m_submitted = true;
    if (!id.isEmpty())
        emit itemChosen(id);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isPopupVisible() && m_popup->currentIndex().isValid()) {
            choose(m_popup->currentIndex());
        } else if (!text().trimmed().isEmpty()) {
            hidePopup();
            m_submitted = true;
            emit searchSubmitted(text().trimmed());
        }
        return;
    case Qt::Key_Escape:
        if (isPopupVisible())
            hidePopup();
        else
            emit escaped();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click on the list does not take the focus (NoFocus), so this is a real departure;
    // switching to another window and back keeps the list.
    if (event->reason() != Qt::ActiveWindowFocusReason && event->reason() != Qt::PopupFocusReason)
        hidePopup();
}

void SearchField::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    if (isPopupVisible())
        placePopup();
}

} // namespace Flexwonen::Ui
