// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "feed/syncerror.h"

#include <QNetworkReply>
#include <QString>

namespace Flexwonen::Sync {

// What happened to one HTTP request, as HttpTransport saw it: Qt's answer plus what the transport
// itself did to the reply (aborted it for a cap, a deadline, a cancel, a redirect, a bad resume).
struct ReplyFacts
{
    int status = 0; // HTTP status (0: no answer)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;      // Qt's text for error
    bool conditional = false; // sent with If-None-Match
    bool oversize = false;    // longer than the cap (Content-Length or counted)
    bool deadline = false;    // the whole file took longer than the deadline
    bool cancelled = false;   // the user cancelled
    bool tooManyRedirects = false;
    QString refusedRedirect; // a redirect to another scheme, host or port
    QString badResume;       // the Content-Range of a 206 that does not start at the offset

    // The transport aborted the reply itself; what arrived is not kept.
    bool abortedByUs() const
    {
        return oversize || deadline || cancelled || tooManyRedirects || !refusedRedirect.isEmpty();
    }
};

// The verdict on a reply: a status the caller handles, or a failure with its category and a
// Dutch one-line message.
struct ReplyOutcome
{
    enum class Kind {
        Ok,               // 200 or 206: the body (or the rest of the file) arrived
        NotModified,      // 304 to a conditional GET
        NotFound,         // 404: the file is not there
        ValidatorRefused, // a 4xx to a conditional GET: ask again without the validator
        Failed,           // throw SyncError(category, message)
    };
    Kind kind = Kind::Failed;
    int status = 0; // 200, 304, 404 or the 4xx (Transport::Response::status); 0 when failed
    Category category = Category::None;
    QString message;

    bool operator==(const ReplyOutcome &) const = default;
};

struct ReplyLimits
{
    qint64 cap = 0;
    int inactivityTimeoutMs = 0;
    int deadlineMs = 0;
};

// "<path> is groter dan toegestaan (<cap> bytes)": one wording for both transports.
QString tooLargeMessage(const QString &path, qint64 cap);

// Pure: the same facts always give the same outcome. The order of the checks is the contract:
// what the transport aborted for comes first (so an abort is never reported as Qt's
// OperationCanceledError), then Qt's errors, then the status.
ReplyOutcome classifyReply(const ReplyFacts &facts, const QString &path, const ReplyLimits &limits);

} // namespace Flexwonen::Sync
