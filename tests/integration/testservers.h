// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpServer>

namespace Flexwonen::Test {

// The Debian nginx serving a folder on 127.0.0.1 with ETags and ranges; config, pid and logs in
// its own temporary folder. Started and stopped by the test.
class Nginx
{
public:
    Nginx(const QString &workDir, const QString &root);
    ~Nginx();
    // Before start(): serve TLS with this certificate and key (url() is then https), and/or use
    // body as the server block's content instead of serving root (a proxy, say).
    void setTls(const QString &certificate, const QString &key);
    void setServerBody(const QString &body);
    bool start();
    void stop();
    QString url() const; // http(s)://127.0.0.1:<port>/
    quint16 port() const { return m_port; }
    QByteArray accessLog() const;
    QString error() const { return m_error; }

private:
    QString m_workDir;
    QString m_root;
    quint16 m_port = 0;
    QString m_certificate;
    QString m_key;
    QString m_body;
    QProcess m_process;
    QString m_error;
};

// A server that misbehaves on purpose: stalls, drips, endless bodies, redirects, captive-portal
// pages, wrong Content-Length. Runs in the test's event loop.
class BadServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode {
        Stall,            // headers, then silence
        Drip,             // one byte per second, forever
        EndlessChunked,   // chunked body of zeros that never ends
        RedirectHttpHost, // 302 to another loopback host
        RedirectHttps,    // 302 to https://evil.example/
        RedirectLoop,     // 302 to itself
        CaptivePortal,    // 200 text/html login page for every path
        LongerThanSigned, // serves files from a folder, one byte longer than on disk
        HostileReason,    // 503 whose reason phrase carries terminal escapes
        HostileRange,     // serves files from a folder; a Range request gets a 206 whose
                          // Content-Range carries terminal escapes
        // Serves files from a folder with a 60 KB ETag, and answers 400 to a request whose
        // If-None-Match is over 8 KiB (nginx's header limit) or is "geweigerd".
        HugeEtag,
    };
    explicit BadServer(Mode mode, const QString &folder = {});
    QString url() const;
    int requests() const { return m_requests; }
    // The request line and headers of every request so far.
    const QList<QByteArray> &requestHeads() const { return m_heads; }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &request);

    Mode m_mode;
    QString m_folder;
    int m_requests = 0;
    QList<QByteArray> m_heads;
};

} // namespace Flexwonen::Test
