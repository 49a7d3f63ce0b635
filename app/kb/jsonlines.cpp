// SPDX-License-Identifier: EUPL-1.2
#include "jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Flexwonen::Kb {

namespace {

// A recursive walk over valid JSON that only notes where values start.
class Scanner
{
public:
    Scanner(const QByteArray &text, int firstLine, QHash<QString, int> &lines,
            QList<std::pair<QString, int>> &repeated)
        : m_text(text)
        , m_line(firstLine)
        , m_lines(lines)
        , m_repeated(repeated)
    {}

    void value(const QString &path)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return;
        const char c = m_text.at(m_pos);
        if (c == '{')
            object(path);
        else if (c == '[')
            array(path);
        else if (c == '"')
            string();
        else
            scalar();
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    QByteArray string()
    {
        QByteArray raw;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
            if (m_text.at(m_pos) == '\\') {
                raw += m_text.at(m_pos);
                ++m_pos;
            }
            if (m_pos < m_text.size())
                raw += m_text.at(m_pos++);
        }
        ++m_pos; // closing quote
        return raw;
    }

    void scalar()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\t' || c == '\r')
                return;
            ++m_pos;
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('/') + key;
    }

    void object(const QString &path)
    {
        ++m_pos; // {
        QStringList seen;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return;
            if (m_text.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_text.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            const int keyLine = m_line;
            // The key as JSON text, so escapes in it read as they do for QJsonDocument.
            const QByteArray raw = string();
            const QString key =
                QJsonDocument::fromJson("[\"" + raw + "\"]").array().first().toString();
            const QString at = join(path, key);
            if (seen.contains(key))
                m_repeated.append({at, keyLine});
            seen.append(key);
            m_lines.insert(at, keyLine);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ':')
                ++m_pos;
            value(at);
        }
    }

    void array(const QString &path)
    {
        ++m_pos; // [
        int index = 0;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return;
            const char c = m_text.at(m_pos);
            if (c == ']') {
                ++m_pos;
                return;
            }
            if (c == ',') {
                ++m_pos;
                continue;
            }
            const QString at = path + QLatin1Char('/') + QString::number(index++);
            m_lines.insert(at, m_line);
            value(at);
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line;
    QHash<QString, int> &m_lines;
    QList<std::pair<QString, int>> &m_repeated;
};

} // namespace

JsonLines JsonLines::scan(const QByteArray &json, int firstLine)
{
    JsonLines lines;
    lines.m_firstLine = firstLine;
    Scanner(json, firstLine, lines.m_lines, lines.m_repeated).value({});
    return lines;
}

int JsonLines::line(const QString &path) const
{
    QString at = path;
    while (!at.isEmpty()) {
        const auto found = m_lines.constFind(at);
        if (found != m_lines.cend())
            return *found;
        const qsizetype slash = at.lastIndexOf(QLatin1Char('/'));
        at = slash < 0 ? QString() : at.left(slash);
    }
    return m_firstLine;
}

int lineAt(const QByteArray &text, qsizetype offset, int firstLine)
{
    return firstLine + int(text.left(offset).count('\n'));
}

} // namespace Flexwonen::Kb
