// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "contentproblem.h"
#include "item.h"
#include "jsonlines.h"

#include <optional>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Flexwonen::Kb {

// One file of a content folder as read: its parts and where they are, for the checks that report
// a line (check-content, the content rules, the review).
struct ContentFile
{
    QString path;             // relative to the folder, with '/'
    QJsonObject frontMatter;  // empty when the front matter is not a JSON object
    JsonLines lines;          // where each front-matter value is
    QString body;             // the raw text after the closing '---'
    int bodyLine = 0;         // the line the body starts on; 0 when there is none
    std::optional<Item> item; // the item, read as far as possible; none without front matter
    bool frontMatterRead() const { return item.has_value(); }
};

// Reads the editable content sources (data/content/<folder>/<id>.md, see data/FORMAT.md).
class ContentSource
{
public:
    // Parses one file's text; fileId is the file name without ".md" and must equal the item id.
    static Item parse(const QByteArray &text, const QString &fileId);

    // Reads one file's text into its parts; every problem (not JSON, a field of the wrong kind,
    // a missing title, id and file name apart) goes to problems with its line.
    static ContentFile read(const QByteArray &text, const QString &relativePath,
                            ContentProblems &problems);

    // Reads every *.md below dir, sorted by path, and checks them one by one and together:
    // every problem goes to problems, nothing stops at the first. Throws Error only when dir is
    // not a folder.
    static QList<ContentFile> readFolder(const QString &dir, ContentProblems &problems);

    // Reads every *.md below dir, sorted by path. Throws Error naming the file on the first
    // problem.
    static QList<Item> readDirectory(const QString &dir);

    // Content files must date every source, item and figure alike, and no later than today
    // (decision 107; the feed keeps it optional). Dutch problems, empty when all are dated.
    static QStringList undatedSources(const Item &item, const QDate &today);

    // Checks across items: unique ids, links/region/dossier that resolve, municipalities that
    // belong to exactly one region. Returns Dutch problem descriptions (empty when consistent).
    static QStringList crossCheck(const QList<Item> &items);
    // The same over files, each problem at the line of the offending value.
    static void crossCheck(const QList<ContentFile> &files, ContentProblems &problems);
};

} // namespace Flexwonen::Kb
