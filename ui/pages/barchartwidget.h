// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "../common/accessibleparts.h"
#include "kb/item.h"

#include <QWidget>

namespace Flexwonen::Ui {

// Key figures as horizontal bars, one per figure with its label above and its value, unit and
// year beside it. Figures with different units cannot share one scale, so every unit gets its
// own: the longest bar of each unit fills the width. A range (value–max) shows as a lighter tail.
class BarChartWidget final : public QWidget, public AccessibleParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartWidget)
public:
    explicit BarChartWidget(QWidget *parent = nullptr);

    void setFigures(const QList<Kb::Figure> &figures);
    const QList<Kb::Figure> &figures() const { return m_figures; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // Each bar to assistive technology: its label, value and year.
    QAccessible::Role partsRole() const override { return QAccessible::Chart; }
    QAccessible::Role partRole() const override { return QAccessible::StaticText; }
    int partCount() const override { return int(m_figures.size()); }
    QString partName(int index) const override;
    QRect partRect(int index) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        QRect label;
        QRect bar;
        QString labelText;
    };
    QList<Row> layoutRows(int width) const;
    double scaleMax(const Kb::Figure &figure) const;
    QString valueText(const Kb::Figure &figure) const;

    QList<Kb::Figure> m_figures;
};

} // namespace Flexwonen::Ui
