// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentsource.h"

#include "itemjson.h"
#include "kberror.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Flexwonen::Kb {

Item ContentSource::parse(const QByteArray &raw, const QString &fileId)
{
    QByteArray text = raw;
    text.replace("\r\n", "\n");
    if (!text.startsWith("---\n"))
        throw Error(
            Error::Kind::BadInput,
            QStringLiteral("%1: het bestand begint niet met '---' (front matter)").arg(fileId));
    const qsizetype end = text.indexOf("\n---\n", 3);
    if (end < 0)
        throw Error(
            Error::Kind::BadInput,
            QStringLiteral("%1: de front matter wordt niet met '---' afgesloten").arg(fileId));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.mid(4, end - 4 + 1), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(Error::Kind::BadInput,
                    QStringLiteral("%1: front matter is geen geldig JSON-object (%2)")
                        .arg(fileId, error.errorString()));
    QJsonObject object = doc.object();
    if (object.contains(QLatin1String("body")))
        throw Error(Error::Kind::BadInput,
                    QStringLiteral("%1: 'body' hoort na de front matter, niet erin").arg(fileId));
    object.insert(QStringLiteral("body"), QString::fromUtf8(text.mid(end + 5)).trimmed());
    Item item = itemFromJson(object);
    if (item.id != fileId)
        throw Error(
            Error::Kind::BadInput,
            QStringLiteral("%1: id '%2' wijkt af van de bestandsnaam").arg(fileId, item.id));
    const QStringList undated = undatedSources(item, QDate::currentDate());
    if (!undated.isEmpty())
        throw Error(Error::Kind::BadInput, undated.first());
    return item;
}

QStringList ContentSource::undatedSources(const Item &item, const QDate &today)
{
    QStringList problems;
    const auto check = [&](const Source &s, const QString &where) {
        if (!s.accessed.isValid())
            problems.append(QStringLiteral("%1: %2 mist 'accessed' (geraadpleegd op, JJJJ-MM-DD)")
                                .arg(item.id, where));
        else if (s.accessed > today)
            problems.append(QStringLiteral("%1: %2 is geraadpleegd op %3, na vandaag (%4)")
                                .arg(item.id, where, s.accessed.toString(Qt::ISODate),
                                     today.toString(Qt::ISODate)));
    };
    for (const Source &s : item.sources)
        check(s, QStringLiteral("bron '%1'").arg(s.title));
    for (const Figure &f : item.figures)
        check(f.source, QStringLiteral("de bron van kengetal '%1'").arg(f.label));
    return problems;
}

QList<Item> ContentSource::readDirectory(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        throw Error(Error::Kind::Io, QStringLiteral("Bronmap bestaat niet: %1").arg(dir));
    QStringList paths;
    QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    QList<Item> items;
    items.reserve(paths.size());
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io,
                        QStringLiteral("Kan %1 niet lezen: %2").arg(path, file.errorString()));
        try {
            items.append(parse(file.readAll(), QFileInfo(path).completeBaseName()));
        } catch (const Error &e) {
            throw Error(e.kind(), QStringLiteral("%1: %2").arg(path, e.message()));
        }
    }
    return items;
}

QStringList ContentSource::crossCheck(const QList<Item> &items)
{
    QStringList problems;
    QHash<QString, ItemType> typeOf;
    for (const Item &item : items) {
        problems += validateItem(item);
        if (typeOf.contains(item.id))
            problems.append(QStringLiteral("%1: id komt twee keer voor").arg(item.id));
        typeOf.insert(item.id, item.type);
    }
    QHash<QString, QString> regionOfCode;
    for (const Item &item : items) {
        const auto refers = [&](const QString &target, std::optional<ItemType> wantedType,
                                const char *field) {
            if (target.isEmpty())
                return;
            const auto found = typeOf.constFind(target);
            if (found == typeOf.cend())
                problems.append(QStringLiteral("%1: %2 '%3' bestaat niet")
                                    .arg(item.id, QLatin1String(field), target));
            else if (wantedType && *found != *wantedType)
                problems.append(
                    QStringLiteral("%1: %2 '%3' is geen %4")
                        .arg(item.id, QLatin1String(field), target, typeName(*wantedType)));
        };
        refers(item.region, ItemType::Region, "regio");
        refers(item.dossier, ItemType::Dossier, "dossier");
        for (const QString &link : item.links)
            refers(link, std::nullopt, "verwijzing");
        for (const Municipality &m : item.municipalities) {
            const QString key = QStringLiteral("%1/%2").arg(m.code).arg(m.year);
            const auto previous = regionOfCode.constFind(key);
            if (previous != regionOfCode.cend())
                problems.append(QStringLiteral("gemeente %1 (%2) staat in %3 en in %4")
                                    .arg(m.name, key, *previous, item.id));
            regionOfCode.insert(key, item.id);
        }
    }
    return problems;
}

} // namespace Flexwonen::Kb
