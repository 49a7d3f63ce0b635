// SPDX-License-Identifier: EUPL-1.2
// Read-only verbs over the knowledge base: info, list, show.
#include "cliverbs.h"

#include "context/appcontext.h"
#include "kb/itemfields.h"
#include "kb/itemjson.h"
#include "kb/itemmarkdown.h"
#include "kb/itemmodels.h"
#include "kb/knowledgebase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Flexwonen::Cli {

namespace {

QString originOf(AppContext &context, const Kb::KbMeta &meta)
{
    if (context.usesKbFile())
        return QStringLiteral("file");
    return meta.origin;
}

int info(AppContext &context, const Invocation &inv)
{
    Kb::KnowledgeBase &kb = context.knowledgeBase();
    const Kb::KbMeta meta = kb.meta();
    // By plural, in its alphabetical order: the order scripts have always read.
    QMap<QString, int> counts;
    const QMap<Kb::ItemType, int> byType = kb.countsByType();
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        counts.insert(Kb::pluralOfType(it.key()), it.value());
    if (inv.json) {
        QJsonObject countsJson;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            countsJson.insert(it.key(), it.value());
        printJson(
            QJsonObject{{QStringLiteral("app_version"), QStringLiteral(FLEXWONEN_VERSION)},
                        {QStringLiteral("kb"), QJsonObject{{QStringLiteral("seq"), meta.seq},
                                                           {QStringLiteral("schema"), meta.schema},
                                                           {QStringLiteral("epoch"), meta.epoch},
                                                           {QStringLiteral("feed_id"), meta.feedId},
                                                           {QStringLiteral("built"), meta.built},
                                                           {QStringLiteral("path"), meta.path}}},
                        {QStringLiteral("source"), originOf(context, meta)},
                        {QStringLiteral("counts"), countsJson},
                        {QStringLiteral("profile"), context.profileDir()},
                        {QStringLiteral("bundled_base"), context.basePath()}});
        return Success;
    }
    static const QMap<QString, QString> originNames = {
        {QStringLiteral("bundled"), QStringLiteral("ingebouwde kennisbank")},
        {QStringLiteral("sync"), QStringLiteral("bijgewerkt via de feed")},
        {QStringLiteral("file"), QStringLiteral("bestand opgegeven met --kb")}};
    printLine(QStringLiteral("Flexwonen Kennisbank %1").arg(QStringLiteral(FLEXWONEN_VERSION)));
    printLine(QStringLiteral("Kennisbank:  volgnummer %1, schema %2 (%3)")
                  .arg(meta.seq)
                  .arg(meta.schema)
                  .arg(originNames.value(originOf(context, meta), meta.origin)));
    printLine(QStringLiteral("Bestand:     %1").arg(meta.path));
    printLine(QStringLiteral("Profielmap:  %1").arg(context.profileDir()));
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    printLine(QStringLiteral("Aantallen:   %1").arg(parts.join(QStringLiteral(", "))));
    return Success;
}

// One row of list --json: what a list shows of an item, and an event's status.
QJsonObject listJson(const Kb::ItemSummary &s)
{
    using Kb::Field;
    QJsonObject o;
    for (const Field f : {Field::Id, Field::Type, Field::Title, Field::Region, Field::Dossier,
                          Field::Kind, Field::Date, Field::Place})
        Kb::putJson(o, s, Kb::itemField(f));
    if (s.type == Kb::ItemType::Event && s.date.isValid()) {
        Kb::Item event;
        event.date = s.date;
        o.insert(QStringLiteral("status"), Kb::ItemMarkdown::isPast(event)
                                               ? QStringLiteral("past")
                                               : QStringLiteral("upcoming"));
    }
    return o;
}

int list(AppContext &context, const Invocation &inv)
{
    const QString plural = inv.arguments.value(0);
    const std::optional<Kb::ItemType> type = Kb::typeFromPlural(plural);
    if (!type) {
        QStringList known;
        for (const Kb::ItemType t : Kb::itemTypes())
            known.append(Kb::pluralOfType(t));
        return fail(QStringLiteral("Onbekend type '%1'; kies uit: %2")
                        .arg(plural, known.join(QStringLiteral(", "))));
    }
    const QList<Kb::ItemSummary> items = context.knowledgeBase().list(
        {*type, inv.option(QStringLiteral("region")), inv.option(QStringLiteral("dossier"))});
    if (inv.json) {
        QJsonArray array;
        for (const Kb::ItemSummary &s : items)
            array.append(listJson(s));
        printJson(array);
        return Success;
    }
    for (const Kb::ItemSummary &s : items)
        printLine(QStringLiteral("%1\t%2").arg(field(s.id), field(s.title)));
    return Success;
}

// The field under its name, null when the item has none: the contract names it always.
void putOrNull(QJsonObject &o, const Kb::Item &item, const Kb::ItemField &field)
{
    Kb::putJson(o, item, field);
    if (!o.contains(QLatin1String(field.name)))
        o.insert(QLatin1String(field.name), QJsonValue::Null);
}

QJsonObject showJson(const Kb::Item &item)
{
    QJsonObject o = Kb::itemToJson(item);
    // The contract names region, dossier and a dates object of every date field.
    putOrNull(o, item, Kb::itemField(Kb::Field::Region));
    putOrNull(o, item, Kb::itemField(Kb::Field::Dossier));
    QJsonObject dates;
    for (const Kb::ItemField &f : Kb::itemFields()) {
        if (std::holds_alternative<QDate Kb::Item::*>(f.item))
            putOrNull(dates, item, f);
    }
    o.insert(QStringLiteral("dates"), dates);
    return o;
}

int show(AppContext &context, const Invocation &inv)
{
    const QString id = inv.arguments.value(0);
    const std::optional<Kb::Item> item = context.knowledgeBase().item(id);
    if (!item)
        return fail(QStringLiteral("Onbekend item '%1'").arg(id));
    if (inv.json) {
        printJson(showJson(*item));
        return Success;
    }
    // The same Markdown the reader shows: facts line, figures, municipalities, links, sources.
    Kb::KnowledgeBase &kb = context.knowledgeBase();
    const Kb::ItemMarkdown composer([&kb](const QString &linked) {
        const std::optional<Kb::Item> target = kb.item(linked);
        return target ? target->title : QString();
    });
    printText(composer.compose(*item));
    return Success;
}

} // namespace

const QList<Verb> &kbVerbs()
{
    static const QList<Verb> verbs = {
        {QStringLiteral("info"),
         QStringLiteral("info [--json]"),
         {QStringLiteral("profile"), QStringLiteral("kb"), QStringLiteral("json")},
         0,
         0,
         &info},
        {QStringLiteral("list"),
         QStringLiteral("list TYPE [--json] [--region ID] [--dossier ID]"),
         {QStringLiteral("profile"), QStringLiteral("kb"), QStringLiteral("json"),
          QStringLiteral("region"), QStringLiteral("dossier")},
         1,
         1,
         &list},
        {QStringLiteral("show"),
         QStringLiteral("show ID [--json]"),
         {QStringLiteral("profile"), QStringLiteral("kb"), QStringLiteral("json")},
         1,
         1,
         &show},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
