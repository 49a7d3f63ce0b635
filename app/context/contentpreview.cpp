// SPDX-License-Identifier: EUPL-1.2
#include "contentpreview.h"

#include "kb/contentcompiler.h"
#include "kb/kberror.h"
#include "kb/knowledgebase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

namespace Flexwonen {

ContentPreview::ContentPreview(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()))
    , m_temp(QDir::tempPath() + QStringLiteral("/flexwonen-voorbeeld-XXXXXX"))
{
    const QFileInfo info(m_dir);
    if (!info.exists())
        throw Kb::Error(Kb::Error::Kind::NotFound,
                        QStringLiteral("Inhoudsmap bestaat niet: %1").arg(dir));
    if (!info.isDir())
        throw Kb::Error(Kb::Error::Kind::BadInput,
                        QStringLiteral("Inhoudsmap is geen map: %1").arg(dir));
    if (!info.isReadable() || !info.isExecutable())
        throw Kb::Error(Kb::Error::Kind::Io,
                        QStringLiteral("Inhoudsmap kan niet worden gelezen: %1").arg(dir));
    if (!m_temp.isValid())
        throw Kb::Error(
            Kb::Error::Kind::Io,
            QStringLiteral("Kan geen tijdelijke map maken: %1").arg(m_temp.errorString()));
    // An editor's save is a burst of events (write a temporary file, rename, touch): one compile.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ContentPreview::startCompile);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_touched.insert(path); // its watch may now follow a file renamed away: made anew
        m_debounce.start();
    });
}

ContentPreview::~ContentPreview()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString ContentPreview::profileDir() const
{
    return m_temp.filePath(QStringLiteral("profiel"));
}

QString ContentPreview::nextBasePath()
{
    return m_temp.filePath(QStringLiteral("kb-%1.sqlite").arg(++m_generation));
}

ContentPreview::Outcome ContentPreview::compile(const QString &dir, const QString &outPath)
{
    Outcome outcome;
    QList<Kb::Item> items;
    outcome.problems = Kb::contentProblems(dir, items);
    if (!outcome.problems.isEmpty())
        return outcome;
    try {
        Kb::writeContentDatabase(items, {}, outPath);
        outcome.base = outPath;
    } catch (const Flexwonen::Error &e) {
        QFile::remove(outPath + QStringLiteral(".tmp"));
        outcome.problems = {e.message()};
    }
    return outcome;
}

QStringList ContentPreview::compileNow()
{
    accept(compile(m_dir, nextBasePath()));
    return m_problems;
}

void ContentPreview::follow(Kb::KnowledgeBase &kb)
{
    m_kb = &kb;
    watchEverything();
}

void ContentPreview::watchEverything()
{
    // Editors save by writing a new file and renaming it over the old one, which ends the watch
    // on the old file: the whole set is made again after every change. New files and folders
    // join the same way.
    QSet<QString> wanted{m_dir};
    if (QFileInfo(m_dir).isDir()) {
        QDirIterator it(m_dir, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir() || path.endsWith(QLatin1String(".md")))
                wanted.insert(path);
        }
    }
    // Dropped: what is gone, and the files reported changed (their watch may follow the old
    // file). Added: everything wanted that is not watched now, those files again included.
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList drop;
    for (const QString &path : watched) {
        if (!wanted.contains(path) || m_touched.contains(path))
            drop.append(path);
        else
            wanted.remove(path); // watched and untouched: stays as it is
    }
    m_touched.clear();
    if (!drop.isEmpty())
        m_watcher.removePaths(drop);
    if (!wanted.isEmpty())
        m_watcher.addPaths(wanted.values());
}

void ContentPreview::startCompile()
{
    watchEverything();
    if (m_worker) {
        m_changedMeanwhile = true; // compiled again when this run ends
        return;
    }
    auto pending = std::make_shared<Outcome>();
    m_pending = pending;
    // Reading a large folder and building the search index take long enough to freeze the
    // window, so they run on a thread of their own; the swap happens back on this thread.
    m_worker = QThread::create(
        [pending, dir = m_dir, out = nextBasePath()] { *pending = compile(dir, out); });
    connect(m_worker, &QThread::finished, this, &ContentPreview::finishCompile);
    m_worker->start();
}

void ContentPreview::finishCompile()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    accept(*m_pending);
    m_pending.reset();
    if (m_changedMeanwhile) {
        m_changedMeanwhile = false;
        startCompile();
    } else {
        watchEverything();
    }
}

void ContentPreview::accept(const Outcome &outcome)
{
    if (!outcome.base.isEmpty()) {
        bool swapped = true;
        if (m_kb) {
            try {
                m_kb->reopen(outcome.base); // emits contentChanged: every view refreshes
            } catch (const Flexwonen::Error &e) {
                swapped = false;
                QFile::remove(outcome.base);
                const QStringList problems{e.message()};
                if (problems != m_problems) {
                    m_problems = problems;
                    emit problemsChanged(m_problems);
                }
            }
        }
        if (swapped) {
            if (!m_previousBase.isEmpty())
                QFile::remove(m_previousBase);
            m_previousBase = m_base;
            m_base = outcome.base;
            if (!m_problems.isEmpty()) {
                m_problems.clear();
                emit problemsChanged(m_problems);
            }
        }
    } else if (outcome.problems != m_problems) {
        m_problems = outcome.problems;
        emit problemsChanged(m_problems);
    }
    emit compiled();
}

} // namespace Flexwonen
