// SPDX-License-Identifier: EUPL-1.2
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace Flexwonen::Test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

Nginx::Nginx(const QString &workDir, const QString &root)
    : m_workDir(workDir)
    , m_root(QDir(root).absolutePath())
{}

Nginx::~Nginx()
{
    stop();
}

void Nginx::setTls(const QString &certificate, const QString &key)
{
    m_certificate = certificate;
    m_key = key;
}

void Nginx::setServerBody(const QString &body)
{
    m_body = body;
}

bool Nginx::start()
{
    QDir().mkpath(m_workDir + QStringLiteral("/tmp"));
    m_port = freePort();
    const QString tls = m_certificate.isEmpty() ? QString()
                                                : QStringLiteral(" ssl;\n    ssl_certificate %1;\n"
                                                                 "    ssl_certificate_key %2")
                                                      .arg(m_certificate, m_key);
    const QString body =
        !m_body.isEmpty()
            ? m_body
            : QStringLiteral("    root %1;\n    etag on;\n"
                             "    location = /head.json { add_header Cache-Control no-cache; }\n")
                  .arg(m_root);
    // Workers of a root master would run as nobody and could not read a 0700 temp folder.
#if defined(Q_OS_UNIX)
    const bool root = getuid() == 0;
#else
    const bool root = false; // no root user, and nginx for Windows ignores the user directive
#endif
    const QString user = root ? QStringLiteral("user root;\n") : QString();
    const QString conf =
        user + QStringLiteral(
                   "daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                   "events { worker_connections 64; }\n"
                   "http {\n  access_log %1/access.log;\n  client_body_temp_path %1/tmp;\n"
                   "  proxy_temp_path %1/tmp;\n  fastcgi_temp_path %1/tmp;\n"
                   "  uwsgi_temp_path %1/tmp;\n  scgi_temp_path %1/tmp;\n"
                   "  default_type application/octet-stream;\n"
                   "  server {\n    listen 127.0.0.1:%2%3;\n%4  }\n}\n")
                   .arg(m_workDir)
                   .arg(m_port)
                   .arg(tls, body);
    QFile file(m_workDir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(conf.toUtf8());
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/nginx"),
                    {QStringLiteral("-c"), file.fileName(), QStringLiteral("-p"), m_workDir});
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QTest::qWait(50);
    }
    m_error = QString::fromUtf8(m_process.readAll());
    return false;
}

void Nginx::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: fast shutdown
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString Nginx::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/")
        .arg(m_certificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
        .arg(m_port);
}

QByteArray Nginx::accessLog() const
{
    QFile file(m_workDir + QStringLiteral("/access.log"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BadServer::BadServer(Mode mode, const QString &folder)
    : m_mode(mode)
    , m_folder(folder)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, &BadServer::onConnection);
}

QString BadServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(serverPort());
}

void BadServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->contains("\r\n\r\n")) {
                ++m_requests;
                m_heads.append(buffer->left(buffer->indexOf("\r\n\r\n")));
                answer(socket, *buffer);
                buffer->clear();
            }
        });
    }
}

void BadServer::answer(QTcpSocket *socket, const QByteArray &request)
{
    const QByteArray path = request.split(' ').value(1);
    QPointer<QTcpSocket> guarded(socket);
    switch (m_mode) {
    case Mode::Stall:
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
        return;
    case Mode::Drip: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [guarded] {
            if (guarded)
                guarded->write(" ");
        });
        timer->start(500);
        return;
    }
    case Mode::EndlessChunked: {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        auto *timer = new QTimer(socket);
        const QByteArray chunk =
            QByteArray::number(65536, 16) + "\r\n" + QByteArray(65536, '0') + "\r\n";
        connect(timer, &QTimer::timeout, socket, [guarded, chunk] {
            if (guarded && guarded->bytesToWrite() < (1 << 20))
                guarded->write(chunk);
        });
        timer->start(1);
        return;
    }
    case Mode::RedirectHttpHost:
        socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:" +
                      QByteArray::number(serverPort()) + path + "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Mode::RedirectHttps:
        socket->write("HTTP/1.1 302 Found\r\nLocation: https://evil.example" + path +
                      "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Mode::RedirectLoop:
        socket->write("HTTP/1.1 302 Found\r\nLocation: " + path + "x\r\nContent-Length: 0\r\n\r\n");
        return;
    case Mode::CaptivePortal: {
        const QByteArray page = "<!DOCTYPE html><html><body><h1>Welkom bij Hotel WiFi</h1>"
                                "<form>Log in om verder te gaan</form></body></html>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                      QByteArray::number(page.size()) + "\r\n\r\n" + page);
        return;
    }
    case Mode::LongerThanSigned: {
        QFile file(m_folder + QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        QByteArray body = file.readAll();
        if (path.startsWith("/batches/"))
            body += ' ';
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n" + body);
        return;
    }
    case Mode::HostileReason:
        // Clears the screen, writes the clipboard (OSC 52), rings, returns to the line start.
        socket->write("HTTP/1.1 503 Storing \x1b[2J\x1b]52;c;ZXZpbA==\x07\rbijgewerkt \xe2\x80\xae"
                      "\xc2\x9b"
                      "31m\x7f\r\nContent-Length: 0\r\n\r\n");
        return;
    case Mode::HostileRange: {
        QFile file(m_folder + QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        const QByteArray body = file.readAll();
        if (!request.contains("\r\nRange: ")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\n\r\n" + body);
            return;
        }
        const qsizetype at = request.indexOf("\r\nRange: bytes=") + 15;
        const QByteArray rest =
            body.mid(request.mid(at, request.indexOf('-', at) - at).toLongLong());
        socket->write(
            "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-\x1b]52;c;ZXZpbA==\x07"
            "\x1b[1A\x08"
            "bijgewerkt\xc2\x9b\r\nContent-Length: " +
            QByteArray::number(rest.size()) + "\r\n\r\n" + rest);
        return;
    }
    case Mode::HugeEtag: {
        QByteArray validator;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("if-none-match:"))
                validator = line.mid(14).trimmed();
        }
        if (validator.size() > 8192 || validator == "\"geweigerd\"") {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        QFile file(m_folder + QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly)) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        const QByteArray body = file.readAll();
        socket->write("HTTP/1.1 200 OK\r\nETag: \"" + QByteArray(60000, 'e') +
                      "\"\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                      body);
        return;
    }
    }
}

} // namespace Flexwonen::Test
