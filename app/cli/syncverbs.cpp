// SPDX-License-Identifier: EUPL-1.2
// Feed verbs: sync (client), verify-feed (check a tree), publish (build a tree).
#include "cliverbs.h"
#include "secretprompt.h"

#include "context/appcontext.h"
#include "feed/feedformat.h"
#include "kb/kberror.h"
#include "publish/keyspublisher.h"
#include "publish/publisher.h"
#include "settings/preferences.h"
#include "sync/syncclient.h"
#include "sync/syncservice.h"

#include <QFile>
#include <QTextStream>
#include <QUrl>

#include <optional>

namespace Flexwonen::Cli {

namespace {

int refusal(const QString &verb, Sync::Category category, const QString &message)
{
    const QString what =
        Sync::isRefusal(category) ? QStringLiteral("geweigerd") : QStringLiteral("mislukt");
    return fail(
        QStringLiteral("%1 %2 (%3): %4").arg(verb, what, Sync::categoryName(category), message),
        Sync::exitCodeOf(category));
}

int sync(AppContext &context, const Invocation &inv)
{
    if (context.usesKbFile())
        return fail(QStringLiteral("sync werkt op het profiel, niet op een bestand (--kb)"), Usage);
    // The window's settings, with --feed and --trust over them.
    Sync::SyncSettings settings = context.syncSettings();
    if (inv.has(QStringLiteral("feed")))
        settings.feedUrl = inv.option(QStringLiteral("feed"));
    if (inv.has(QStringLiteral("trust")))
        settings.trust = inv.option(QStringLiteral("trust"));
    if (!settings.isConfigured())
        return fail(QStringLiteral("er is geen updatefeed ingesteld: geef --feed URL, kies de "
                                   "feed in Instellingen of zet feed_url in de groep [updates] "
                                   "van %1")
                        .arg(context.preferences().userFile()),
                    Usage);
    Sync::SyncOptions options;
    try {
        options = settings.options();
    } catch (const Sync::SyncError &e) {
        return fail(e.message());
    }
    Sync::SyncClient client(context.profileStores(), options);
    const Sync::SyncResult result = client.run();
    if (inv.json)
        printJson(result.toJson());
    if (result.category != Sync::Category::None)
        return refusal(QStringLiteral("Bijwerken"), result.category, result.message);
    if (!inv.json) {
        if (result.status == Sync::SyncResult::Status::UpToDate)
            printLine(QStringLiteral("De kennisbank is bijgewerkt (volgnummer %1).")
                          .arg(result.seqAfter));
        else
            printLine(QStringLiteral("Bijgewerkt van volgnummer %1 naar %2 (%3 wijzigingen).")
                          .arg(result.seqBefore)
                          .arg(result.seqAfter)
                          .arg(result.changes.size()));
    }
    return Success;
}

int verifyFeed(const Invocation &inv)
{
    QList<Sync::Minisign::PublicKey> trusted;
    try {
        trusted = Sync::trustedKeys(inv.option(QStringLiteral("trust")));
    } catch (const Sync::SyncError &e) {
        return fail(e.message());
    }
    // No AppContext (no profile): only the timeout, from the environment.
    const Sync::VerifyReport report = Sync::verifyFeed(
        inv.arguments.value(0), trusted, Sync::SyncSettings::from({}).inactivityTimeoutMs);
    if (inv.json)
        printJson(report.toJson());
    if (report.category != Sync::Category::None)
        return refusal(QStringLiteral("Controle"), report.category, report.message);
    if (!inv.json)
        printLine(QStringLiteral("Feed in orde: volgnummer %1, %2 batches, %3 wijzigingen, "
                                 "snapshot gecontroleerd.")
                      .arg(report.seq)
                      .arg(report.batches)
                      .arg(report.ops));
    return Success;
}

QByteArray promptPassword()
{
    const QByteArray password = qgetenv("FLEXWONEN_KEY_PASSWORD");
    if (!password.isEmpty())
        return password;
    return readSecretLine(QStringLiteral("Wachtwoord van de geheime sleutel: "))
        .value_or(QByteArray());
}

// A secret key file, with the password from FLEXWONEN_KEY_PASSWORD or a prompt when encrypted.
std::optional<Sync::Minisign::SecretKey> readSecretKey(const QString &path)
{
    QFile keyFile(path);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("geheime sleutel %1 niet leesbaar").arg(path));
        return std::nullopt;
    }
    const QByteArray keyText = keyFile.read(4096);
    try {
        const QByteArray password =
            Sync::Minisign::secretKeyIsEncrypted(keyText) ? promptPassword() : QByteArray();
        return Sync::Minisign::parseSecretKey(keyText, password);
    } catch (const Sync::Minisign::Failure &f) {
        fail(QStringLiteral("%1: %2").arg(path, f.message()));
        return std::nullopt;
    }
}

int publishKeys(const Invocation &inv)
{
    for (const char *required : {"root-key", "out"}) {
        if (inv.option(QLatin1String(required)).isEmpty())
            return fail(QStringLiteral("publish-keys: --%1 ontbreekt").arg(QLatin1String(required)),
                        Usage);
    }
    Publish::KeysOptions options;
    options.outDir = inv.option(QStringLiteral("out"));
    bool ok = true;
    if (inv.has(QStringLiteral("expires-days")))
        options.expiresDays = inv.option(QStringLiteral("expires-days")).toInt(&ok);
    if (!ok || options.expiresDays < 1)
        return fail(QStringLiteral("--expires-days verwacht een positief getal"), Usage);
    if (inv.has(QStringLiteral("seq-floor"))) {
        options.seqFloor = inv.option(QStringLiteral("seq-floor")).toLongLong(&ok);
        if (!ok || *options.seqFloor < 0 || *options.seqFloor > Sync::Feed::MaxSeq)
            return fail(QStringLiteral("--seq-floor verwacht een getal vanaf 0"), Usage);
    }
    if (inv.has(QStringLiteral("feed-pub"))) {
        QFile pub(inv.option(QStringLiteral("feed-pub")));
        if (!pub.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("publieke sleutel %1 niet leesbaar").arg(pub.fileName()));
        try {
            options.feedKeys = {Sync::Minisign::parsePublicKeyFile(pub.read(4096))};
        } catch (const Sync::Minisign::Failure &f) {
            return fail(QStringLiteral("%1: %2").arg(pub.fileName(), f.message()));
        }
    }
    const auto root = readSecretKey(inv.option(QStringLiteral("root-key")));
    if (!root)
        return Failure;
    options.root = *root;
    if (inv.has(QStringLiteral("new-root-key"))) {
        options.newRoot = readSecretKey(inv.option(QStringLiteral("new-root-key")));
        if (!options.newRoot)
            return Failure;
    }
    try {
        const int version = Publish::publishKeys(options);
        printLine(QStringLiteral("Sleutelbestand keys/%1.json geschreven en ondertekend; publiceer "
                                 "nu een head met de feed-sleutel.")
                      .arg(version));
        return Success;
    } catch (const Kb::Error &e) {
        return fail(e.message());
    }
}

int publish(const Invocation &inv)
{
    for (const char *required : {"source", "out", "key"}) {
        if (inv.option(QLatin1String(required)).isEmpty())
            return fail(QStringLiteral("publish: --%1 ontbreekt").arg(QLatin1String(required)),
                        Usage);
    }
    Publish::PublishOptions options;
    options.sourceDir = inv.option(QStringLiteral("source"));
    options.outDir = inv.option(QStringLiteral("out"));
    options.snapshot = inv.has(QStringLiteral("snapshot"));
    bool ok = true;
    if (inv.has(QStringLiteral("expires-days")))
        options.expiresDays = inv.option(QStringLiteral("expires-days")).toInt(&ok);
    if (!ok || options.expiresDays < 1 || options.expiresDays > Sync::Feed::MaxHeadValidityDays)
        return fail(QStringLiteral("--expires-days verwacht 1 tot %1 dagen")
                        .arg(Sync::Feed::MaxHeadValidityDays),
                    Usage);
    if (inv.has(QStringLiteral("seq")))
        options.seq = inv.option(QStringLiteral("seq")).toLongLong(&ok);
    if (!ok || (options.seq && (*options.seq < 1 || *options.seq > Sync::Feed::MaxSeq)))
        return fail(
            QStringLiteral("--seq verwacht een volgnummer van 1 tot %1").arg(Sync::Feed::MaxSeq),
            Usage);
    if (inv.has(QStringLiteral("base-url"))) {
        const QUrl base(inv.option(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() || !base.userInfo().isEmpty() ||
            (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
            return fail(QStringLiteral("--base-url verwacht een http(s)-adres zonder "
                                       "gebruikersnaam"),
                        Usage);
        options.baseUrl = QString::fromLatin1(base.toEncoded());
    }
    const auto key = readSecretKey(inv.option(QStringLiteral("key")));
    if (!key)
        return Failure;
    options.key = *key;
    try {
        // The publisher checks the new tree with the client's verifier before head.json.
        Publish::Publisher publisher(options);
        const Publish::PublishResult result = publisher.publish();
        printLine(QStringLiteral("Gepubliceerd: volgnummer %1 (%2 nieuw of gewijzigd, %3 "
                                 "verwijderd%4).")
                      .arg(result.seq)
                      .arg(result.upserts)
                      .arg(result.deletes)
                      .arg(result.snapshot ? QStringLiteral(", snapshot") : QString()));
        return Success;
    } catch (const Sync::SyncError &e) {
        return refusal(QStringLiteral("Publiceren"), e.category(), e.message());
    }
}

} // namespace

const QList<Verb> &syncVerbs()
{
    static const QList<Verb> verbs = {
        {QStringLiteral("sync"),
         QStringLiteral("sync [--feed URL|MAP] [--trust SLEUTEL] [--json]"),
         {QStringLiteral("profile"), QStringLiteral("json"), QStringLiteral("feed"),
          QStringLiteral("trust")},
         0,
         0,
         &sync},
        {QStringLiteral("verify-feed"),
         QStringLiteral("verify-feed URL|MAP [--trust SLEUTEL] [--json]"),
         {QStringLiteral("json"), QStringLiteral("trust")},
         1,
         1,
         nullptr,
         &verifyFeed},
        {QStringLiteral("publish"),
         QStringLiteral("publish --source MAP --out MAP --key GEHEIM [--expires-days N] "
                        "[--snapshot] [--seq N] [--base-url URL]"),
         {QStringLiteral("source"), QStringLiteral("out"), QStringLiteral("key"),
          QStringLiteral("expires-days"), QStringLiteral("snapshot"), QStringLiteral("seq"),
          QStringLiteral("base-url")},
         0,
         0,
         nullptr,
         &publish},
        {QStringLiteral("publish-keys"),
         QStringLiteral("publish-keys --root-key GEHEIM --out MAP [--feed-pub SLEUTEL.pub] "
                        "[--seq-floor N] [--expires-days N] [--new-root-key GEHEIM]"),
         {QStringLiteral("root-key"), QStringLiteral("out"), QStringLiteral("feed-pub"),
          QStringLiteral("seq-floor"), QStringLiteral("expires-days"),
          QStringLiteral("new-root-key")},
         0,
         0,
         nullptr,
         &publishKeys},
    };
    return verbs;
}

} // namespace Flexwonen::Cli
