// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportblocks.h"

#include <functional>
#include <QDate>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace Flexwonen::Report {

// Paints the Netherlands with one region highlighted into rect (vectors: the PDF keeps them).
using MapPainter = std::function<void(QPainter &, const QRectF &, const QString &regionId)>;

// Says in Dutch what the map painted for regionId shows: the figure's alternative text.
using MapDescriber = std::function<QString(const QString &regionId)>;

// A map painter, the credit line its data requires and its alternative text.
struct MapSource
{
    MapPainter paint;
    QString credits;
    MapDescriber describe;
};

// A framed box that stands in for the map until the map module is linked in.
MapSource placeholderMap();

// One report before layout: the body as HTML plus what every page and the PDF metadata carry.
// The body may hold mapMarker(regionId) paragraphs; when tableOfContents is set, the level-2
// headings are listed with their page numbers where tocMarker() stands.
struct ReportContent
{
    QString title;       // page header and PDF title
    QString subject;     // PDF subject
    QString html;        // the body (the QTextDocument path; being replaced by blocks)
    QList<Block> blocks; // the body as structure: what every writer renders
    ReportMetadata metadata;
    QString footerNote; // left of the footer: app and knowledge-base version, print date
    bool tableOfContents = false;

    static QString mapMarker(const QString &regionId);
    static QString tocMarker();
};

} // namespace Flexwonen::Report
