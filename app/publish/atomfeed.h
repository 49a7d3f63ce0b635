// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "kb/item.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Flexwonen::Publish {

struct AtomOptions
{
    QString baseUrl;   // where the feed tree is served; empty: no rel="self" link
    QDateTime updated; // the feed's atom:updated: the time of the publish
};

// atom.xml (RFC 4287): the news and agenda items of the published content for ordinary feed
// readers, newest first by their date. Every value is text written by QXmlStreamWriter: a title
// or body with markup or "]]>" stays text. Not signed, and never read by the app.
QByteArray atomFeed(const QList<Kb::Item> &items, const AtomOptions &options);

// The entry's atom:id, a tag: URI (RFC 4151) made from the item's id only: it never changes
// when the item is edited.
QString atomEntryId(const QString &itemId);

} // namespace Flexwonen::Publish
