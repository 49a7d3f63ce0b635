// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "mappage.h"

#include <QDate>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The start page: what the knowledge base is, the latest news, upcoming events and the map of
// the 8 regions, each clickable.
class StartPage final : public MapPage
{
    Q_OBJECT
public:
    StartPage(Kb::KnowledgeBase &kb, const Report::NlMap &map, QWidget *parent = nullptr,
              QDate today = QDate::currentDate());

    void refresh();
    QString composeText() const;

    // The centre's own organisation item (Contact), and the Marktplaats page; empty if the
    // content has none.
    static QString contactItemId(Kb::KnowledgeBase &kb);
    static QString marketPageId(Kb::KnowledgeBase &kb);

protected:
    void changeEvent(QEvent *event) override; // LanguageChange: the text again

private:
    QString browseSection() const;

    Kb::KnowledgeBase &m_kb;
    QDate m_today;
};

} // namespace Flexwonen::Ui
