// SPDX-License-Identifier: EUPL-1.2
#include "synonyms.h"

#include <QFile>

namespace Flexwonen::Kb::Search {

Synonyms Synonyms::parse(const QString &text)
{
    Synonyms s;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList members;
        for (const QString &m : line.split(QLatin1Char('|'))) {
            if (!m.trimmed().isEmpty())
                members.append(m.trimmed());
        }
        if (members.size() > 1)
            s.m_groups.append(members);
    }
    return s;
}

const Synonyms &Synonyms::builtIn()
{
    static const Synonyms synonyms = [] {
        QFile file(QStringLiteral(":/flexwonen/search/synonyms.txt"));
        return file.open(QIODevice::ReadOnly) ? parse(QString::fromUtf8(file.readAll()))
                                              : Synonyms();
    }();
    return synonyms;
}

} // namespace Flexwonen::Kb::Search
