// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerzoom.h"

#include "kb/appsettings.h"

namespace Flexwonen::Ui {

namespace {
const QString ZoomKey = QStringLiteral("reader/zoom");
}

ReaderZoom::ReaderZoom(QObject *parent)
    : QObject(parent)
    , m_steps(qBound(MinSteps, appSettings().value(ZoomKey, 0).toInt(), MaxSteps))
{}

void ReaderZoom::setSteps(int steps)
{
    steps = qBound(MinSteps, steps, MaxSteps);
    if (steps == m_steps)
        return;
    m_steps = steps;
    QSettings settings = appSettings();
    settings.setValue(ZoomKey, m_steps);
    emit changed(factor());
}

} // namespace Flexwonen::Ui
