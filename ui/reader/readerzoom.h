// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace Flexwonen::Settings {
class Preferences;
}

namespace Flexwonen::Ui {

// The reader's text size, one for every tab and page: the appearance preference "text size",
// so it stays across restarts and follows the settings dialog. Steps of 10 %, from 60 % to 200 %.
class ReaderZoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderZoom)
public:
    explicit ReaderZoom(Settings::Preferences &preferences, QObject *parent = nullptr);
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

    Settings::Preferences &m_preferences;
    int m_steps = 0;
};

} // namespace Flexwonen::Ui
