// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

namespace Flexwonen {

// The one settings file of the app (~/.config/flexwonen/flexwonen.conf on Linux), shared by the
// window (layout, language) and the sync (feed, trust, checks), whatever the organisation name.
inline QSettings appSettings()
{
    return QSettings(QStringLiteral("flexwonen"), QStringLiteral("flexwonen"));
}

} // namespace Flexwonen
