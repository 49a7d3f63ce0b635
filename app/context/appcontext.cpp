// SPDX-License-Identifier: EUPL-1.2
#include "appcontext.h"

#include "contentpreview.h"

#include "kb/kberror.h"
#include "kb/knowledgebase.h"
#include "kb/profilestores.h"
#include "kb/search/searchservice.h"
#include "personal/itemtitles.h"
#include "personal/personalstore.h"
#include "settings/preferences.h"
#include "sync/syncservice.h"

#include <QFileInfo>

namespace Flexwonen {

QString AppContext::resolveProfileDir(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString fromEnv = qEnvironmentVariable("FLEXWONEN_PROFILE");
    return fromEnv.isEmpty() ? Kb::ProfileStores::defaultProfileDir() : fromEnv;
}

namespace {

// The content folder's preview, compiled once; null without --content. Throws Kb::Error when
// the folder cannot be read or does not compile (one line: the first problem and how many more).
std::unique_ptr<ContentPreview> startPreview(const QString &dir)
{
    if (dir.isEmpty())
        return {};
    auto preview = std::make_unique<ContentPreview>(dir);
    const QStringList problems = preview->compileNow();
    if (problems.isEmpty())
        return preview;
    QString line = QStringLiteral("Inhoudsmap %1 bevat fouten: %2").arg(dir, problems.first());
    if (problems.size() > 1)
        line += QStringLiteral(" (en nog %1)").arg(problems.size() - 1);
    throw Kb::Error(Kb::Error::Kind::BadInput, line);
}

} // namespace

AppContext::AppContext(const StartOptions &options, Settings::Preferences &preferences)
    : m_preferences(preferences)
    , m_preview(startPreview(options.contentDir))
{
    // A preview reads its own base and keeps its (throw-away) profile in its temporary folder:
    // the user's profile, content and personal data alike, is never opened (decision 113).
    m_profileDir = m_preview ? m_preview->profileDir() : resolveProfileDir(options.profileDir);
    m_basePath =
        options.basePath.isEmpty() ? Kb::ProfileStores::defaultBasePath() : options.basePath;
    const QString kbFile = m_preview ? m_preview->base() : options.kbFile;
    m_usesKbFile = !kbFile.isEmpty();
    m_stores = std::make_unique<Kb::ProfileStores>(m_profileDir, m_basePath);
    if (m_preview) {
        m_kb = std::make_unique<Kb::KnowledgeBase>(kbFile, Kb::KnowledgeBase::Access::ReadOnlyFile);
        m_preview->follow(*m_kb);
        return;
    }
    if (m_usesKbFile) {
        if (!QFileInfo(kbFile).isFile())
            throw Kb::Error(Kb::Error::Kind::NotFound,
                            QStringLiteral("Kennisbankbestand niet gevonden: %1").arg(kbFile));
        m_kb = std::make_unique<Kb::KnowledgeBase>(kbFile, Kb::KnowledgeBase::Access::ReadOnlyFile);
        return;
    }
    m_stores->prepare();
    m_notices = m_stores->notices();
    m_kb = std::make_unique<Kb::KnowledgeBase>(m_stores->contentPath());
}

AppContext::~AppContext() = default;

Kb::SearchService &AppContext::searchService()
{
    if (!m_search) {
        m_search = std::make_unique<Kb::SearchService>(
            m_kb->path(), m_usesKbFile ? Kb::KnowledgeBase::Access::ReadOnlyFile
                                       : Kb::KnowledgeBase::Access::Profile);
        // After a sync or reseed the window's knowledge base switches files; search follows.
        QObject::connect(m_kb.get(), &Kb::KnowledgeBase::contentChanged, m_search.get(),
                         [this] { m_search->setDatabase(m_kb->path()); });
    }
    return *m_search;
}

Sync::SyncSettings AppContext::syncSettings() const
{
    return Sync::SyncSettings::from(m_preferences.updates());
}

Sync::SyncService *AppContext::syncService()
{
    if (m_usesKbFile)
        return nullptr;
    if (!m_sync) {
        m_sync = std::make_unique<Sync::SyncService>(*m_stores, syncSettings());
        QObject::connect(&m_preferences, &Settings::Preferences::updatesChanged, m_sync.get(),
                         [this] { m_sync->setSettings(syncSettings()); });
    }
    return m_sync.get();
}

Personal::PersonalStore &AppContext::personalStore()
{
    if (!m_personal) {
        if (m_usesKbFile)
            m_stores->prepare(); // the user database lives in the profile even with --kb
        m_personal = std::make_unique<Personal::PersonalStore>(m_stores->userPath());
        // Personal records keep the titles items have now, so an item a later update removes
        // still shows by its last title. Also at start: the CLI may have synced meanwhile.
        Personal::refreshTitles(*m_personal, *m_kb);
        QObject::connect(m_kb.get(), &Kb::KnowledgeBase::contentChanged, m_personal.get(),
                         [this] { Personal::refreshTitles(*m_personal, *m_kb); });
    }
    return *m_personal;
}

} // namespace Flexwonen
