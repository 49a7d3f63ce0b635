// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"
#include "reportblocks.h"

#include <initializer_list>
#include <QList>
#include <QString>

namespace Flexwonen::Report {

// Small pieces every report builder puts its blocks together from.

TextRun plain(const QString &text);
TextRun bold(const QString &text);
TextRun italic(const QString &text);
// A link run when url passes isPrintableLink, else plain text.
TextRun linkRun(const QString &text, const QString &url);
Paragraph paragraphOf(std::initializer_list<TextRun> runs);
TableCell cellOf(const QString &text);
TableCell cellOf(Paragraph paragraph);

// "1 item" / "3 items": the count with the right form of the noun.
QString countOf(qsizetype n, const QString &one, const QString &many);

// A table whose first row holds the column headers (repeated on each page).
Table headedTable(const QStringList &headers, const QList<qreal> &weights);

// One source as a small paragraph: its title (a link to it when printable) and the address.
// ", geraadpleegd op 28 november 2026" after a source (reports are Dutch), or nothing.
QString accessedSuffix(const QDate &accessed);
Block sourceBlock(const Kb::Source &source);
QList<Block> sourceBlocks(const QList<Kb::Source> &sources);

// A heading whose anchor is derived from an item id ("item-<id>"); made unique later.
Block itemHeading(int level, const QString &text, const QString &itemId);

// Gives every heading (also inside Columns) an anchor, unique in the report: a heading keeps
// the anchor it has unless another heading had it first, the rest get "kop-N".
void assignAnchors(QList<Block> &blocks);

} // namespace Flexwonen::Report
