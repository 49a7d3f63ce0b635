// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportblocks.h"

#include <functional>
#include <QDate>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace Flexwonen::Report {

// Paints the Netherlands with one region highlighted into rect (vectors: the PDF keeps them);
// municipality: a CBS code marked on the map ("Mijn gemeente"), or empty.
using MapPainter = std::function<void(QPainter &, const QRectF &, const QString &regionId,
                                      const QString &municipality)>;

// Says in Dutch what the map painted for regionId (and municipality) shows: the figure's
// alternative text.
using MapDescriber = std::function<QString(const QString &regionId, const QString &municipality)>;

// A map painter, the credit line its data requires and its alternative text.
struct MapSource
{
    MapPainter paint;
    QString credits;
    MapDescriber describe;
};

// A framed box that stands in for the map until the map module is linked in.
MapSource placeholderMap();

// One report before layout: the body as blocks plus what every page and the file's metadata
// carry. A table of contents is a TableOfContents block among them.
struct ReportContent
{
    QString title;       // page header and PDF title
    QString subject;     // PDF subject
    QList<Block> blocks; // the body as structure: what every writer renders
    ReportMetadata metadata;
    QString footerNote; // left of the footer: app and knowledge-base version, print date
};

} // namespace Flexwonen::Report
