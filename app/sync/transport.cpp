// SPDX-License-Identifier: EUPL-1.2
#include "transport.h"

#include "feed/syncerror.h"
#include "replyoutcome.h"

#include <optional>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <cerrno>
#include <cstring>
// POSIX opens a folder feed's files without blocking on a FIFO; elsewhere Qt does (openRegular).
#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Flexwonen::Sync {

namespace {

constexpr int MaxRedirects = 5;

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

[[noreturn]] void network(const QString &message)
{
    throw SyncError(Category::Network, message);
}

[[noreturn]] void tooLarge(const QString &path, qint64 cap)
{
    throw SyncError(Category::Size, tooLargeMessage(path, cap));
}

// A folder: a mirror on disk or a USB stick. Trust comes from the signatures, not the folder,
// and a file there is read under the same rules as a download.
class DirTransport final : public Transport
{
public:
    DirTransport(const QString &dir, const Options &options)
        : m_dir(QDir(dir).absolutePath())
        , m_options(options)
    {}

    Response get(const QString &path, qint64 cap, const QByteArray &) override
    {
        QFile file;
        if (!openRegular(path, cap, file))
            return {404, {}, {}};
        QByteArray body;
        QElapsedTimer clock;
        clock.start();
        while (body.size() <= cap) {
            const QByteArray chunk =
                readChunk(file, path, qMin<qint64>(cap + 1 - body.size(), 1 << 16), clock);
            if (chunk.isEmpty())
                break;
            body += chunk;
        }
        if (body.size() > cap)
            tooLarge(path, cap);
        return {200, body, {}};
    }

    int download(const QString &path, qint64 size, const QString &partPath) override
    {
        QFile file;
        if (!openRegular(path, size, file))
            return 404;
        QFile out(partPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw SyncError(Category::Local,
                            QStringLiteral("%1: %2").arg(partPath, out.errorString()));
        QElapsedTimer clock;
        clock.start();
        qint64 total = 0;
        QByteArray chunk;
        while (!(chunk = readChunk(file, path, 1 << 20, clock)).isEmpty()) {
            total += chunk.size();
            if (total > size)
                tooLarge(path, size);
            if (out.write(chunk) != chunk.size())
                throw SyncError(Category::Local,
                                QStringLiteral("%1: %2").arg(partPath, out.errorString()));
        }
        return 200;
    }

    QString describe() const override { return m_dir; }

private:
    // Opens path only when it is a regular file (after symlinks) of at most cap bytes; false when
    // it does not exist. O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever.
    bool openRegular(const QString &path, qint64 cap, QFile &file) const
    {
#if defined(Q_OS_UNIX)
        const QByteArray native = QFile::encodeName(m_dir + QLatin1Char('/') + path);
        const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            if (errno == ENOENT || errno == ENOTDIR)
                return false;
            network(QStringLiteral("%1 kan niet worden gelezen: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        struct stat info = {};
        if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            ::close(fd);
            network(QStringLiteral("%1 kan niet worden gelezen: geen gewoon bestand").arg(path));
        }
        if (info.st_size > cap) {
            ::close(fd);
            tooLarge(path, cap);
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            network(QStringLiteral("%1 kan niet worden gelezen: %2").arg(path, file.errorString()));
        }
        return true;
#else
        // Windows has no FIFOs or device files among ordinary paths: checking the type first and
        // then opening with Qt gives the same answers.
        const QFileInfo info(m_dir + QLatin1Char('/') + path);
        if (!info.exists())
            return false;
        if (!info.isFile())
            network(QStringLiteral("%1 kan niet worden gelezen: geen gewoon bestand").arg(path));
        if (info.size() > cap)
            tooLarge(path, cap);
        file.setFileName(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            network(QStringLiteral("%1 kan niet worden gelezen: %2").arg(path, file.errorString()));
        return true;
#endif
    }

    // The next chunk (empty at the end), after checking the cancel flag and the deadline.
    QByteArray readChunk(QFile &file, const QString &path, qint64 max,
                         const QElapsedTimer &clock) const
    {
        if (m_options.cancel && m_options.cancel->load())
            network(QStringLiteral("afgebroken door de gebruiker"));
        if (clock.elapsed() > m_options.deadlineMs)
            network(QStringLiteral("%1: lezen duurt te lang (meer dan %2 s)")
                        .arg(path)
                        .arg(m_options.deadlineMs / 1000));
        const QByteArray chunk = file.read(max);
        if (file.error() != QFileDevice::NoError)
            network(QStringLiteral("%1 kan niet worden gelezen: %2").arg(path, file.errorString()));
        return chunk;
    }

    QString m_dir;
    Options m_options;
};

class HttpTransport final : public Transport
{
public:
    HttpTransport(const QUrl &base, const Options &options)
        : m_base(base)
        , m_options(options)
    {
        if (isLoopback(base.host()))
            m_nam.setProxy(QNetworkProxy::NoProxy);
        else
            QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
        if (!options.caCertificates.isEmpty()) {
            const QList<QSslCertificate> extra =
                QSslCertificate::fromPath(options.caCertificates, QSsl::Pem);
            if (extra.isEmpty())
                throw SyncError(Category::Local,
                                QStringLiteral("het CA-bestand %1 bevat geen PEM-certificaten")
                                    .arg(options.caCertificates));
            m_ssl = QSslConfiguration::defaultConfiguration();
            // The system store stays trusted; the extra CAs come on top.
            m_ssl->setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        }
    }

    Response get(const QString &path, qint64 cap, const QByteArray &etag) override
    {
        Transfer t;
        t.cap = cap;
        t.etag = etag;
        run(path, t);
        return {t.status, t.buffer, t.replyEtag};
    }

    int download(const QString &path, qint64 size, const QString &partPath) override
    {
        QFile out(partPath);
        if (!out.open(QIODevice::ReadWrite))
            throw SyncError(Category::Local,
                            QStringLiteral("%1: %2").arg(partPath, out.errorString()));
        Transfer t;
        t.cap = size;
        t.sink = &out;
        t.offset = out.size() < size ? out.size() : 0;
        if (t.offset == 0)
            out.resize(0);
        out.seek(t.offset);
        run(path, t);
        return t.status;
    }

    QString describe() const override { return m_base.toString(); }

private:
    struct Transfer
    {
        qint64 cap = 0;
        QByteArray etag;
        QFile *sink = nullptr;
        qint64 offset = 0; // resume from here (Range)
        // results
        int status = 0; // as announced by the reply's headers, then the outcome's
        QByteArray buffer;
        QByteArray replyEtag;
        qint64 received = 0;
        int redirects = 0;
        ReplyFacts facts; // what the transport did to the reply (aborts), then Qt's answer
    };

    bool redirectAllowed(const QUrl &target) const
    {
        // Same scheme and host as the feed: no downgrade to http, no foreign host.
        return target.scheme() == m_base.scheme() && target.host() == m_base.host() &&
               target.port(-1) == m_base.port(-1);
    }

    void onMetaData(QNetworkReply *reply, Transfer &t)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400 && status != 304)
            return; // a redirect; judged by onRedirect()
        t.status = status;
        const QByteArray etag = reply->rawHeader("ETag");
        t.replyEtag = isValidEtag(etag) ? etag : QByteArray(); // it is stored and sent back
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 remaining = t.cap - (status == 206 ? t.offset : 0);
        if (length.isValid() && length.toLongLong() > remaining) {
            t.facts.oversize = true;
            reply->abort();
            return;
        }
        if (t.sink && t.offset > 0) {
            if (status == 206) {
                const QByteArray range = reply->rawHeader("Content-Range");
                if (!range.startsWith("bytes " + QByteArray::number(t.offset) + '-'))
                    t.facts.badResume = QString::fromLatin1(range.left(80));
            } else if (status == 200) {
                t.sink->resize(0); // the server ignored the Range: start again
                t.sink->seek(0);
                t.offset = 0;
            }
        }
    }

    void onData(QNetworkReply *reply, Transfer &t)
    {
        if (!t.facts.badResume.isEmpty()) {
            reply->abort();
            return;
        }
        const QByteArray chunk = reply->readAll();
        if (t.status != 200 && t.status != 206)
            return; // an error page: not kept
        t.received += chunk.size();
        if (t.offset + t.received > t.cap) {
            t.facts.oversize = true;
            reply->abort();
            return;
        }
        if (t.sink) {
            if (t.sink->write(chunk) != chunk.size())
                reply->abort();
        } else {
            t.buffer += chunk;
        }
    }

    void onRedirect(QNetworkReply *reply, const QUrl &target, Transfer &t)
    {
        if (++t.redirects > MaxRedirects) {
            t.facts.tooManyRedirects = true;
            reply->abort();
        } else if (redirectAllowed(target)) {
            emit reply->redirectAllowed();
        } else {
            t.facts.refusedRedirect = target.toString();
            reply->abort();
        }
    }

    QNetworkRequest request(const QString &path, const Transfer &t) const
    {
        QUrl url = m_base;
        url.setPath(m_base.path() + path);
        QNetworkRequest request(url);
        request.setTransferTimeout(m_options.inactivityTimeoutMs);
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        request.setMaximumRedirectsAllowed(MaxRedirects + 2); // we stop at MaxRedirects ourselves
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setRawHeader("Accept-Encoding", "identity"); // no decompression bombs
        request.setRawHeader("Cache-Control", "no-cache");
        if (!t.etag.isEmpty())
            request.setRawHeader("If-None-Match", t.etag);
        if (t.sink && t.offset > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(t.offset) + '-');
        return request;
    }

    // Runs the reply to its end under the deadline and the cancel flag; the caps, redirects and
    // resume checks abort it from its signals. What happened is in t.facts afterwards.
    void await(QNetworkReply *reply, Transfer &t)
    {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
            t.facts.deadline = true;
            reply->abort();
        });
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (m_options.cancel && m_options.cancel->load()) {
                t.facts.cancelled = true;
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::redirected, reply,
                         [&](const QUrl &target) { onRedirect(reply, target, t); });
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply,
                         [&] { onMetaData(reply, t); });
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] { onData(reply, t); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        deadline.start(m_options.deadlineMs);
        cancelPoll.start(100);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!t.facts.abortedByUs() && reply->error() == QNetworkReply::NoError)
            onData(reply, t); // what arrived with finished()
        t.facts.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        t.facts.error = reply->error();
        t.facts.errorString = reply->errorString();
        t.facts.conditional = !t.etag.isEmpty();
    }

    // request → await → classify (replyoutcome.h) → the status, or a SyncError.
    void run(const QString &path, Transfer &t)
    {
        QNetworkReply *reply = m_nam.get(request(path, t));
        await(reply, t);
        reply->deleteLater();
        const ReplyOutcome outcome = classifyReply(
            t.facts, path, {t.cap, m_options.inactivityTimeoutMs, m_options.deadlineMs});
        switch (outcome.kind) {
        case ReplyOutcome::Kind::Failed:
            throw SyncError(outcome.category, outcome.message);
        case ReplyOutcome::Kind::NotModified:
        case ReplyOutcome::Kind::ValidatorRefused:
            t.buffer.clear();
            break;
        case ReplyOutcome::Kind::NotFound:
            break;
        case ReplyOutcome::Kind::Ok:
            if (t.sink)
                t.sink->flush();
            break;
        }
        t.status = outcome.status;
    }

    QUrl m_base;
    Options m_options;
    QNetworkAccessManager m_nam;
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace

bool Transport::isValidEtag(const QByteArray &etag)
{
    const qsizetype start = etag.startsWith("W/") ? 2 : 0;
    if (etag.size() > MaxEtagSize || etag.size() < start + 2 || etag.at(start) != '"' ||
        !etag.endsWith('"'))
        return false;
    for (qsizetype i = start + 1; i < etag.size() - 1; ++i) {
        const auto c = uchar(etag.at(i));
        if (c < 0x21 || c == '"' || c == 0x7F)
            return false;
    }
    return true;
}

QUrl Transport::normalisedBase(const QString &feed)
{
    QUrl url = QUrl::fromUserInput(feed, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

std::unique_ptr<Transport> Transport::create(const QString &feed, const Options &options)
{
    if (feed.isEmpty())
        throw SyncError(Category::Insecure, QStringLiteral("geen feedadres ingesteld"));
    const bool hasScheme =
        feed.contains(QLatin1String("://")) || feed.startsWith(QLatin1String("file:"));
    if (!hasScheme || feed.startsWith(QLatin1String("file:"))) {
        const QString dir = hasScheme ? QUrl(feed).toLocalFile() : feed;
        if (!QFileInfo(dir).isDir())
            network(QStringLiteral("de feedmap %1 bestaat niet").arg(dir));
        return std::make_unique<DirTransport>(dir, options);
    }
    const QUrl base = normalisedBase(feed);
    if (!base.isValid() || base.host().isEmpty() || !base.userInfo().isEmpty())
        throw SyncError(Category::Insecure, QStringLiteral("ongeldig feedadres %1").arg(feed));
    if (base.scheme() == QLatin1String("https") ||
        (base.scheme() == QLatin1String("http") && isLoopback(base.host()))) {
        Options withCa = options;
        const QString fromEnvironment = qEnvironmentVariable("FLEXWONEN_CA_CERTS");
        if (!fromEnvironment.isEmpty())
            withCa.caCertificates = fromEnvironment;
        return std::make_unique<HttpTransport>(base, withCa);
    }
    throw SyncError(Category::Insecure,
                    QStringLiteral("feedadres %1 geweigerd: alleen https (http alleen voor "
                                   "127.0.0.1/::1) of een map")
                        .arg(feed));
}

} // namespace Flexwonen::Sync
