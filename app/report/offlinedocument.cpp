// SPDX-License-Identifier: EUPL-1.2
#include "offlinedocument.h"

#include <QImage>

namespace Flexwonen::Report {

QVariant OfflineTextDocument::loadResource(int type, const QUrl &)
{
    if (type == QTextDocument::ImageResource) {
        QImage pixel(1, 1, QImage::Format_ARGB32);
        pixel.fill(Qt::transparent);
        return pixel;
    }
    return QByteArray();
}

} // namespace Flexwonen::Report
