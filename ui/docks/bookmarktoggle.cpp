// SPDX-License-Identifier: EUPL-1.2
#include "bookmarktoggle.h"

#include "personal/personalstore.h"

#include <QAction>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Flexwonen::Ui {

BookmarkToggle::BookmarkToggle(Personal::PersonalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_action(new QAction(parent))
{
    m_action->setObjectName(QStringLiteral("BookmarkAction"));
    m_action->setCheckable(true);
    m_action->setIcon(starIcon());
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // triggered, not toggled: the check mark follows the store, not the click.
    connect(m_action, &QAction::triggered, this, &BookmarkToggle::toggle);
    connect(&store, &Personal::PersonalStore::bookmarksChanged, this, &BookmarkToggle::update);
    update();
}

void BookmarkToggle::setItem(const QString &itemId, const QString &title)
{
    m_itemId = itemId;
    m_title = title;
    update();
}

void BookmarkToggle::toggle()
{
    if (m_itemId.isEmpty())
        return;
    if (m_store.isBookmarked(m_itemId))
        m_store.removeBookmark(m_itemId);
    else
        m_store.addBookmark(m_itemId, m_title);
    update(); // also when the store did not change (the click unticked a ticked star)
}

void BookmarkToggle::update()
{
    m_action->setEnabled(!m_itemId.isEmpty());
    m_action->setChecked(!m_itemId.isEmpty() && m_store.isBookmarked(m_itemId));
}

QIcon BookmarkToggle::starIcon()
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("bookmark-new"),
                                          QIcon::fromTheme(QStringLiteral("starred")));
    if (!themed.isNull())
        return themed;
    // A five-pointed star in the text colour of most themes' icons.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? 14.0 : 6.0;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF point(16 + radius * std::cos(angle), 17 + radius * std::sin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    painter.setPen(QPen(QColor(0xb0, 0x7d, 0x00), 1.5));
    painter.setBrush(QColor(0xf2, 0xb6, 0x00));
    painter.drawPath(star);
    return QIcon(pixmap);
}

} // namespace Flexwonen::Ui
