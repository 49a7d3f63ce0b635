// SPDX-License-Identifier: EUPL-1.2
#include "feedcheck.h"

#include <QFileInfo>
#include <QSslCertificate>
#include <QThread>

namespace Flexwonen::Sync {

FeedCheck::FeedCheck(QObject *parent)
    : QObject(parent)
{}

FeedCheck::~FeedCheck()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void FeedCheck::cancel()
{
    m_cancel = true;
}

void FeedCheck::start(const SyncSettings &settings)
{
    if (m_thread) {
        // The running check ends soon (its transport sees the flag); its report is dropped.
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    const quint64 generation = ++m_generation;
    m_thread = QThread::create([this, settings, generation] {
        VerifyReport report;
        try {
            SyncOptions options = settings.options(); // reads the trust anchor: may throw
            options.cancel = &m_cancel;
            report = verifyFeed(options);
        } catch (const SyncError &e) {
            report.category = e.category();
            report.message = e.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, report, generation] {
                if (generation != m_generation)
                    return;
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                emit finished(report);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

QString caCertificatesProblem(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.isFile())
        return QStringLiteral("het CA-bestand %1 bestaat niet").arg(path);
    if (!info.isReadable())
        return QStringLiteral("het CA-bestand %1 kan niet worden gelezen").arg(path);
    if (info.size() > 4 * 1024 * 1024)
        return QStringLiteral("het CA-bestand %1 is te groot voor certificaten").arg(path);
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return QStringLiteral("het CA-bestand %1 bevat geen PEM-certificaten").arg(path);
    return {};
}

} // namespace Flexwonen::Sync
