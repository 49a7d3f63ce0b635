// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTextDocument>

namespace Flexwonen::Report {

// A text document that resolves no resource. Item text in a report may name file:, relative,
// data: or http: images; QTextDocument would read the file itself (a PDF meant to be shared
// must not carry a local file, /dev/zero must not fill memory, a FIFO must not hang the export).
// Images are answered with one transparent pixel, not with a null image: for a null image Qt's
// image handler falls back to QImage::load(name), which reads the file directly. The report
// HTML carries no content image anyway (the Markdown walk drops them); this is the second wall.
class OfflineTextDocument final : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Flexwonen::Report
