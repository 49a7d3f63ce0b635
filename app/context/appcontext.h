// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <QString>
#include <QStringList>

namespace Flexwonen {

namespace Kb {
class KnowledgeBase;
class ProfileStores;
class SearchService;
class UserData;
} // namespace Kb

// Where this run reads from: a profile folder, or a knowledge-base file given with --kb.
struct StartOptions
{
    QString profileDir; // empty: FLEXWONEN_PROFILE, else the platform's data folder
    QString kbFile;     // non-empty: open this file read-only instead of the profile's content
    QString basePath;   // empty: the installed bundled base
};

// Owns the services of one run and hands them out by reference; main() builds it, the window
// or a CLI verb receives it. Construction prepares the stores and throws Kb::Error on failure.
class AppContext
{
    Q_DISABLE_COPY_MOVE(AppContext)
public:
    explicit AppContext(const StartOptions &options);
    ~AppContext();

    Kb::KnowledgeBase &knowledgeBase() { return *m_kb; }
    Kb::UserData &userData(); // opened on first use; the CLI's read verbs never touch it
    // Full-text search on its own thread; started on first use, follows content switches.
    Kb::SearchService &searchService();
    QString profileDir() const { return m_profileDir; }
    QString basePath() const { return m_basePath; }
    bool usesKbFile() const { return m_usesKbFile; }
    QStringList notices() const { return m_notices; }

    static QString resolveProfileDir(const QString &requested);

private:
    QString m_profileDir;
    QString m_basePath;
    bool m_usesKbFile = false;
    QStringList m_notices;
    std::unique_ptr<Kb::ProfileStores> m_stores;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;
    std::unique_ptr<Kb::UserData> m_userData;
    std::unique_ptr<Kb::SearchService> m_search;
};

} // namespace Flexwonen
