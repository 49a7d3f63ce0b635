// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "itemtreedock.h"

class QLineEdit;
class QSortFilterProxyModel;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen::Ui {

// The Regio's panel: the regions with their municipalities, a filter line above them ("Venl"
// leaves Limburg ▸ Venlo), and the region open in the reader selected.
class RegionsDock final : public ItemTreeDock
{
    Q_OBJECT
public:
    explicit RegionsDock(Kb::KnowledgeBase &kb, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // Selects the region (and the municipality, if given) without opening it; an id that is no
    // region clears the selection.
    void showCurrent(const QString &regionId, const QString &municipality = {});

signals:
    // A municipality row was chosen: open its region with it marked.
    void municipalityActivated(const QString &regionId, const QString &municipality, bool newTab);

protected:
    void activate(const QModelIndex &index) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Flexwonen::Ui
