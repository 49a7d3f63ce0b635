// SPDX-License-Identifier: EUPL-1.2
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

// Reads one item's JSON. Without a sink the first problem throws Error(BadInput) naming the item
// (the feed and the old callers); with one, every problem is kept with its place in the JSON
// ("sources/2/url") and reading goes on with an empty value, so an editor sees all of them.
class Reader
{
public:
    explicit Reader(QList<ItemProblem> *sink)
        : m_sink(sink)
    {}
    QString id;

    void problem(const QString &path, const QString &what)
    {
        if (!m_sink)
            throw Error(Error::Kind::BadInput,
                        id.isEmpty() ? what : QStringLiteral("%1: %2").arg(id, what));
        m_sink->append({path, what});
    }

    QString string(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problem(path(at, key),
                    QStringLiteral("veld '%1' moet tekst zijn").arg(QLatin1String(key)));
            return {};
        }
        return v.toString();
    }

    QDate date(const QJsonObject &o, const QString &at, const char *key)
    {
        const QString s = string(o, at, key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10) {
            problem(path(at, key), QStringLiteral("veld '%1' is geen datum JJJJ-MM-DD: %2")
                                       .arg(QLatin1String(key), s));
            return {};
        }
        return d;
    }

    int integer(const QJsonObject &o, const QString &at, const char *key, int fallback = 0)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            problem(path(at, key),
                    QStringLiteral("veld '%1' moet een geheel getal zijn").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toInt();
    }

    QJsonArray array(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(QLatin1String(key),
                    QStringLiteral("veld '%1' moet een lijst zijn").arg(QLatin1String(key)));
            return {};
        }
        return v.toArray();
    }

    // Element i of list key as an object; nullopt (after a problem) when it is none.
    std::optional<QJsonObject> objectAt(const QJsonValue &v, const char *key, qsizetype i)
    {
        if (!v.isObject()) {
            problem(path(QLatin1String(key), i),
                    QStringLiteral("elk element van '%1' moet een object zijn")
                        .arg(QLatin1String(key)));
            return std::nullopt;
        }
        return v.toObject();
    }

    Source sourceFrom(const QJsonObject &o, const QString &at)
    {
        return {string(o, at, "title"), string(o, at, "url"), date(o, at, "accessed")};
    }

    static QString path(const QString &at, const char *key)
    {
        return at.isEmpty() ? QLatin1String(key) : at + QLatin1Char('/') + QLatin1String(key);
    }
    static QString path(const QString &at, qsizetype index)
    {
        return at + QLatin1Char('/') + QString::number(index);
    }

private:
    QList<ItemProblem> *m_sink;
};

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
void readField(Reader &r, Item &item, const ItemField &field, const QJsonObject &o)
{
    if (field.field == Field::Type) {
        const QString name = r.string(o, {}, field.name);
        const std::optional<ItemType> type = typeFromName(name);
        if (type)
            item.type = *type;
        else
            r.problem(QLatin1String(field.name), QStringLiteral("onbekend type '%1'").arg(name));
    } else if (const auto text = std::get_if<QString Item::*>(&field.item)) {
        item.*(*text) = r.string(o, {}, field.name);
    } else if (const auto day = std::get_if<QDate Item::*>(&field.item)) {
        item.*(*day) = r.date(o, {}, field.name);
    } else if (const auto number = std::get_if<int Item::*>(&field.item)) {
        item.*(*number) = r.integer(o, {}, field.name, field.fallback);
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
    return itemFromJson(o, nullptr);
}

Item itemFromJson(const QJsonObject &o, QList<ItemProblem> *problems)
{
    Reader r(problems);
    Item item;
    item.id = r.string(o, {}, "id");
    if (!isValidId(item.id))
        r.problem(QStringLiteral("id"),
                  QStringLiteral("ongeldig id '%1' (toegestaan: a-z, 0-9 en -)").arg(item.id));
    r.id = item.id;
    for (const ItemField &field : itemFields()) {
        if (field.field != Field::Id)
            readField(r, item, field, o);
    }

    const auto each = [&](const char *key, const auto &read) {
        const QJsonArray list = r.array(o, key);
        for (qsizetype i = 0; i < list.size(); ++i)
            read(list.at(i), Reader::path(QLatin1String(key), i), i);
    };
    each("sources", [&](const QJsonValue &v, const QString &at, qsizetype i) {
        if (const auto s = r.objectAt(v, "sources", i))
            item.sources.append(r.sourceFrom(*s, at));
    });
    each("links", [&](const QJsonValue &v, const QString &at, qsizetype) {
        if (v.isString())
            item.links.append(v.toString());
        else
            r.problem(at, QStringLiteral("'links' moet een lijst van ids zijn"));
    });
    each("municipalities", [&](const QJsonValue &v, const QString &at, qsizetype i) {
        if (const auto m = r.objectAt(v, "municipalities", i))
            item.municipalities.append(
                {r.string(*m, at, "name"), r.string(*m, at, "code"), r.integer(*m, at, "year")});
    });
    each("contacts", [&](const QJsonValue &v, const QString &at, qsizetype i) {
        if (const auto c = r.objectAt(v, "contacts", i))
            item.contacts.append(
                {r.string(*c, at, "name"), r.string(*c, at, "role"), r.string(*c, at, "url")});
    });
    each("figures", [&](const QJsonValue &v, const QString &at, qsizetype i) {
        const auto f = r.objectAt(v, "figures", i);
        if (!f)
            return;
        Figure figure;
        figure.label = r.string(*f, at, "label");
        const QJsonValue value = f->value(QLatin1String("value"));
        if (value.isDouble())
            figure.value = value.toDouble();
        else
            r.problem(
                Reader::path(at, "value"),
                QStringLiteral("kengetal '%1' heeft geen getal als waarde").arg(figure.label));
        const QJsonValue max = f->value(QLatin1String("value_max"));
        if (max.isDouble())
            figure.valueMax = max.toDouble();
        figure.unit = r.string(*f, at, "unit");
        figure.year = r.integer(*f, at, "year");
        figure.definition = r.string(*f, at, "definition");
        figure.source =
            r.sourceFrom(f->value(QLatin1String("source")).toObject(), Reader::path(at, "source"));
        figure.approx = f->value(QLatin1String("approx")).toBool();
        item.figures.append(figure);
    });
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
    for (const ItemProblem &p : itemProblems(item))
        problems.append(QStringLiteral("%1: %2").arg(item.id, p.message));
    return problems;
}

QList<ItemProblem> itemProblems(const Item &item)
{
    QList<ItemProblem> problems;
    const auto need = [&](bool ok, const QString &at, const QString &what) {
        if (!ok)
            problems.append({at, what});
    };
    const auto at = [](const char *list, qsizetype i, const char *key = nullptr) {
        QString path = QStringLiteral("%1/%2").arg(QLatin1String(list)).arg(i);
        return key ? path + QLatin1Char('/') + QLatin1String(key) : path;
    };
    need(isValidId(item.id), QStringLiteral("id"), QStringLiteral("ongeldig id"));
    need(!item.title.trimmed().isEmpty(), QStringLiteral("title"),
         QStringLiteral("titel ontbreekt"));
    need(item.title.size() <= MaxTitleLength, QStringLiteral("title"),
         QStringLiteral("titel is te lang"));
    need(!item.summary.trimmed().isEmpty(), QStringLiteral("summary"),
         QStringLiteral("samenvatting ontbreekt"));
    need(!item.body.trimmed().isEmpty(), QStringLiteral("body"), QStringLiteral("tekst ontbreekt"));
    need(item.body.size() <= MaxBodyLength, QStringLiteral("body"),
         QStringLiteral("tekst is groter dan 1 MiB"));
    need(!item.sources.isEmpty(), QStringLiteral("sources"), QStringLiteral("geen bron"));
    for (qsizetype i = 0; i < item.sources.size(); ++i) {
        const Source &s = item.sources.at(i);
        need(!s.title.trimmed().isEmpty(), at("sources", i, "title"),
             QStringLiteral("bron zonder titel"));
        need(s.url.startsWith(QLatin1String("https://")) ||
                 s.url.startsWith(QLatin1String("http://")),
             at("sources", i, "url"),
             QStringLiteral("bron '%1' heeft geen http(s)-adres").arg(s.title));
    }
    for (qsizetype i = 0; i < item.links.size(); ++i)
        need(isValidId(item.links.at(i)), at("links", i),
             QStringLiteral("ongeldige verwijzing '%1'").arg(item.links.at(i)));
    need(item.confidence.isEmpty() || confidences().contains(item.confidence),
         QStringLiteral("confidence"),
         QStringLiteral("onbekende zekerheid '%1'").arg(item.confidence));
    need(item.confidence.isEmpty() || item.confidence == QLatin1String("high") ||
             !item.uncertainty.trimmed().isEmpty(),
         QStringLiteral("confidence"),
         QStringLiteral("onzeker feit zonder toelichting ('uncertainty')"));
    if (item.type == ItemType::Document) {
        need(documentKinds().contains(item.kind), QStringLiteral("kind"),
             QStringLiteral("onbekende documentsoort '%1'").arg(item.kind));
        need(item.date.isValid(), QStringLiteral("date"), QStringLiteral("document zonder datum"));
        need(!item.dossier.isEmpty(), QStringLiteral("dossier"),
             QStringLiteral("document zonder dossier"));
    }
    if (item.type == ItemType::Event || item.type == ItemType::News)
        need(item.date.isValid(), QStringLiteral("date"), QStringLiteral("zonder datum"));
    static const QRegularExpression gm(QStringLiteral("^GM[0-9]{4}$"));
    for (qsizetype i = 0; i < item.municipalities.size(); ++i) {
        const Municipality &m = item.municipalities.at(i);
        need(!m.name.isEmpty(), at("municipalities", i, "name"),
             QStringLiteral("gemeente zonder naam"));
        need(gm.match(m.code).hasMatch(), at("municipalities", i, "code"),
             QStringLiteral("gemeente '%1' heeft geen CBS-code GMxxxx").arg(m.name));
        need(m.year > 1800, at("municipalities", i, "year"),
             QStringLiteral("gemeente '%1' zonder peiljaar").arg(m.name));
    }
    for (qsizetype i = 0; i < item.figures.size(); ++i) {
        const Figure &f = item.figures.at(i);
        need(!f.label.isEmpty(), at("figures", i, "label"),
             QStringLiteral("kengetal zonder omschrijving"));
        need(f.year > 1900, at("figures", i, "year"),
             QStringLiteral("kengetal '%1' zonder jaar").arg(f.label));
        need(!f.definition.trimmed().isEmpty(), at("figures", i, "definition"),
             QStringLiteral("kengetal '%1' zonder definitie").arg(f.label));
        need(!f.source.title.isEmpty() && f.source.url.startsWith(QLatin1String("http")),
             at("figures", i, "source"), QStringLiteral("kengetal '%1' zonder bron").arg(f.label));
    }
    return problems;
}

} // namespace Flexwonen::Kb
