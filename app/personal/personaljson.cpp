// SPDX-License-Identifier: EUPL-1.2
#include "personaljson.h"

#include "filtersjson.h"
#include "kb/itemjson.h"
#include "kb/kberror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Flexwonen::Personal {

namespace {

const QString Format = QStringLiteral("flexwonen-persoonlijke-gegevens");
constexpr int Version = 1;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
constexpr int MaxTitle = 1000;
constexpr int MaxText = 1000 * 1000; // one note, or the basket's cover note
constexpr int MaxName = 500;

[[noreturn]] void bad(const QString &what)
{
    throw Kb::Error(Kb::Error::Kind::BadInput,
                    QStringLiteral("Geen geldig bestand met persoonlijke gegevens: %1").arg(what));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime time(const QJsonObject &o, const QString &key)
{
    const QDateTime t = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        bad(QStringLiteral("ongeldige tijd in '%1'").arg(key));
    return t.toUTC();
}

QString itemId(const QJsonObject &o)
{
    const QString id = o.value(QStringLiteral("item")).toString();
    if (!Kb::isValidId(id))
        bad(QStringLiteral("ongeldig item-id"));
    return id;
}

// Text from the file, checked for length; control characters other than line breaks and tabs
// are dropped (they never reach the screen or a terminal).
QString text(const QJsonObject &o, const QString &key, int max)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isString())
        bad(QStringLiteral("'%1' is geen tekst").arg(key));
    QString s = v.toString();
    if (s.size() > max)
        bad(QStringLiteral("'%1' is te lang").arg(key));
    s.removeIf([](QChar c) {
        return (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') ||
               c == QChar(0x2028) || c == QChar(0x2029);
    });
    return s;
}

QJsonArray array(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        bad(QStringLiteral("'%1' is geen lijst").arg(key));
    return v.toArray();
}

template <typename Read> void eachObject(const QJsonArray &array, Read read)
{
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            bad(QStringLiteral("een element is geen object"));
        read(v.toObject());
    }
}

QJsonObject seenToJson(const QHash<QString, int> &seen)
{
    QJsonObject json;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QHash<QString, int> seenFromJson(const QJsonObject &json)
{
    QHash<QString, int> seen;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!Kb::isValidId(it.key()) || !it.value().isDouble())
            bad(QStringLiteral("ongeldige gezien-lijst van een zoekopdracht"));
        seen.insert(it.key(), it.value().toInt());
    }
    return seen;
}

} // namespace

QByteArray personalDataToJson(const PersonalData &data)
{
    QJsonArray bookmarks;
    for (const Bookmark &b : data.bookmarks)
        bookmarks.append(QJsonObject{{QStringLiteral("item"), b.itemId},
                                     {QStringLiteral("title"), b.title},
                                     {QStringLiteral("folder"), b.folder},
                                     {QStringLiteral("created"), iso(b.created)}});
    QJsonArray notes;
    for (const Note &n : data.notes)
        notes.append(QJsonObject{{QStringLiteral("item"), n.itemId},
                                 {QStringLiteral("title"), n.title},
                                 {QStringLiteral("text"), n.text},
                                 {QStringLiteral("updated"), iso(n.updated)}});
    QJsonArray history;
    for (const Visit &v : data.history)
        history.append(QJsonObject{{QStringLiteral("item"), v.itemId},
                                   {QStringLiteral("title"), v.title},
                                   {QStringLiteral("visited"), iso(v.visited)}});
    QJsonArray searches;
    for (const SavedSearch &s : data.savedSearches)
        searches.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("query"), s.query},
                                    {QStringLiteral("filters"), filtersToJson(s.filters)},
                                    {QStringLiteral("created"), iso(s.created)},
                                    {QStringLiteral("seen"), seenToJson(s.seen)}});
    QJsonArray basket;
    for (const BasketEntry &e : data.basket)
        basket.append(
            QJsonObject{{QStringLiteral("item"), e.itemId}, {QStringLiteral("title"), e.title}});
    const QJsonObject json{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), Version},
        {QStringLiteral("bookmarks"), bookmarks},
        {QStringLiteral("folders"), QJsonArray::fromStringList(data.folders)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("history"), history},
        {QStringLiteral("savedSearches"), searches},
        {QStringLiteral("basket"),
         QJsonObject{{QStringLiteral("note"), data.basketNote}, {QStringLiteral("items"), basket}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

PersonalData personalDataFromJson(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes)
        bad(QStringLiteral("groter dan 64 MB"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        bad(QStringLiteral("geen JSON-object"));
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != Format)
        bad(QStringLiteral("onbekende soort bestand"));
    if (json.value(QStringLiteral("version")).toInt() != Version)
        bad(QStringLiteral("versie %1 wordt niet ondersteund")
                .arg(json.value(QStringLiteral("version")).toInt()));

    PersonalData data;
    eachObject(array(json, QStringLiteral("bookmarks")), [&](const QJsonObject &o) {
        data.bookmarks.append({itemId(o), text(o, QStringLiteral("title"), MaxTitle),
                               text(o, QStringLiteral("folder"), MaxName).simplified(),
                               time(o, QStringLiteral("created"))});
    });
    for (const QJsonValue &v : array(json, QStringLiteral("folders"))) {
        const QString folder = v.toString().simplified();
        if (!v.isString() || folder.size() > MaxName)
            bad(QStringLiteral("ongeldige map"));
        if (!folder.isEmpty())
            data.folders.append(folder);
    }
    eachObject(array(json, QStringLiteral("notes")), [&](const QJsonObject &o) {
        data.notes.append({itemId(o), text(o, QStringLiteral("title"), MaxTitle),
                           text(o, QStringLiteral("text"), MaxText),
                           time(o, QStringLiteral("updated"))});
    });
    eachObject(array(json, QStringLiteral("history")), [&](const QJsonObject &o) {
        data.history.append({itemId(o), text(o, QStringLiteral("title"), MaxTitle),
                             time(o, QStringLiteral("visited"))});
    });
    eachObject(array(json, QStringLiteral("savedSearches")), [&](const QJsonObject &o) {
        SavedSearch s;
        s.name = text(o, QStringLiteral("name"), MaxName);
        s.query = text(o, QStringLiteral("query"), MaxName);
        s.filters = filtersFromJson(o.value(QStringLiteral("filters")).toObject());
        s.created = time(o, QStringLiteral("created"));
        s.seen = seenFromJson(o.value(QStringLiteral("seen")).toObject());
        data.savedSearches.append(s);
    });
    const QJsonObject basket = json.value(QStringLiteral("basket")).toObject();
    data.basketNote = text(basket, QStringLiteral("note"), MaxText);
    eachObject(array(basket, QStringLiteral("items")), [&](const QJsonObject &o) {
        data.basket.append({itemId(o), text(o, QStringLiteral("title"), MaxTitle)});
    });
    return data;
}

PersonalData readPersonalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Kb::Error(Kb::Error::Kind::Io,
                        QStringLiteral("Kan %1 niet lezen: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        bad(QStringLiteral("groter dan 64 MB"));
    return personalDataFromJson(file.read(MaxFileBytes + 1));
}

void writePersonalFile(const QString &path, const PersonalData &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(personalDataToJson(data)) < 0 ||
        !file.commit())
        throw Kb::Error(Kb::Error::Kind::Io,
                        QStringLiteral("Kan %1 niet schrijven: %2").arg(path, file.errorString()));
}

} // namespace Flexwonen::Personal
