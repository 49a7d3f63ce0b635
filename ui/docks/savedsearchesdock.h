// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDockWidget>

class QLabel;
class QListView;

namespace Flexwonen::Personal {
class PersonalStore;
}

namespace Flexwonen::Ui {

// Bewaarde zoekopdrachten (issue 16.3): the saved searches with "3 nieuw" beside those an update
// brought new or changed results for. Enter (or a click) runs one, F2 renames, Delete removes,
// the context-menu key offers the same.
class SavedSearchesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchesDock)
public:
    // The model's role with the saved search's id (qint64).
    static constexpr int SearchIdRole = Qt::UserRole + 20; // past the Kb item roles

    explicit SavedSearchesDock(Personal::PersonalStore &store, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // "Naam — 3 nieuw", or the name alone; the words a row shows.
    static QString rowText(const QString &name, int unseen);

signals:
    void runRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 currentId() const;
    void removeCurrent();
    void showMenu(const QPoint &viewportPos);

    Personal::PersonalStore &m_store;
    QListView *m_view;
    QLabel *m_empty;
};

} // namespace Flexwonen::Ui
