// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportblocks.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace Flexwonen::Report {

// Draws a report figure (map, chart) inside the text flow of a QTextDocument, as vectors, at
// its size in mm. For the QTextDocument path that print preview still uses.
class FigureObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 7;
    enum Property { Index = QTextFormat::UserProperty + 1 };

    FigureObject(QList<Figure> figures, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // Registers a handler on doc and swaps every Html::figureMarker(i) for figure i.
    static void install(QTextDocument &doc, const QList<Figure> &figures);

private:
    const Figure *figureAt(const QTextFormat &format) const;

    QList<Figure> m_figures;
};

} // namespace Flexwonen::Report
