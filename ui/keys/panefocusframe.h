// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QWidget>

namespace Flexwonen::Ui {

// A 2-pixel frame in the highlight colour around the pane widget that has the keyboard focus
// (a list, the reader's text, the tab bar): after F6 or Alt+n the eye finds where the keys go.
// The styles' own focus marks on such widgets are a faint line or nothing. Line edits, combo
// boxes and buttons draw their own focus and get no frame. It lets the mouse through.
class PaneFocusFrame final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneFocusFrame)
public:
    explicit PaneFocusFrame(QWidget &window);

    QWidget *target() const { return m_target; }
    // Whether a focused widget of this kind gets the frame.
    static bool framed(const QWidget *widget);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *now);
    void place();

    QWidget &m_window;
    QPointer<QWidget> m_target;
};

} // namespace Flexwonen::Ui
