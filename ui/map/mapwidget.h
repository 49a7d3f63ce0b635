// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "../common/accessibleparts.h"

#include <QHash>
#include <QWidget>

namespace Flexwonen::Report {
class NlMap;
struct MapPaintOptions;
} // namespace Flexwonen::Report

namespace Flexwonen::Ui {

// The map of the Netherlands with the 8 regions; a region is chosen by clicking near its marker
// (or in its province), or with the keyboard: arrows move between regions, Enter opens.
class MapWidget final : public QWidget, public AccessibleParts
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapWidget)
public:
    explicit MapWidget(const Report::NlMap &map, QWidget *parent = nullptr);

    const Report::NlMap &map() const { return m_map; }
    void setHighlight(const QString &regionId);
    QString highlight() const { return m_highlight; }
    // A municipality (CBS code, GMxxxx) outlined and marked inside the region; empty: none.
    void setMunicipalityHighlight(const QString &code);
    QString municipalityHighlight() const { return m_municipality; }
    // Full titles for tool tips and the accessible description.
    void setRegionTitles(const QHash<QString, QString> &titles);
    QRectF mapRect() const;
    // Where the region's marker is drawn, in widget coordinates.
    QPointF markerPosition(const QString &regionId) const;
    QString regionAt(const QPointF &point) const;
    // Where the region's label and the marked municipality's marker are drawn, in widget
    // coordinates; empty when not drawn.
    QRectF labelRect(const QString &regionId) const;
    QRectF municipalityMarkerRect() const;
    // The regions to assistive technology, in keyboard order: a list of regions one can open.
    QAccessible::Role partsRole() const override { return QAccessible::List; }
    QAccessible::Role partRole() const override { return QAccessible::ListItem; }
    int partCount() const override;
    QString partName(int index) const override;
    QRect partRect(int index) const override;
    int focusedPart() const override;
    int chosenPart() const override;
    bool canActivateParts() const override { return true; }
    void activatePart(int index) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void regionActivated(const QString &regionId, bool newTab);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    Report::MapPaintOptions paintOptions() const;
    void moveFocus(int delta);
    int indexOf(const QString &regionId) const;
    QString titleOf(const QString &regionId) const;

    const Report::NlMap &m_map;
    QHash<QString, QString> m_titles;
    QString m_highlight;
    QString m_municipality;
    QString m_hover;
    QString m_focus;
};

} // namespace Flexwonen::Ui
