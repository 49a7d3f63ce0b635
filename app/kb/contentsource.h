// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Flexwonen::Kb {

// Reads the editable content sources (data/content/<folder>/<id>.md, see data/FORMAT.md).
class ContentSource
{
public:
    // Parses one file's text; fileId is the file name without ".md" and must equal the item id.
    static Item parse(const QByteArray &text, const QString &fileId);

    // Reads every *.md below dir, sorted by path. Throws Error naming the file on the first
    // problem.
    static QList<Item> readDirectory(const QString &dir);

    // Content files must date every source, item and figure alike, and no later than today
    // (decision 107; the feed keeps it optional). Dutch problems, empty when all are dated.
    static QStringList undatedSources(const Item &item, const QDate &today);

    // Checks across items: unique ids, links/region/dossier that resolve, municipalities that
    // belong to exactly one region. Returns Dutch problem descriptions (empty when consistent).
    static QStringList crossCheck(const QList<Item> &items);
};

} // namespace Flexwonen::Kb
