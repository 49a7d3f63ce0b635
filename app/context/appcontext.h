// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <memory>
#include <QString>
#include <QStringList>

namespace Flexwonen {

class ContentPreview;

namespace Kb {
class KnowledgeBase;
class ProfileStores;
class SearchService;
} // namespace Kb

namespace Personal {
class PersonalStore;
}

namespace Settings {
class Preferences;
}

namespace Sync {
class SyncService;
struct SyncSettings;
} // namespace Sync

// Where this run reads from: a profile folder, or a knowledge-base file given with --kb.
struct StartOptions
{
    QString profileDir; // empty: FLEXWONEN_PROFILE, else the platform's data folder
    QString kbFile;     // non-empty: open this file read-only instead of the profile's content
    QString basePath;   // empty: the installed bundled base
    // non-empty: a content folder (data/content) compiled into a temporary base and followed as
    // it changes (flexwonen --content); profileDir and kbFile are then not used.
    QString contentDir = {};
};

// Owns the services of one run and hands them out by reference; main() builds it, the window
// or a CLI verb receives it. Construction prepares the stores and throws Kb::Error on failure.
// The one place where the services of a profile are put together: one ProfileStores, shared by
// the knowledge base, the personal store and the sync (the window's service and the sync verb), and
// the user's preferences. preferences must outlive the context.
class AppContext
{
    Q_DISABLE_COPY_MOVE(AppContext)
public:
    AppContext(const StartOptions &options, Settings::Preferences &preferences);
    ~AppContext();

    Settings::Preferences &preferences() { return m_preferences; }
    Kb::KnowledgeBase &knowledgeBase() { return *m_kb; }
    // The personal layer (user.sqlite): opened on first use; the CLI's read verbs never touch it.
    Personal::PersonalStore &personalStore();
    // Full-text search on its own thread; started on first use, follows content switches.
    Kb::SearchService &searchService();
    // The profile's folder and databases (prepared; with --kb only once personalStore() was used).
    Kb::ProfileStores &profileStores() { return *m_stores; }
    // The update preferences as they are now, with the timeouts from the environment. The sync
    // verb puts --feed and --trust over them.
    Sync::SyncSettings syncSettings() const;
    // The update service of the profile, created on first use (the CLI never creates it); its
    // worker thread shares profileStores(). It follows changed update preferences at once.
    // Null with --kb: such a file is never updated.
    Sync::SyncService *syncService();
    QString profileDir() const { return m_profileDir; }
    QString basePath() const { return m_basePath; }
    bool usesKbFile() const { return m_usesKbFile; }
    // The content folder shown with --content; null otherwise.
    ContentPreview *contentPreview() const { return m_preview.get(); }
    QStringList notices() const { return m_notices; }

    static QString resolveProfileDir(const QString &requested);

private:
    Settings::Preferences &m_preferences;
    QString m_profileDir;
    QString m_basePath;
    bool m_usesKbFile = false;
    QStringList m_notices;
    std::unique_ptr<ContentPreview> m_preview; // before m_kb: it compiles the base m_kb opens
    std::unique_ptr<Kb::ProfileStores> m_stores;
    std::unique_ptr<Kb::KnowledgeBase> m_kb;
    std::unique_ptr<Personal::PersonalStore> m_personal;
    std::unique_ptr<Kb::SearchService> m_search;
    std::unique_ptr<Sync::SyncService> m_sync; // destroyed first: it waits for its worker
};

} // namespace Flexwonen
