// SPDX-License-Identifier: EUPL-1.2
#include "panefocusframe.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QTabBar>

namespace Flexwonen::Ui {

PaneFocusFrame::PaneFocusFrame(QWidget &window)
    : QWidget(&window)
    , m_window(window)
{
    setObjectName(QStringLiteral("PaneFocusFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    // Docks and splitters move the target without a Move event of its own.
    window.installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
}

bool PaneFocusFrame::framed(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) ||
           qobject_cast<const QTabBar *>(widget);
}

void PaneFocusFrame::follow(QWidget *now)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = now && now->window() == &m_window && framed(now) ? now : nullptr;
    if (!m_target) {
        hide();
        return;
    }
    m_target->installEventFilter(this);
    place();
}

void PaneFocusFrame::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    setGeometry(QRect(m_target->mapTo(&m_window, QPoint()), m_target->size()));
    raise();
    show();
    update();
}

bool PaneFocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LayoutRequest && m_target)
        place();
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PaneFocusFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace Flexwonen::Ui
