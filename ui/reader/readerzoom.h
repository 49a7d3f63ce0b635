// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Flexwonen::Ui {

// The reader's text size, one for every tab and page, kept in the settings (reader/zoom) so it
// stays across restarts. Steps of 10 %, from 60 % to 200 %.
class ReaderZoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderZoom)
public:
    static constexpr int MinSteps = -4;
    static constexpr int MaxSteps = 10;

    explicit ReaderZoom(QObject *parent = nullptr); // reads the setting
    int steps() const { return m_steps; }
    double factor() const { return 1.0 + 0.1 * m_steps; }

public slots:
    void zoomIn() { setSteps(m_steps + 1); }
    void zoomOut() { setSteps(m_steps - 1); }
    void reset() { setSteps(0); }

signals:
    void changed(double factor);

private:
    void setSteps(int steps); // bounded, saved

    int m_steps = 0;
};

} // namespace Flexwonen::Ui
