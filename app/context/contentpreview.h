// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <memory>
#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

class QThread;

namespace Flexwonen::Kb {
class KnowledgeBase;
}

namespace Flexwonen {

// `flexwonen --content DIR` (issue 17.7): an editor's content folder compiled into a knowledge
// base in a temporary folder, compiled again in the background whenever a file in it changes.
// A folder that compiles replaces the base the window shows (KnowledgeBase::reopen, the signal
// a sync gives); one that does not keeps the last good base and tells its problems. Never
// touches a profile's content and never asks a feed.
class ContentPreview : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentPreview)
public:
    // Throws Kb::Error when dir is not a readable folder or the temporary folder cannot be made.
    explicit ContentPreview(const QString &dir, QObject *parent = nullptr);
    ~ContentPreview() override;

    // Compiles the folder now, on this thread; returns its problems (empty: base() is new).
    QStringList compileNow();
    // From now on every change in the folder is compiled and shown in kb.
    void follow(Kb::KnowledgeBase &kb);

    QString dir() const { return m_dir; }
    QString base() const { return m_base; } // the last good compiled base
    // A profile folder of its own for this run: the user's profile is never opened.
    QString profileDir() const;
    QStringList problems() const { return m_problems; }
    // Time from the last change to the compile (editors save a file in several steps).
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

signals:
    // The problems of the latest compile changed (empty: the folder compiles again).
    void problemsChanged(const QStringList &problems);
    // A compile ended: content swapped in, or problems told.
    void compiled();

private:
    struct Outcome
    {
        QStringList problems;
        QString base; // empty when there were problems
    };
    // Runs on a worker thread: reads dir, checks it, writes a new base at outPath.
    static Outcome compile(const QString &dir, const QString &outPath);
    QString nextBasePath();
    void watchEverything();
    void startCompile();
    void finishCompile();
    void accept(const Outcome &outcome);

    QString m_dir;
    QTemporaryDir m_temp;
    int m_generation = 0;
    QString m_base;
    QString m_previousBase; // kept one round: the search thread may still read it
    QStringList m_problems;
    Kb::KnowledgeBase *m_kb = nullptr;
    QFileSystemWatcher m_watcher;
    QSet<QString> m_touched; // files reported changed since the watches were last made
    QTimer m_debounce;
    QThread *m_worker = nullptr;
    std::shared_ptr<Outcome> m_pending; // written by the worker, read after it finished
    bool m_changedMeanwhile = false;
};

} // namespace Flexwonen
