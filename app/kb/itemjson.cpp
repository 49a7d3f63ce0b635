// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemjson.h"

#include "itemfields.h"
#include "kberror.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Flexwonen::Kb {

namespace {

constexpr int MaxTitleLength = 500;
constexpr int MaxBodyLength = 1 << 20;

const QStringList &documentKinds()
{
    static const QStringList kinds = {QStringLiteral("handreiking"),
                                      QStringLiteral("beleidsregel"),
                                      QStringLiteral("convenant"),
                                      QStringLiteral("onderzoek"),
                                      QStringLiteral("praktijkvoorbeeld"),
                                      QStringLiteral("kamerbrief"),
                                      QStringLiteral("verslag"),
                                      QStringLiteral("wet"),
                                      QStringLiteral("norm")};
    return kinds;
}

const QStringList &confidences()
{
    static const QStringList values = {QStringLiteral("high"), QStringLiteral("medium"),
                                       QStringLiteral("low"), QStringLiteral("source-doc-only")};
    return values;
}

[[noreturn]] void fail(const QString &id, const QString &what)
{
    throw Error(Error::Kind::BadInput,
                id.isEmpty() ? what : QStringLiteral("%1: %2").arg(id, what));
}

QString string(const QJsonObject &o, const char *key, const QString &id)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(id, QStringLiteral("veld '%1' moet tekst zijn").arg(QLatin1String(key)));
    return v.toString();
}

QDate date(const QJsonObject &o, const char *key, const QString &id)
{
    const QString s = string(o, key, id);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10)
        fail(id,
             QStringLiteral("veld '%1' is geen datum JJJJ-MM-DD: %2").arg(QLatin1String(key), s));
    return d;
}

int integer(const QJsonObject &o, const char *key, const QString &id, int fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        fail(id, QStringLiteral("veld '%1' moet een geheel getal zijn").arg(QLatin1String(key)));
    return v.toInt();
}

QJsonArray array(const QJsonObject &o, const char *key, const QString &id)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(id, QStringLiteral("veld '%1' moet een lijst zijn").arg(QLatin1String(key)));
    return v.toArray();
}

QJsonObject objectAt(const QJsonValue &v, const char *key, const QString &id)
{
    if (!v.isObject())
        fail(id,
             QStringLiteral("elk element van '%1' moet een object zijn").arg(QLatin1String(key)));
    return v.toObject();
}

Source sourceFrom(const QJsonObject &o, const QString &id)
{
    return {string(o, "title", id), string(o, "url", id), date(o, "accessed", id)};
}

QJsonObject sourceTo(const Source &s)
{
    QJsonObject o{{QStringLiteral("title"), s.title}, {QStringLiteral("url"), s.url}};
    if (s.accessed.isValid())
        o.insert(QStringLiteral("accessed"), s.accessed.toString(Qt::ISODate));
    return o;
}

void putString(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

// One scalar field, checked as its member's type wants; an unknown type name is refused here.
void readField(Item &item, const ItemField &field, const QJsonObject &o)
{
    const QString &id = item.id;
    if (field.field == Field::Type) {
        const QString name = string(o, field.name, id);
        const std::optional<ItemType> type = typeFromName(name);
        if (!type)
            fail(id, QStringLiteral("onbekend type '%1'").arg(name));
        item.type = *type;
    } else if (const auto text = std::get_if<QString Item::*>(&field.item)) {
        item.*(*text) = string(o, field.name, id);
    } else if (const auto day = std::get_if<QDate Item::*>(&field.item)) {
        item.*(*day) = date(o, field.name, id);
    } else if (const auto number = std::get_if<int Item::*>(&field.item)) {
        item.*(*number) = integer(o, field.name, id, field.fallback);
    }
}

} // namespace

bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}\\z"));
    return re.match(id).hasMatch();
}

Item itemFromJson(const QJsonObject &o)
{
    Item item;
    item.id = string(o, "id", {});
    const QString &id = item.id;
    if (!isValidId(id))
        fail({}, QStringLiteral("ongeldig id '%1' (toegestaan: a-z, 0-9 en -)").arg(id));
    for (const ItemField &field : itemFields()) {
        if (field.field != Field::Id)
            readField(item, field, o);
    }

    for (const QJsonValue &v : array(o, "sources", id))
        item.sources.append(sourceFrom(objectAt(v, "sources", id), id));
    for (const QJsonValue &v : array(o, "links", id)) {
        if (!v.isString())
            fail(id, QStringLiteral("'links' moet een lijst van ids zijn"));
        item.links.append(v.toString());
    }
    for (const QJsonValue &v : array(o, "municipalities", id)) {
        const QJsonObject m = objectAt(v, "municipalities", id);
        item.municipalities.append(
            {string(m, "name", id), string(m, "code", id), integer(m, "year", id)});
    }
    for (const QJsonValue &v : array(o, "contacts", id)) {
        const QJsonObject c = objectAt(v, "contacts", id);
        item.contacts.append({string(c, "name", id), string(c, "role", id), string(c, "url", id)});
    }
    for (const QJsonValue &v : array(o, "figures", id)) {
        const QJsonObject f = objectAt(v, "figures", id);
        Figure figure;
        figure.label = string(f, "label", id);
        const QJsonValue value = f.value(QLatin1String("value"));
        if (!value.isDouble())
            fail(id, QStringLiteral("kengetal '%1' heeft geen getal als waarde").arg(figure.label));
        figure.value = value.toDouble();
        const QJsonValue max = f.value(QLatin1String("value_max"));
        if (max.isDouble())
            figure.valueMax = max.toDouble();
        figure.unit = string(f, "unit", id);
        figure.year = integer(f, "year", id);
        figure.definition = string(f, "definition", id);
        figure.source = sourceFrom(f.value(QLatin1String("source")).toObject(), id);
        figure.approx = f.value(QLatin1String("approx")).toBool();
        item.figures.append(figure);
    }
    return item;
}

QJsonObject itemToJson(const Item &item, bool withBody)
{
    QJsonObject o;
    for (const ItemField &field : itemFields()) {
        if (withBody || field.field != Field::Body)
            putJson(o, item, field);
    }

    QJsonArray sources;
    for (const Source &s : item.sources)
        sources.append(sourceTo(s));
    o.insert(QStringLiteral("sources"), sources);
    o.insert(QStringLiteral("links"), QJsonArray::fromStringList(item.links));
    if (!item.municipalities.isEmpty()) {
        QJsonArray list;
        for (const Municipality &m : item.municipalities)
            list.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("code"), m.code},
                                    {QStringLiteral("year"), m.year}});
        o.insert(QStringLiteral("municipalities"), list);
    }
    if (!item.contacts.isEmpty()) {
        QJsonArray list;
        for (const Contact &c : item.contacts) {
            QJsonObject co{{QStringLiteral("name"), c.name}};
            putString(co, "role", c.role);
            putString(co, "url", c.url);
            list.append(co);
        }
        o.insert(QStringLiteral("contacts"), list);
    }
    if (!item.figures.isEmpty()) {
        QJsonArray list;
        for (const Figure &f : item.figures) {
            QJsonObject fo{{QStringLiteral("label"), f.label},
                           {QStringLiteral("value"), f.value},
                           {QStringLiteral("unit"), f.unit},
                           {QStringLiteral("year"), f.year},
                           {QStringLiteral("definition"), f.definition},
                           {QStringLiteral("source"), sourceTo(f.source)}};
            if (f.valueMax)
                fo.insert(QStringLiteral("value_max"), *f.valueMax);
            if (f.approx)
                fo.insert(QStringLiteral("approx"), true);
            list.append(fo);
        }
        o.insert(QStringLiteral("figures"), list);
    }
    return o;
}

QStringList validateItem(const Item &item)
{
    QStringList problems;
    const auto need = [&](bool ok, const QString &what) {
        if (!ok)
            problems.append(QStringLiteral("%1: %2").arg(item.id, what));
    };
    need(isValidId(item.id), QStringLiteral("ongeldig id"));
    need(!item.title.trimmed().isEmpty(), QStringLiteral("titel ontbreekt"));
    need(item.title.size() <= MaxTitleLength, QStringLiteral("titel is te lang"));
    need(!item.summary.trimmed().isEmpty(), QStringLiteral("samenvatting ontbreekt"));
    need(!item.body.trimmed().isEmpty(), QStringLiteral("tekst ontbreekt"));
    need(item.body.size() <= MaxBodyLength, QStringLiteral("tekst is groter dan 1 MiB"));
    need(!item.sources.isEmpty(), QStringLiteral("geen bron"));
    for (const Source &s : item.sources) {
        need(!s.title.trimmed().isEmpty(), QStringLiteral("bron zonder titel"));
        need(s.url.startsWith(QLatin1String("https://")) ||
                 s.url.startsWith(QLatin1String("http://")),
             QStringLiteral("bron '%1' heeft geen http(s)-adres").arg(s.title));
    }
    for (const QString &link : item.links)
        need(isValidId(link), QStringLiteral("ongeldige verwijzing '%1'").arg(link));
    need(item.confidence.isEmpty() || confidences().contains(item.confidence),
         QStringLiteral("onbekende zekerheid '%1'").arg(item.confidence));
    need(item.confidence.isEmpty() || item.confidence == QLatin1String("high") ||
             !item.uncertainty.trimmed().isEmpty(),
         QStringLiteral("onzeker feit zonder toelichting ('uncertainty')"));
    if (item.type == ItemType::Document) {
        need(documentKinds().contains(item.kind),
             QStringLiteral("onbekende documentsoort '%1'").arg(item.kind));
        need(item.date.isValid(), QStringLiteral("document zonder datum"));
        need(!item.dossier.isEmpty(), QStringLiteral("document zonder dossier"));
    }
    if (item.type == ItemType::Event || item.type == ItemType::News)
        need(item.date.isValid(), QStringLiteral("zonder datum"));
    static const QRegularExpression gm(QStringLiteral("^GM[0-9]{4}$"));
    for (const Municipality &m : item.municipalities) {
        need(!m.name.isEmpty(), QStringLiteral("gemeente zonder naam"));
        need(gm.match(m.code).hasMatch(),
             QStringLiteral("gemeente '%1' heeft geen CBS-code GMxxxx").arg(m.name));
        need(m.year > 1800, QStringLiteral("gemeente '%1' zonder peiljaar").arg(m.name));
    }
    for (const Figure &f : item.figures) {
        need(!f.label.isEmpty(), QStringLiteral("kengetal zonder omschrijving"));
        need(f.year > 1900, QStringLiteral("kengetal '%1' zonder jaar").arg(f.label));
        need(!f.definition.trimmed().isEmpty(),
             QStringLiteral("kengetal '%1' zonder definitie").arg(f.label));
        need(!f.source.title.isEmpty() && f.source.url.startsWith(QLatin1String("http")),
             QStringLiteral("kengetal '%1' zonder bron").arg(f.label));
    }
    return problems;
}

} // namespace Flexwonen::Kb
