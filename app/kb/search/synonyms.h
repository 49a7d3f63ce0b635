// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QStringList>

namespace Flexwonen::Kb::Search {

// Groups of interchangeable domain terms and abbreviations (data/synonyms.txt, compiled in):
// "SNF | Stichting Normering Flexwonen". Members are kept as written; the engine folds and
// stems them with its own analyzer.
class Synonyms
{
public:
    static Synonyms parse(const QString &text);
    static const Synonyms &builtIn(); // thread-safe, read once

    const QList<QStringList> &groups() const { return m_groups; }

private:
    QList<QStringList> m_groups;
};

} // namespace Flexwonen::Kb::Search
