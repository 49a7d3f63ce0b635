// SPDX-License-Identifier: EUPL-1.2
// Personal-data verbs (issue 16.7, 16.8): all bookmarks, notes, history, saved searches and the
// report basket as one JSON file, to move to a new PC or for scripts.
#include "cliverbs.h"

#include "context/appcontext.h"
#include "personal/personaljson.h"
#include "personal/personalstore.h"

#include <QJsonObject>

namespace Flexwonen::Cli {

namespace {

QJsonObject countsJson(const Personal::PersonalData &data)
{
    return {{QStringLiteral("bookmarks"), int(data.bookmarks.size())},
            {QStringLiteral("notes"), int(data.notes.size())},
            {QStringLiteral("history"), int(data.history.size())},
            {QStringLiteral("saved_searches"), int(data.savedSearches.size())},
            {QStringLiteral("basket"), int(data.basket.size())}};
}

int personalExport(AppContext &context, const Invocation &inv)
{
    const QString path = inv.arguments.value(0);
    Personal::PersonalStore &store = context.personalStore();
    store.flush();
    const Personal::PersonalData data = store.snapshot();
    Personal::writePersonalFile(path, data); // throws Kb::Error with a Dutch line
    if (inv.json) {
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("exported"), countsJson(data)}});
        return Success;
    }
    printLine(QStringLiteral("Persoonlijke gegevens geschreven naar %1: %2 bladwijzers, "
                             "%3 notities, %4 bezochte pagina's, %5 bewaarde zoekopdrachten, "
                             "%6 items in de rapportmand.")
                  .arg(field(path))
                  .arg(data.bookmarks.size())
                  .arg(data.notes.size())
                  .arg(data.history.size())
                  .arg(data.savedSearches.size())
                  .arg(data.basket.size()));
    return Success;
}

int personalImport(AppContext &context, const Invocation &inv)
{
    const QString path = inv.arguments.value(0);
    const Personal::PersonalData data = Personal::readPersonalFile(path); // checked first
    Personal::PersonalStore &store = context.personalStore();
    const Personal::MergeCounts added = store.merge(data);
    store.flush();
    if (inv.json) {
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("added"),
                               QJsonObject{{QStringLiteral("bookmarks"), added.bookmarks},
                                           {QStringLiteral("notes"), added.notes},
                                           {QStringLiteral("history"), added.visits},
                                           {QStringLiteral("saved_searches"), added.savedSearches},
                                           {QStringLiteral("basket"), added.basket}}}});
        return Success;
    }
    printLine(QStringLiteral("Samengevoegd uit %1: %2 bladwijzers, %3 notities, %4 bezochte "
                             "pagina's, %5 bewaarde zoekopdrachten, %6 items in de rapportmand "
                             "erbij.")
                  .arg(field(path))
                  .arg(added.bookmarks)
                  .arg(added.notes)
                  .arg(added.visits)
                  .arg(added.savedSearches)
                  .arg(added.basket));
    return Success;
}

} // namespace

const QList<Verb> &personalVerbs()
{
    static const QList<Verb> verbs = {
        {QStringLiteral("personal-export"),
         QStringLiteral("personal-export BESTAND [--json]"),
         {QStringLiteral("profile"), QStringLiteral("json")},
         1,
         1,
         &personalExport},
        {QStringLiteral("personal-import"),
         QStringLiteral("personal-import BESTAND [--json]"),
         {QStringLiteral("profile"), QStringLiteral("json")},
         1,
         1,
         &personalImport},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
