// SPDX-License-Identifier: EUPL-1.2
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
#include <QStringDecoder>

namespace Flexwonen::Kb {

namespace {

// A cross-item problem: the item (index) and the place in its JSON.
struct CrossProblem
{
    qsizetype item;
    QString path;
    QString message;
};

// names: how messages name an item (its id, or its file for an editor).
QList<CrossProblem> crossProblems(const QList<const Item *> &items, const QStringList &names,
                                  const QSet<QString> &unreadIds)
{
    QList<CrossProblem> problems;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &id = items.at(i)->id;
        if (id.isEmpty())
            continue;
        const auto previous = indexOf.constFind(id);
        if (previous != indexOf.cend())
            problems.append(
                {i, QStringLiteral("id"),
                 names.at(i) == id
                     ? QStringLiteral("id komt twee keer voor")
                     : QStringLiteral("id '%1' komt ook voor in %2").arg(id, names.at(*previous))});
        else
            indexOf.insert(id, i);
    }
    QHash<QString, qsizetype> regionOfCode;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = *items.at(i);
        const auto refers = [&](const QString &target, std::optional<ItemType> wantedType,
                                const char *field, const QString &path) {
            if (target.isEmpty() || unreadIds.contains(target))
                return;
            const auto found = indexOf.constFind(target);
            if (found == indexOf.cend())
                problems.append(
                    {i, path,
                     QStringLiteral("%1 '%2' bestaat niet").arg(QLatin1String(field), target)});
            else if (wantedType && items.at(*found)->type != *wantedType)
                problems.append({i, path,
                                 QStringLiteral("%1 '%2' is geen %3")
                                     .arg(QLatin1String(field), target, typeName(*wantedType))});
        };
        refers(item.region, ItemType::Region, "regio", QStringLiteral("region"));
        refers(item.dossier, ItemType::Dossier, "dossier", QStringLiteral("dossier"));
        for (qsizetype l = 0; l < item.links.size(); ++l)
            refers(item.links.at(l), std::nullopt, "verwijzing", QStringLiteral("links/%1").arg(l));
        for (qsizetype m = 0; m < item.municipalities.size(); ++m) {
            const Municipality &municipality = item.municipalities.at(m);
            const QString key =
                QStringLiteral("%1/%2").arg(municipality.code).arg(municipality.year);
            const auto previous = regionOfCode.constFind(key);
            if (previous != regionOfCode.cend())
                problems.append(
                    {i, QStringLiteral("municipalities/%1/code").arg(m),
                     QStringLiteral("gemeente %1 (%2) staat in %3 en in %4")
                         .arg(municipality.name, key, names.at(*previous), names.at(i))});
            regionOfCode.insert(key, i);
        }
    }
    return problems;
}

} // namespace

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

ContentFile ContentSource::read(const QByteArray &raw, const QString &relativePath,
                                ContentProblems &problems)
{
    ContentFile file;
    file.path = relativePath;
    const auto problem = [&](int line, ContentCheck check, const QString &message) {
        problems.add(relativePath, line, check, message);
    };
    QByteArray text = raw;
    text.replace("\r\n", "\n");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(text);
    if (utf8.hasError())
        problem(0, ContentCheck::File, QStringLiteral("het bestand is geen geldige UTF-8-tekst"));
    if (!text.startsWith("---\n")) {
        problem(1, ContentCheck::File,
                QStringLiteral("het bestand begint niet met een regel '---' (front matter)"));
        return file;
    }
    const qsizetype end = text.indexOf("\n---\n", 3);
    if (end < 0) {
        problem(1, ContentCheck::File,
                QStringLiteral("de front matter wordt niet met een regel '---' afgesloten"));
        return file;
    }
    const QByteArray json = text.mid(4, end - 4 + 1);
    file.bodyLine = lineAt(text, end + 5);
    file.body = QString::fromUtf8(text.mid(end + 5));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problem(lineAt(json, error.offset, 2), ContentCheck::File,
                QStringLiteral("de front matter is geen geldige JSON: %1 (let op komma's, "
                               "aanhalingstekens en haakjes)")
                    .arg(error.errorString()));
        return file;
    }
    if (!doc.isObject()) {
        problem(2, ContentCheck::File,
                QStringLiteral("de front matter moet één JSON-object zijn, tussen { en }"));
        return file;
    }
    file.frontMatter = doc.object();
    file.lines = JsonLines::scan(json, 2);
    for (const auto &[path, line] : file.lines.repeatedKeys())
        problem(line, ContentCheck::File,
                QStringLiteral("veld '%1' staat twee keer in de front matter").arg(path));
    const auto lineOf = [&](const QString &path) {
        if (path == QLatin1String("body") && !file.lines.contains(path))
            return file.bodyLine;
        return file.lines.line(path);
    };
    QJsonObject object = file.frontMatter;
    if (object.contains(QLatin1String("body"))) {
        problem(lineOf(QStringLiteral("body")), ContentCheck::Field,
                QStringLiteral("'body' hoort na de front matter, niet erin"));
        object.remove(QStringLiteral("body"));
    }
    object.insert(QStringLiteral("body"), file.body.trimmed());
    QList<ItemProblem> fieldProblems;
    file.item = itemFromJson(object, &fieldProblems);
    // A field the reader already refused (an id with a forbidden character) is one problem, not
    // two: the item checks speak only of fields that were read.
    QSet<QString> refused;
    for (const ItemProblem &p : std::as_const(fieldProblems))
        refused.insert(p.path);
    for (const ItemProblem &p : itemProblems(*file.item)) {
        if (!refused.contains(p.path))
            fieldProblems.append(p);
    }
    const QString fileId = QFileInfo(relativePath).completeBaseName();
    if (isValidId(file.item->id) && file.item->id != fileId)
        fieldProblems.append(
            {QStringLiteral("id"), QStringLiteral("id '%1' wijkt af van de bestandsnaam '%2.md'")
                                       .arg(file.item->id, fileId)});
    for (const ItemProblem &p : fieldProblems) {
        // A missing field is reported at the line of its nearest parent (the figure whose source
        // is missing), a missing top-level field at the start of the front matter.
        int line = 1;
        if (p.path == QLatin1String("body") || file.lines.contains(p.path) ||
            p.path.contains(QLatin1Char('/')))
            line = lineOf(p.path);
        problem(line, ContentCheck::Field, p.message);
    }
    return file;
}

QList<ContentFile> ContentSource::readFolder(const QString &dir, ContentProblems &problems)
{
    if (!QFileInfo(dir).isDir())
        throw Error(Error::Kind::Io, QStringLiteral("Bronmap bestaat niet: %1").arg(dir));
    const QDir root(QFileInfo(dir).absoluteFilePath());
    QStringList paths;
    QDirIterator it(root.path(), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(root.relativeFilePath(it.next()));
    paths.sort();
    QList<ContentFile> files;
    files.reserve(paths.size());
    for (const QString &path : paths) {
        QFile file(root.filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            problems.add(path, 0, ContentCheck::File,
                         QStringLiteral("kan het bestand niet lezen: %1").arg(file.errorString()));
            continue;
        }
        files.append(read(file.readAll(), path, problems));
    }
    crossCheck(files, problems);
    return files;
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
    QList<const Item *> pointers;
    QStringList names;
    for (const Item &item : items) {
        problems += validateItem(item);
        pointers.append(&item);
        names.append(item.id);
    }
    for (const CrossProblem &p : crossProblems(pointers, names, {}))
        problems.append(p.path.startsWith(QLatin1String("municipalities"))
                            ? p.message
                            : QStringLiteral("%1: %2").arg(items.at(p.item).id, p.message));
    return problems;
}

void ContentSource::crossCheck(const QList<ContentFile> &files, ContentProblems &problems)
{
    QList<const ContentFile *> read;
    QList<const Item *> items;
    QStringList names;
    QSet<QString> unreadIds; // links to a file that is not JSON are not reported again
    for (const ContentFile &file : files) {
        if (file.item) {
            read.append(&file);
            items.append(&*file.item);
            names.append(file.path);
        } else {
            unreadIds.insert(QFileInfo(file.path).completeBaseName());
        }
    }
    for (const CrossProblem &p : crossProblems(items, names, unreadIds)) {
        const ContentFile &file = *read.at(p.item);
        problems.add(file.path, file.lines.line(p.path), ContentCheck::CrossCheck, p.message);
    }
}

} // namespace Flexwonen::Kb
