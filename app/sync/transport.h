// SPDX-License-Identifier: GPL-3.0-or-later
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
        int status = 0; // 200, 304 (not modified) or 404 (missing)
        QByteArray body;
        QByteArray etag;
    };

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
