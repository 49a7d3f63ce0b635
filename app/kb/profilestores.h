// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace Flexwonen::Kb {

// The profile folder and its stores: the content database (seeded from the read-only bundled
// base, named by the pointer file content/active) and the user database. Repairs what it can,
// never deletes user files: a damaged database is moved aside under a new name.
class ProfileStores
{
public:
    ProfileStores(const QString &profileDir, const QString &basePath);

    // Creates the folder, seeds or reseeds the content database, migrates both databases.
    // Throws Error with a Dutch one-line message when the app cannot start on this profile.
    void prepare();

    QString profileDir() const { return m_profileDir; }
    QString basePath() const { return m_basePath; }
    QString contentPath() const;
    QString userPath() const;
    // What prepare() repaired, for the user (one Dutch sentence each).
    QStringList notices() const { return m_notices; }

    // Makes fileName (inside content/) the active content database, atomically.
    void activate(const QString &fileName);

    static QString defaultProfileDir();
    // FLEXWONEN_BASE, else <bindir>/../share/flexwonen/kb.sqlite.
    static QString defaultBasePath();

private:
    QString contentDir() const;
    QString activeFileName() const;
    void ensureWritableFolder();
    void removeLeftovers();
    bool contentUsable(const QString &path); // moves a damaged database aside
    void seedFromBase(const QString &why);
    void reseedIfBaseIsNewer();
    void prepareUserDatabase();
    void moveAside(const QString &path, const QString &reason);

    QString m_profileDir;
    QString m_basePath;
    QStringList m_notices;
};

} // namespace Flexwonen::Kb
