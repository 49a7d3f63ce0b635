// SPDX-License-Identifier: EUPL-1.2
#include "profilestores.h"

#include "database.h"
#include "kberror.h"
#include "kblog.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Flexwonen::Kb {

namespace {

constexpr auto ActivePointer = "active";

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
}

struct BaseInfo
{
    int epoch = 0;
    qint64 seq = 0;
    int schema = 0;
};

BaseInfo readInfo(Connection &c, Schema::Depth depth = Schema::Depth::Quick)
{
    BaseInfo info;
    info.schema = Schema::checkReadable(c, Schema::Store::Content, depth);
    QSqlQuery q = c.prepare(QStringLiteral("SELECT epoch, seq FROM meta WHERE id = 1"));
    c.run(q);
    if (q.next()) {
        info.epoch = q.value(0).toInt();
        info.seq = q.value(1).toLongLong();
    }
    return info;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

ProfileStores::ProfileStores(const QString &profileDir, const QString &basePath)
    : m_profileDir(QDir::cleanPath(QDir(profileDir).absolutePath()))
    , m_basePath(basePath)
{}

QString ProfileStores::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ProfileStores::defaultBasePath()
{
    const QString fromEnv = qEnvironmentVariable("FLEXWONEN_BASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/flexwonen/kb.sqlite"));
}

QString ProfileStores::contentDir() const
{
    return m_profileDir + QStringLiteral("/content");
}

QString ProfileStores::userPath() const
{
    return m_profileDir + QStringLiteral("/user.sqlite");
}

QString ProfileStores::activeFileName() const
{
    QFile pointer(contentDir() + QLatin1Char('/') + QLatin1String(ActivePointer));
    if (!pointer.open(QIODevice::ReadOnly))
        return {};
    const QString name = QString::fromUtf8(pointer.readAll()).trimmed();
    // The pointer names a file in content/, never a path elsewhere.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return {};
    return name;
}

QString ProfileStores::contentPath() const
{
    const QString name = activeFileName();
    return name.isEmpty() ? QString() : contentDir() + QLatin1Char('/') + name;
}

void ProfileStores::activate(const QString &fileName)
{
    QSaveFile pointer(contentDir() + QLatin1Char('/') + QLatin1String(ActivePointer));
    if (!pointer.open(QIODevice::WriteOnly) || pointer.write(fileName.toUtf8() + '\n') < 0 ||
        !pointer.commit())
        throw Error(Error::Kind::Io, QStringLiteral("Kan de actieve kennisbank niet vastleggen "
                                                    "in %1: %2")
                                         .arg(contentDir(), pointer.errorString()));
    qCInfo(lcKb).noquote() << QStringLiteral("actieve inhoud: %1").arg(fileName);
}

void ProfileStores::ensureWritableFolder()
{
    const QString hint = QStringLiteral(" Kies een andere map met --profile of FLEXWONEN_PROFILE.");
    if (!QDir().mkpath(contentDir()))
        throw Error(
            Error::Kind::Io,
            QStringLiteral("De profielmap %1 kan niet worden aangemaakt.").arg(m_profileDir) +
                hint);
    QTemporaryFile probe(contentDir() + QStringLiteral("/.schrijftest-XXXXXX"));
    if (!probe.open())
        throw Error(Error::Kind::Io, QStringLiteral("De profielmap %1 is niet schrijfbaar (%2).")
                                             .arg(m_profileDir, probe.errorString()) +
                                         hint);
}

void ProfileStores::removeLeftovers()
{
    // Half-written seeds and databases that are no longer active (after a reseed or snapshot
    // switch). Files moved aside as damaged are kept for the user.
    const QString active = activeFileName();
    const QDir dir(contentDir());
    for (const QString &name : dir.entryList({QStringLiteral("kb-*")}, QDir::Files)) {
        const bool isTemp = name.endsWith(QLatin1String(".tmp"));
        const bool isInactive = name.endsWith(QLatin1String(".sqlite")) && name != active;
        if (isTemp || isInactive)
            removeDatabaseFiles(dir.filePath(name));
    }
}

void ProfileStores::moveAside(const QString &path, const QString &reason)
{
    const QString aside = QStringLiteral("%1.beschadigd-%2").arg(path, timestamp());
    if (!QFile::rename(path, aside))
        throw Error(Error::Kind::Io,
                    QStringLiteral("%1 is beschadigd en kan niet opzij worden gezet.").arg(path));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(path + suffix, aside + suffix);
    m_notices.append(QStringLiteral("%1 (%2); het bestand is bewaard als %3.")
                         .arg(reason, path, QFileInfo(aside).fileName()));
}

bool ProfileStores::contentUsable(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    try {
        const auto c = Connection::openForReading(path, Connection::Mode::ReadOnly);
        const int version = Schema::checkReadable(*c, Schema::Store::Content, Schema::Depth::Quick);
        if (version == Schema::ContentVersion)
            return true;
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Corrupt)
            throw; // a newer schema is refused, not repaired: nothing is overwritten
        moveAside(path, QStringLiteral("De inhoudsdatabase was beschadigd en is opnieuw gevuld "
                                       "vanuit de ingebouwde kennisbank"));
        return false;
    }
    // An older schema: migrate in place, one transaction per step.
    Connection c(path, Connection::Mode::ReadWrite);
    Schema::migrate(c, Schema::Store::Content);
    return true;
}

void ProfileStores::seedFromBase(const QString &why)
{
    if (!QFileInfo::exists(m_basePath))
        throw Error(Error::Kind::Missing,
                    QStringLiteral("De ingebouwde kennisbank ontbreekt (%1). Installeer de app "
                                   "opnieuw of open een kennisbank met --kb BESTAND.")
                        .arg(m_basePath));
    {
        Connection base(m_basePath, Connection::Mode::Immutable);
        // Refuses a newer schema or a damaged base before anything is copied.
        readInfo(base, Schema::Depth::Full);
    }
    const QString name = QStringLiteral("kb-%1.sqlite").arg(timestamp());
    const QString finalPath = contentDir() + QLatin1Char('/') + name;
    const QString tempPath = finalPath + QStringLiteral(".tmp");
    removeDatabaseFiles(tempPath);
    if (!QFile::copy(m_basePath, tempPath))
        throw Error(Error::Kind::Io, QStringLiteral("Kan de ingebouwde kennisbank niet kopiëren "
                                                    "naar %1 (schijf vol?).")
                                         .arg(contentDir()));
    QFile::setPermissions(tempPath, QFile::ReadOwner | QFile::WriteOwner);
    try {
        Connection copy(tempPath, Connection::Mode::ReadWrite);
        Schema::migrate(copy, Schema::Store::Content);
        if (copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
            throw Error(Error::Kind::Corrupt, QStringLiteral("De kopie van de ingebouwde "
                                                             "kennisbank is beschadigd."));
        copy.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (...) {
        removeDatabaseFiles(tempPath);
        throw;
    }
    if (!QFile::rename(tempPath, finalPath)) {
        removeDatabaseFiles(tempPath);
        throw Error(Error::Kind::Io, QStringLiteral("Kan %1 niet aanmaken.").arg(finalPath));
    }
    activate(name);
    if (!why.isEmpty())
        m_notices.append(why);
}

void ProfileStores::reseedIfBaseIsNewer()
{
    if (!QFileInfo::exists(m_basePath))
        return;
    BaseInfo base;
    {
        Connection c(m_basePath, Connection::Mode::Immutable);
        base = readInfo(c);
    }
    BaseInfo content;
    {
        const auto c = Connection::openForReading(contentPath(), Connection::Mode::ReadOnly);
        content = readInfo(*c);
    }
    // An app upgrade brings newer content without network; a newer synced state is kept.
    if (base.epoch != content.epoch || base.seq <= content.seq)
        return;
    try {
        seedFromBase(QStringLiteral("De kennisbank is bijgewerkt vanuit de nieuwere ingebouwde "
                                    "versie (volgnummer %1).")
                         .arg(base.seq));
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Io)
            throw;
        // A full disk: the content in use still works, the upgrade waits for the next start.
        m_notices.append(QStringLiteral("De nieuwere ingebouwde kennisbank (volgnummer %1) is "
                                        "niet overgenomen: %2")
                             .arg(base.seq)
                             .arg(e.message()));
    }
}

void ProfileStores::prepareUserDatabase()
{
    const QString path = userPath();
    if (QFileInfo::exists(path)) {
        try {
            const auto c = Connection::openForReading(path, Connection::Mode::ReadOnly);
            // Current: nothing to write, so a start on a full disk does not fail here.
            if (Schema::checkReadable(*c, Schema::Store::User, Schema::Depth::Quick) ==
                Schema::UserVersion)
                return;
        } catch (const Error &e) {
            if (e.kind() != Error::Kind::Corrupt)
                throw;
            moveAside(path, QStringLiteral("De gebruikersdatabase (bladwijzers, notities) was "
                                           "beschadigd; er is een nieuwe aangemaakt"));
        }
    }
    Connection c(path, Connection::Mode::ReadWrite);
    Schema::migrate(c, Schema::Store::User);
}

void ProfileStores::prepare()
{
    ensureWritableFolder();
    removeLeftovers();
    const QString current = contentPath();
    if (current.isEmpty() || !contentUsable(current))
        seedFromBase({});
    else
        reseedIfBaseIsNewer();
    removeLeftovers();
    prepareUserDatabase();
    for (const QString &notice : std::as_const(m_notices))
        qCWarning(lcKb).noquote() << notice;
    qCInfo(lcKb).noquote()
        << QStringLiteral("profiel %1: inhoud %2").arg(m_profileDir, contentPath());
}

} // namespace Flexwonen::Kb
