// SPDX-License-Identifier: EUPL-1.2
#include "mappage.h"

#include "common/languagechange.h"
#include "common/plaintext.h"
#include "map/mapwidget.h"
#include "reader/readerview.h"
#include "report/nlmap.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Flexwonen::Ui {

MapPage::MapPage(const Report::NlMap &map, QWidget *parent)
    : QWidget(parent)
    , m_side(new QScrollArea(this))
    , m_sideLayout(new QVBoxLayout)
    , m_map(new MapWidget(map))
    , m_text(new ReaderView(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("MapPageSide"));
    side->setLayout(m_sideLayout);
    m_sideLayout->setContentsMargins(12, 12, 8, 12);
    m_sideLayout->addWidget(m_map);
    QLabel *credits = plainLabel({});
    followLanguage(credits, [credits] { credits->setText(Report::NlMap::credits()); });
    credits->setObjectName(QStringLiteral("MapCredits"));
    credits->setWordWrap(true);
    QFont small = credits->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    credits->setFont(small);
    credits->setForegroundRole(QPalette::PlaceholderText);
    m_sideLayout->addWidget(credits);

    m_side->setWidget(side);
    m_side->setWidgetResizable(true);
    m_side->setFrameShape(QFrame::NoFrame);
    m_side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_side->setBackgroundRole(QPalette::Base);
    // Tab goes to the map inside, not to its unnamed scroll area (issue 15.6).
    m_side->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_side);
    layout->addWidget(m_text, 1);

    connect(m_text, &ReaderView::itemLinkActivated, this, &MapPage::linkActivated);
    connect(m_map, &MapWidget::regionActivated, this, &MapPage::linkActivated);
}

QLabel *MapPage::addSideHeading(std::function<QString()> text)
{
    QLabel *heading = plainLabel({});
    followLanguage(heading, [heading, text = std::move(text)] { heading->setText(text()); });
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    heading->setWordWrap(true);
    m_sideLayout->addWidget(heading);
    return heading;
}

void MapPage::resizeEvent(QResizeEvent *event)
{
    // The side column takes about a third of the page; the text keeps a readable width.
    m_side->setFixedWidth(qBound(220, width() * 36 / 100, 360));
    QWidget::resizeEvent(event);
}

} // namespace Flexwonen::Ui
