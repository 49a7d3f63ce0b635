// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// Shows one item as rendered Markdown. Content can never make the app fetch or read anything:
// raw HTML is off, resources resolve to nothing, and external links open only after the user
// confirms.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);

    QString currentItemId() const { return m_itemId; }
    void openItem(const QString &id);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void itemOpened(const QString &id);

private:
    void followLink(const QUrl &url);

    Kb::KnowledgeBase &m_kb;
    QString m_itemId;
};

} // namespace Flexwonen::Ui
