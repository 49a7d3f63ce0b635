// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Flexwonen::Kb {

// Where each value of a JSON text starts, by its path ("sources/2/url", "links/0"): the line of
// its key in an object, of the value itself in a list. QJsonDocument keeps no positions, and an
// editor needs the line. Scans text QJsonDocument has already accepted.
class JsonLines
{
public:
    // firstLine: the line number of the text's first line in its file.
    static JsonLines scan(const QByteArray &json, int firstLine);

    // The line of path, else of its nearest parent that is there, else the first line.
    int line(const QString &path) const;
    bool contains(const QString &path) const { return m_lines.contains(path); }
    // Keys that appear twice in one object ("title" twice): the path and line of the second.
    const QList<std::pair<QString, int>> &repeatedKeys() const { return m_repeated; }

private:
    QHash<QString, int> m_lines;
    QList<std::pair<QString, int>> m_repeated;
    int m_firstLine = 1;
};

// The 1-based line of a byte offset in text, counting from firstLine.
int lineAt(const QByteArray &text, qsizetype offset, int firstLine = 1);

} // namespace Flexwonen::Kb
