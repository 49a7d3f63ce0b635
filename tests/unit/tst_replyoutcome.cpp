// SPDX-License-Identifier: EUPL-1.2
// Issue 11 point 5: the HTTP transport's verdict on a reply is a pure function. Every row is one
// thing that can happen to a request (no network here); the nginx and misbehaving-server tests in
// tst_feedsync check that the transport reports those facts.
#include "sync/replyoutcome.h"
#include "testsupport.h"

#include <QTest>

using namespace Flexwonen;
using namespace Flexwonen::Sync;
using Kind = ReplyOutcome::Kind;

Q_DECLARE_METATYPE(Flexwonen::Sync::ReplyFacts)
Q_DECLARE_METATYPE(Flexwonen::Sync::ReplyOutcome)

namespace {

using Test::str;

const QString Path = str("heads/7.json");
const ReplyLimits Limits{262144, 30000, 300000};

ReplyFacts answered(int status, QNetworkReply::NetworkError error = QNetworkReply::NoError,
                    const char *errorString = "")
{
    ReplyFacts f;
    f.status = status;
    f.error = error;
    f.errorString = str(errorString);
    return f;
}

ReplyFacts conditional(ReplyFacts f)
{
    f.conditional = true;
    return f;
}

ReplyOutcome ok(Kind kind, int status)
{
    return {kind, status, Category::None, {}};
}

ReplyOutcome failed(Category category, const char *message)
{
    return {Kind::Failed, 0, category, str(message)};
}

} // namespace

class TestReplyOutcome : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<ReplyFacts>("facts");
        QTest::addColumn<ReplyOutcome>("expected");
        const auto row = [](const char *name, const ReplyFacts &facts, const ReplyOutcome &out) {
            QTest::newRow(name) << facts << out;
        };
        using E = QNetworkReply::NetworkError;

        // Answers the caller handles.
        row("200", answered(200), ok(Kind::Ok, 200));
        row("206-resumed", answered(206), ok(Kind::Ok, 200));
        row("304", conditional(answered(304)), ok(Kind::NotModified, 304));
        row("404", answered(404, E::ContentNotFoundError, "Not Found"), ok(Kind::NotFound, 404));
        row("content-not-found-without-status", answered(0, E::ContentNotFoundError),
            ok(Kind::NotFound, 404));
        row("404-to-a-conditional-get", conditional(answered(404, E::ContentNotFoundError)),
            ok(Kind::NotFound, 404));
        row("400-to-a-conditional-get",
            conditional(answered(400, E::ProtocolInvalidOperationError)),
            ok(Kind::ValidatorRefused, 400));
        row("412-to-a-conditional-get", conditional(answered(412, E::UnknownContentError)),
            ok(Kind::ValidatorRefused, 412));

        // What the transport aborted for, also when Qt reports the abort as a cancel.
        ReplyFacts f = answered(200, E::OperationCanceledError);
        f.oversize = true;
        row("oversize", f,
            failed(Category::Size, "heads/7.json is groter dan toegestaan (262144 bytes)"));
        f = answered(0, E::OperationCanceledError);
        f.cancelled = true;
        row("cancelled", f, failed(Category::Network, "afgebroken door de gebruiker"));
        f = answered(200, E::OperationCanceledError);
        f.deadline = true;
        row("deadline", f,
            failed(Category::Network, "heads/7.json: de server is te traag (meer dan 300 s)"));
        f = answered(302, E::OperationCanceledError);
        f.refusedRedirect = str("https://evil.example/") + QString(200, QLatin1Char('x'));
        row("redirect-to-another-host", f,
            failed(Category::Redirect,
                   qPrintable(str("doorverwijzing naar https://evil.example/") +
                              QString(99, QLatin1Char('x')) +
                              str(" geweigerd (alleen hetzelfde adres en https)"))));
        f = answered(302, E::OperationCanceledError);
        f.tooManyRedirects = true;
        row("more-than-5-redirects", f, failed(Category::Redirect, "te veel doorverwijzingen"));
        f = answered(206, E::OperationCanceledError);
        f.badResume = str("bytes 0-99/100");
        row("206-at-the-wrong-offset", f,
            failed(Category::Network, "heads/7.json: onverwacht Content-Range 'bytes 0-99/100'"));
        // A refused redirect outranks a cap hit on the same reply, a cap hit a cancel.
        f = answered(0, E::OperationCanceledError);
        f.refusedRedirect = str("http://127.0.0.1:1/");
        f.oversize = true;
        row("refused-redirect-and-oversize", f,
            failed(Category::Redirect, "doorverwijzing naar http://127.0.0.1:1/ geweigerd "
                                       "(alleen hetzelfde adres en https)"));
        f = answered(200, E::OperationCanceledError);
        f.oversize = true;
        f.cancelled = true;
        row("oversize-and-cancelled", f,
            failed(Category::Size, "heads/7.json is groter dan toegestaan (262144 bytes)"));

        // Qt's errors.
        row("inactivity-timeout", answered(0, E::OperationCanceledError, "Operation canceled"),
            failed(Category::Network, "heads/7.json: geen antwoord van de server binnen 30 s"));
        row("qt-redirect-loop", answered(302, E::TooManyRedirectsError),
            failed(Category::Redirect, "te veel doorverwijzingen"));
        row("connection-refused", answered(0, E::ConnectionRefusedError, "Connection refused"),
            failed(Category::Network, "heads/7.json: Connection refused"));
        row("tls-handshake", answered(0, E::SslHandshakeFailedError, "SSL handshake failed"),
            failed(Category::Network, "heads/7.json: SSL handshake failed"));
        row("500", answered(500, E::InternalServerError, "Internal Server Error"),
            failed(Category::Network, "heads/7.json: Internal Server Error"));
        row("403-unconditional", answered(403, E::ContentAccessDenied, "Forbidden"),
            failed(Category::Network, "heads/7.json: Forbidden"));
        row("500-to-a-conditional-get",
            conditional(answered(500, E::InternalServerError, "Internal Server Error")),
            failed(Category::Network, "heads/7.json: Internal Server Error"));

        // Statuses without a Qt error.
        row("304-unasked", answered(304), ok(Kind::NotModified, 304));
        row("302-not-followed", answered(302),
            failed(Category::Redirect, "te veel doorverwijzingen (HTTP-status 302)"));
        row("1xx-as-final", answered(101),
            failed(Category::Redirect, "te veel doorverwijzingen (HTTP-status 101)"));
        row("204-no-content", answered(204),
            failed(Category::Network, "heads/7.json: HTTP-status 204"));
        row("no-status", answered(0), failed(Category::Network, "heads/7.json: HTTP-status 0"));
    }

    void classify()
    {
        QFETCH(ReplyFacts, facts);
        QFETCH(ReplyOutcome, expected);
        const ReplyOutcome got = classifyReply(facts, Path, Limits);
        QCOMPARE(int(got.kind), int(expected.kind));
        QCOMPARE(got.status, expected.status);
        QCOMPARE(categoryName(got.category), categoryName(expected.category));
        QCOMPARE(got.message, expected.message);
        QVERIFY(got == expected);
    }

    void limitsNameTheCap()
    {
        ReplyFacts f = answered(206);
        f.oversize = true;
        QCOMPARE(classifyReply(f, str("snapshots/3-ab.sqlite.gz"), {123, 1000, 2000}).message,
                 str("snapshots/3-ab.sqlite.gz is groter dan toegestaan (123 bytes)"));
        f = answered(200);
        f.deadline = true;
        QCOMPARE(classifyReply(f, Path, {1, 1000, 2000}).message,
                 str("heads/7.json: de server is te traag (meer dan 2 s)"));
    }
};

QTEST_GUILESS_MAIN(TestReplyOutcome)
#include "tst_replyoutcome.moc"
