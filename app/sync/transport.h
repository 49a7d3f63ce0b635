// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <atomic>
#include <memory>
#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Flexwonen::Sync {

// Fetches files of a feed tree by their relative path, from https (http only on loopback) or
// from a folder (file: URL or a plain path). Every fetch is capped: a body larger than the cap is
// aborted at cap+1 bytes and refused with SIZE. Transport failures throw SyncError(Network).
// A folder is read like a server: regular files only (a FIFO, device, folder or socket is refused
// before it is opened), with the same caps, per-file deadline and cancel flag.
class Transport
{
public:
    struct Options
    {
        int inactivityTimeoutMs = 30000; // no byte for this long: abort
        int deadlineMs = 300000;         // a whole file takes longer: abort
        const std::atomic<bool> *cancel = nullptr;
        // A PEM file of extra CA certificates (a TLS-inspecting proxy's), trusted next to the
        // system store; the environment variable FLEXWONEN_CA_CERTS takes precedence. No
        // certificate is pinned: integrity comes from the signatures.
        QString caCertificates;
    };
    struct Response
    {
        // 200, 304 (not modified), 404 (missing), or another 4xx answer to a conditional GET
        // (the server refuses the validator; the caller asks again without it)
        int status = 0;
        QByteArray body;
        QByteArray etag; // empty unless a valid entity-tag of at most MaxEtagSize bytes
    };

    // What is kept of a server's ETag header: it is stored and sent back on every run.
    static constexpr qsizetype MaxEtagSize = 256;
    // RFC 9110 entity-tag: [W/] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
    static bool isValidEtag(const QByteArray &etag);

    virtual ~Transport() = default;

    // A small file into memory; etag makes it a conditional GET (304 → empty body).
    virtual Response get(const QString &path, qint64 cap, const QByteArray &etag = {}) = 0;
    // An immutable file of exactly size bytes into partPath, resuming what is already there.
    // Returns the HTTP-like status (200 or 404).
    virtual int download(const QString &path, qint64 size, const QString &partPath) = 0;
    virtual QString describe() const = 0;

    // Checks the location (https; http only to 127.0.0.0/8 and ::1; file: or a folder).
    // Throws SyncError(Insecure) for anything else.
    static std::unique_ptr<Transport> create(const QString &feed, const Options &options);
    static QUrl normalisedBase(const QString &feed); // with a trailing slash
};

} // namespace Flexwonen::Sync
