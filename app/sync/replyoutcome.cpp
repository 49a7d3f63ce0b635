// SPDX-License-Identifier: EUPL-1.2
#include "replyoutcome.h"

namespace Flexwonen::Sync {

namespace {

using Kind = ReplyOutcome::Kind;

ReplyOutcome answer(Kind kind, int status)
{
    return {kind, status, Category::None, {}};
}

ReplyOutcome failure(Category category, const QString &message)
{
    return {Kind::Failed, 0, category, message};
}

} // namespace

QString tooLargeMessage(const QString &path, qint64 cap)
{
    return QStringLiteral("%1 is groter dan toegestaan (%2 bytes)").arg(path).arg(cap);
}

ReplyOutcome classifyReply(const ReplyFacts &f, const QString &path, const ReplyLimits &limits)
{
    // What we aborted the reply for.
    if (!f.refusedRedirect.isEmpty())
        return failure(Category::Redirect,
                       QStringLiteral("doorverwijzing naar %1 geweigerd (alleen hetzelfde adres "
                                      "en https)")
                           .arg(f.refusedRedirect.left(120)));
    if (f.tooManyRedirects)
        return failure(Category::Redirect, QStringLiteral("te veel doorverwijzingen"));
    if (f.oversize)
        return failure(Category::Size, tooLargeMessage(path, limits.cap));
    if (f.cancelled)
        return failure(Category::Network, QStringLiteral("afgebroken door de gebruiker"));
    if (f.deadline)
        return failure(Category::Network,
                       QStringLiteral("%1: de server is te traag (meer dan %2 s)")
                           .arg(path)
                           .arg(limits.deadlineMs / 1000));
    if (!f.badResume.isEmpty())
        return failure(Category::Network,
                       QStringLiteral("%1: onverwacht Content-Range '%2'").arg(path, f.badResume));

    // Qt's errors: the inactivity timeout (setTransferTimeout) surfaces as a cancel.
    if (f.error == QNetworkReply::OperationCanceledError)
        return failure(Category::Network,
                       QStringLiteral("%1: geen antwoord van de server binnen %2 s")
                           .arg(path)
                           .arg(limits.inactivityTimeoutMs / 1000));
    if (f.error == QNetworkReply::TooManyRedirectsError)
        return failure(Category::Redirect, QStringLiteral("te veel doorverwijzingen"));
    if (f.status == 404 || f.error == QNetworkReply::ContentNotFoundError)
        return answer(Kind::NotFound, 404);
    if (f.conditional && f.status >= 400 && f.status < 500)
        return answer(Kind::ValidatorRefused, f.status); // the caller asks without it
    if (f.error != QNetworkReply::NoError)
        return failure(Category::Network, QStringLiteral("%1: %2").arg(path, f.errorString));

    // The status of an answer without an error.
    if (f.status == 304)
        return answer(Kind::NotModified, 304);
    if ((f.status >= 300 && f.status < 400) || (f.status >= 100 && f.status < 200))
        return failure(Category::Redirect,
                       QStringLiteral("te veel doorverwijzingen (HTTP-status %1)").arg(f.status));
    if (f.status != 200 && f.status != 206)
        return failure(Category::Network,
                       QStringLiteral("%1: HTTP-status %2").arg(path).arg(f.status));
    return answer(Kind::Ok, 200);
}

} // namespace Flexwonen::Sync
