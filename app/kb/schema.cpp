// SPDX-License-Identifier: EUPL-1.2
#include "schema.h"

#include "database.h"
#include "kberror.h"
#include "search/indexer.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Flexwonen::Kb::Schema {

namespace {

qint64 applicationIdOf(Store store)
{
    return store == Store::Content ? ContentApplicationId : UserApplicationId;
}

QString scriptFor(Store store, int version)
{
    const QString name =
        QStringLiteral(":/flexwonen/sql/%1-%2.sql")
            .arg(store == Store::Content ? QStringLiteral("content") : QStringLiteral("user"))
            .arg(version, 3, 10, QLatin1Char('0'));
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, QStringLiteral("Schemascript ontbreekt: %1").arg(name));
    return QString::fromUtf8(file.readAll());
}

bool isEmptyDatabase(Connection &c)
{
    return c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 0;
}

// Every schema entry as type, name, table and SQL joined by U+001F, sorted. Reading
// sqlite_master runs nothing.
QStringList schemaEntries(Connection &c)
{
    QSqlQuery q = c.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    c.run(q);
    QStringList entries;
    while (q.next())
        entries.append(QStringList{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString()}
                           .join(QChar(0x1F)));
    entries.sort();
    return entries;
}

// "view item" for the message: type and name only, and only harmless characters of the name
// (the file is hostile; its SQL is never shown).
QString describeEntry(const QString &entry)
{
    const QStringList parts = entry.split(QChar(0x1F));
    QString name = parts.value(1).left(60);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-') || c.unicode() > 0x7E)
            c = u'?';
    }
    return parts.value(0) + QLatin1Char(' ') + name;
}

// The schema the scripts make, from a database in memory (once per process).
const QStringList &ownContentSchema()
{
    static const QStringList entries = [] {
        Connection memory(QStringLiteral(":memory:"), Connection::Mode::ReadWrite);
        migrate(memory, Store::Content);
        return schemaEntries(memory);
    }();
    return entries;
}

} // namespace

int currentVersion(Store store)
{
    return store == Store::Content ? ContentVersion : UserVersion;
}

int checkReadable(Connection &c, Store store, Depth depth)
{
    // The first read also tells apart random bytes ("file is not a database").
    const qint64 appId = c.applicationId();
    const int version = c.userVersion();
    if (appId != applicationIdOf(store)) {
        throw Error(Error::Kind::Corrupt,
                    QStringLiteral("%1 is geen %2 van Flexwonen Kennisbank")
                        .arg(c.path(), store == Store::Content
                                           ? QStringLiteral("kennisbank")
                                           : QStringLiteral("gebruikersdatabase")));
    }
    if (version > currentVersion(store)) {
        throw Error(Error::Kind::TooNew,
                    QStringLiteral("%1 heeft schema %2; deze versie van de app kent schema %3. "
                                   "Werk de app bij (update the app).")
                        .arg(c.path())
                        .arg(version)
                        .arg(currentVersion(store)));
    }
    isEmptyDatabase(c); // parses the schema: a damaged first page fails here
    const QFileInfo wal(c.path() + QStringLiteral("-wal"));
    if (depth == Depth::Quick && !(wal.exists() && wal.size() > 0)) {
        // Without pending WAL frames every page lives in the file itself.
        const qint64 expected = c.scalar(QStringLiteral("PRAGMA page_count")).toLongLong() *
                                c.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        if (QFileInfo(c.path()).size() < expected)
            throw Error(Error::Kind::Corrupt,
                        QStringLiteral("%1 is beschadigd: het bestand is afgekapt").arg(c.path()));
        return version;
    }
    const QString check = c.scalar(QStringLiteral("PRAGMA quick_check")).toString();
    if (check != QLatin1String("ok"))
        throw Error(Error::Kind::Corrupt,
                    QStringLiteral("%1 is beschadigd: %2").arg(c.path(), check));
    return version;
}

void checkOwnSchema(Connection &c)
{
    const QStringList &own = ownContentSchema();
    const QStringList entries = schemaEntries(c);
    if (entries == own)
        return;
    QString odd;
    for (const QString &entry : entries) {
        if (!own.contains(entry)) {
            odd = QStringLiteral("onverwacht: ") + describeEntry(entry);
            break;
        }
    }
    for (const QString &entry : own) {
        if (odd.isEmpty() && !entries.contains(entry))
            odd = QStringLiteral("ontbreekt: ") + describeEntry(entry);
    }
    throw Error(Error::Kind::Corrupt,
                QStringLiteral("%1 heeft een ander schema dan een kennisbank van Flexwonen "
                               "Kennisbank en wordt niet gelezen (%2)")
                    .arg(c.path(), odd));
}

void migrate(Connection &c, Store store)
{
    int version = 0;
    if (!(c.applicationId() == 0 && c.userVersion() == 0 && isEmptyDatabase(c)))
        version = checkReadable(c, store);
    for (int step = version + 1; step <= currentVersion(store); ++step) {
        Transaction transaction(c);
        c.execScript(scriptFor(store, step));
        if (store == Store::Content && step == 3)
            Search::Indexer(c.handle()).rebuild(); // the index of the items already there
        c.exec(QStringLiteral("PRAGMA user_version = %1").arg(step));
        transaction.commit();
    }
}

} // namespace Flexwonen::Kb::Schema
